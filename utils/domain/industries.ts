/**
 * The industries a contact can belong to: the 20 top-level groups of LinkedIn's industry taxonomy V2
 * plus `other` (DESIGN.md, "Industries"). Ids are stored in the database (`Contact.industry`,
 * `Settings.industry`), so they must never change; labels may.
 */

export interface Industry {
  /** Stable kebab-case id, stored in IndexedDB and backups. */
  readonly id: string;
  /** LinkedIn's English name of the V2 top-level group. */
  readonly en: string;
  /** A label natural to Japanese business users. */
  readonly ja: string;
}

export const INDUSTRIES = [
  { id: 'accommodation-services', en: 'Accommodation Services', ja: '宿泊・飲食サービス' },
  { id: 'administrative-support-services', en: 'Administrative and Support Services', ja: '事務・支援サービス' },
  { id: 'construction', en: 'Construction', ja: '建設' },
  { id: 'consumer-services', en: 'Consumer Services', ja: '生活関連サービス' },
  { id: 'education', en: 'Education', ja: '教育' },
  { id: 'entertainment-providers', en: 'Entertainment Providers', ja: 'エンターテインメント・芸術・スポーツ' },
  { id: 'farming-ranching-forestry', en: 'Farming, Ranching, Forestry', ja: '農業・畜産・林業' },
  { id: 'financial-services', en: 'Financial Services', ja: '金融' },
  { id: 'government-administration', en: 'Government Administration', ja: '行政' },
  { id: 'holding-companies', en: 'Holding Companies', ja: '持株会社' },
  { id: 'hospitals-health-care', en: 'Hospitals and Health Care', ja: '医療・ヘルスケア' },
  { id: 'manufacturing', en: 'Manufacturing', ja: '製造' },
  { id: 'oil-gas-mining', en: 'Oil, Gas, and Mining', ja: '石油・ガス・鉱業' },
  { id: 'professional-services', en: 'Professional Services', ja: '専門サービス' },
  { id: 'real-estate-equipment-rental', en: 'Real Estate and Equipment Rental Services', ja: '不動産・物品賃貸' },
  { id: 'retail', en: 'Retail', ja: '小売' },
  { id: 'technology-information-media', en: 'Technology, Information and Media', ja: '情報・通信・メディア' },
  { id: 'transportation-logistics', en: 'Transportation, Logistics, Supply Chain and Storage', ja: '運輸・物流' },
  { id: 'utilities', en: 'Utilities', ja: '電気・ガス・水道' },
  { id: 'wholesale', en: 'Wholesale', ja: '卸売・商社' },
  { id: 'other', en: 'Other', ja: 'その他' },
] as const satisfies readonly Industry[];

export type IndustryId = (typeof INDUSTRIES)[number]['id'];

const BY_ID: ReadonlyMap<string, Industry> = new Map(INDUSTRIES.map((i) => [i.id, i]));

/** True when `x` is one of the ids in {@link INDUSTRIES}. */
export function isIndustryId(x: unknown): x is IndustryId {
  return typeof x === 'string' && BY_ID.has(x);
}

/**
 * The label of an industry in the given language. An unknown id (e.g. from a newer backup) is shown
 * as itself rather than hidden, so the user can still see and fix it.
 */
export function industryLabel(id: string, lang: 'en' | 'ja'): string {
  const industry = BY_ID.get(id);
  return industry ? industry[lang] : id;
}

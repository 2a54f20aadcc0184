/**
 * A realistic, deterministic contact book of any size, as the backup data the options page
 * restores (utils/io/backup.ts). Names are partly Japanese, industries follow an uneven spread over
 * the whole taxonomy, every contact has 1–2 notes and 1–3 touches, the last contact is spread over
 * two years, and `nextDueAt` comes from the extension's own `computeNextDueAt`, so the share of
 * people due is what a long-time user would see.
 */
import { computeNextDueAt } from '@/utils/domain/cadence';
import { INDUSTRIES } from '@/utils/domain/industries';
import type { BackupData } from '@/utils/io/backup';
import {
  DAY_MS,
  DEFAULT_SETTINGS,
  TOUCH_KINDS,
  profileUrlOf,
  type Contact,
  type Note,
  type Settings,
  type Site,
  type SuggestionLogEntry,
  type Touch,
} from '@/utils/model';
import { X_HANDLE_MAX } from '@/utils/sites/x/handle';
import { seededRandom, type Random } from './random';

/** People the panel measurements open: their fixture pages exist, and each has a known note. */
export const PANEL_PEOPLE = {
  ethan: { site: 'linkedin', handle: 'ethanohara', note: 'Bench note for Ethan: met at the Tokyo fintech meetup, 東京で会った' },
  haruto: { site: 'linkedin', handle: 'harutokimura', note: 'Bench note for Haruto: introduced by Aiko, 金沢出身' },
  mori: { site: 'x', handle: 'dr_mori3', note: 'Bench note for Dr Mori: chemist, streams on weekends' },
  shore: { site: 'x', handle: 'shoreledger_38', note: 'Bench note for NJ Signal: chips and rates, ask about Jersey' },
} as const satisfies Record<string, { site: Site; handle: string; note: string }>;

export const USER_INDUSTRY = 'technology-information-media';
const DEFAULT_CADENCE = DEFAULT_SETTINGS.defaultCadenceDays;

const EN_FIRST = ['Emma', 'Liam', 'Olivia', 'Noah', 'Ava', 'Lucas', 'Mia', 'Ethan', 'Sofia', 'Mateo', 'Chloe', 'Arjun', 'Priya', 'Wei', 'Min-jun', 'Fatima', 'Omar', 'Elena'];
const EN_LAST = ['Smith', 'Garcia', 'Nguyen', 'Chen', 'Patel', 'Müller', 'Rossi', 'Kim', 'Silva', 'Johnson', "O'Brien", 'Kowalski', 'Haddad', 'Larsen'];
/** [kanji, romaji] so LinkedIn slugs and X handles look like the ones people pick. */
const JA_FAMILY = [['佐藤', 'sato'], ['鈴木', 'suzuki'], ['高橋', 'takahashi'], ['田中', 'tanaka'], ['伊藤', 'ito'], ['渡辺', 'watanabe'], ['山本', 'yamamoto'], ['中村', 'nakamura'], ['小林', 'kobayashi'], ['加藤', 'kato'], ['吉田', 'yoshida'], ['山口', 'yamaguchi']] as const;
const JA_GIVEN = [['太郎', 'taro'], ['花子', 'hanako'], ['健太', 'kenta'], ['美咲', 'misaki'], ['翔', 'sho'], ['陽菜', 'hina'], ['大輔', 'daisuke'], ['結衣', 'yui'], ['蓮', 'ren'], ['葵', 'aoi']] as const;
const ROLES_EN = ['Software Engineer', 'Product Manager', 'Branch Manager', 'Nurse', 'Teacher', 'Policy Officer', 'Designer', 'Sales Director', 'Plant Manager', 'Founder'];
const ROLES_JA = ['エンジニア', '営業部長', '看護師長', '教諭', '課長', 'デザイナー', '代表取締役', '研究員'];
const COMPANIES = ['Lumenfield', 'Hokuriku Shinkin Bank, Ltd.', '東都総合病院', '株式会社カケハシ商事', 'Kanazawa City Office', 'Nagoya Precision Works', 'Shibuya Design Lab', 'Aoba Logistics', '"Quoted" & Co.'];
const LOCATIONS = ['Tokyo, Japan', '東京都渋谷区', 'Kanazawa, Ishikawa', 'Osaka, Japan', 'Fukuoka', 'Singapore', 'San Francisco Bay Area', null];
const TAGS = ['tokyo', 'hometown', 'meetup', 'alumni', 'mentor', 'hiring', 'speaker', '地元', '勉強会'];
const NOTES_EN = [
  'Met at the {x} meetup; interested in cross-industry projects.',
  'Introduced by a former colleague. Follow up about the {x} event.',
  'Shared an article on supply chains; thank them next time. Likes hiking.',
  'Works on {x}; asked about hiring in Tokyo. Kids: two. Prefers email.',
];
const NOTES_JA = [
  '{x}の勉強会で名刺交換。地元が同じで話が弾んだ。',
  '次回は業界の動向について聞く。お礼のメッセージを送ること。',
  '転職の相談に乗ってもらった。{x}に詳しい。',
];
/** Uneven on purpose: a real network is dense in a few industries and thin in the rest. */
const INDUSTRY_WEIGHTS = INDUSTRIES.map((_, i) => 1 / (1 + i * 0.35));

function weightedIndustry(r: Random): string {
  const total = INDUSTRY_WEIGHTS.reduce((a, b) => a + b, 0);
  let x = r.next() * total;
  for (let i = 0; i < INDUSTRIES.length; i++) {
    x -= INDUSTRY_WEIGHTS[i]!;
    if (x <= 0) return INDUSTRIES[i]!.id;
  }
  return 'other';
}

function cadenceFor(r: Random): number | null {
  const x = r.next();
  if (x < 0.6) return null;
  if (x < 0.7) return 28;
  if (x < 0.85) return 91;
  if (x < 0.95) return 182;
  if (x < 0.98) return 365;
  return 0;
}

function noteBody(r: Random, topic: string): string {
  const template = r.chance(0.4) ? r.pick(NOTES_JA) : r.pick(NOTES_EN);
  const base = template.replace('{x}', topic);
  // Some long notes, as people paste whole conversations.
  return r.chance(0.1) ? `${base}\n${base.repeat(r.int(2, 8))}` : base;
}

interface PersonName {
  display: string;
  slug: string;
}

function personName(r: Random, i: number): PersonName {
  const suffix = i.toString(36);
  if (r.chance(0.35)) {
    const [fk, fr] = r.pick(JA_FAMILY);
    const [gk, gr] = r.pick(JA_GIVEN);
    // A few LinkedIn members keep a Japanese slug (stored percent-decoded).
    const slug = r.chance(0.1) ? `${fk}-${gk}-${suffix}` : `${fr}-${gr}-${suffix}`;
    return { display: r.chance(0.8) ? `${fk} ${gk}` : `${gr[0]!.toUpperCase()}${gr.slice(1)} ${fr[0]!.toUpperCase()}${fr.slice(1)}`, slug };
  }
  const first = r.pick(EN_FIRST);
  const last = r.pick(EN_LAST);
  const ascii = `${first}-${last}`.toLowerCase().normalize('NFD').replace(/[^a-z-]/g, '');
  return { display: `${first} ${last}`, slug: `${ascii}-${suffix}` };
}

/** The last characters keep the unique `_<suffix>`; longer handles than X allows are refused by restore. */
function xHandle(slug: string): string {
  return slug.replace(/-/g, '_').replace(/[^a-z0-9_]/g, '').slice(-X_HANDLE_MAX) || 'user';
}

/** The backup data of `count` contacts, as of `now`. Same `count` and `seed` → same data. */
export function buildDataset(count: number, now: number, seed = 20260207): BackupData {
  const r = seededRandom(seed + count);
  const contacts: Contact[] = [];
  const notes: Note[] = [];
  const touches: Touch[] = [];
  const suggestionLog: SuggestionLogEntry[] = [];
  const specials = Object.values(PANEL_PEOPLE);
  // Spread the panel's people through the data rather than first or last.
  const specialAt = new Map(specials.map((p, k) => [Math.floor(((k + 1) * count) / (specials.length + 1)), p]));

  for (let i = 0; i < count; i++) {
    const special = specialAt.get(i);
    const site: Site = special?.site ?? (r.chance(0.7) ? 'linkedin' : 'x');
    const name = personName(r, i);
    const handle = special?.handle ?? (site === 'linkedin' ? name.slug : xHandle(name.slug));
    const id = `${site}:${handle}` as const;
    const industry = r.chance(0.08) ? null : weightedIndustry(r);
    const company = r.pick(COMPANIES);
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/.test(name.display);
    const headline = japanese && r.chance(0.6) ? `${r.pick(ROLES_JA)} @ ${company}` : `${r.pick(ROLES_EN)} at ${company}`;

    const touchCount = r.int(1, 3);
    // Within two years, denser in recent months (people keep up with some, lose track of others).
    const lastContactAt = now - Math.floor(r.next() ** 3 * 730 * DAY_MS);
    const touchTimes = [lastContactAt];
    for (let k = 1; k < touchCount; k++) touchTimes.push(lastContactAt - Math.floor(r.next() * 365 * DAY_MS));
    const firstTouch = Math.min(...touchTimes);
    const createdAt = firstTouch - Math.floor(r.next() * 60 * DAY_MS);
    for (const at of touchTimes) {
      touches.push({ id: touches.length + 1, contactId: id, kind: r.pick(TOUCH_KINDS), at, ...(r.chance(0.2) ? { note: 'Thanked them for the intro' } : {}) });
    }
    const noteCount = special ? 1 : r.int(1, 2);
    for (let k = 0; k < noteCount; k++) {
      const at = createdAt + Math.floor(r.next() * (now - createdAt));
      notes.push({ id: notes.length + 1, contactId: id, body: special ? special.note : noteBody(r, company), createdAt: at, updatedAt: at });
    }

    const snoozedUntil = r.chance(0.02) ? now + r.int(1, 30) * DAY_MS : null;
    const contact: Contact = {
      id,
      site,
      handle,
      url: profileUrlOf({ site, handle }),
      name: name.display,
      headline,
      company: site === 'linkedin' ? company : null,
      location: r.pick(LOCATIONS),
      avatarUrl: null,
      industry,
      industrySource: industry === null ? null : r.chance(0.2) ? 'manual' : 'auto',
      tags: Array.from(new Set(Array.from({ length: r.int(0, 3) }, () => r.pick(TAGS)))),
      cadenceDays: cadenceFor(r),
      lastContactAt,
      nextDueAt: null,
      snoozedUntil,
      personId: null,
      connectedAt: site === 'linkedin' && r.chance(0.5) ? createdAt - r.int(0, 1000) * DAY_MS : null,
      createdAt,
      updatedAt: Math.max(lastContactAt, createdAt),
      lastVisitedAt: r.chance(0.05) ? now - r.int(0, 13) * DAY_MS : null,
      userEditedAt: null,
    };
    contact.nextDueAt = computeNextDueAt(contact, DEFAULT_CADENCE);
    contacts.push(contact);
    if (r.chance(0.01)) suggestionLog.push({ id: suggestionLog.length + 1, contactId: id, at: now - r.int(1, 13) * DAY_MS, outcome: r.pick(['shown', 'done', 'skipped', 'snoozed'] as const) });
  }

  const settings: Settings = { ...DEFAULT_SETTINGS, industry: USER_INDUSTRY, language: 'en', onboardedAt: now - 30 * DAY_MS };
  return { contacts, notes, touches, settings, suggestionLog };
}

/** How many contacts are due at `now` (the popup's count), to report with the results. */
export function dueCount(data: BackupData, now: number): number {
  return data.contacts.filter((c) => c.nextDueAt !== null && c.nextDueAt <= now).length;
}

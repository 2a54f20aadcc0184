/**
 * A hand-written book of people and labelled pairs for the introduction engine's precision test.
 * Labelled by the policy below, not by what the engine returns.
 *
 * Labelling policy: a pair SHOULD MEET when the two work in different industries and their notes,
 * tags or headlines name the same specific interest or problem that few others in the book share
 * (Kubernetes, sake brewing, 介護ロボット). It SHOULD NOT when they are in the same industry, when
 * either industry is unknown, or when what they share is generic (coffee, a meeting, "team", a job
 * title, Tokyo, 会社, dates, particles) or common across the book (marketing, golf: four or more
 * people mention it, so it says nothing about these two).
 *
 * Background people make common words common, as in a real book.
 */
import type { IndustryId } from '../industries';

export interface LabelledPerson {
  id: string;
  industry: IndustryId | null;
  headline?: string;
  tags?: string[];
  notes?: string[];
  region?: string;
}

export const PEOPLE: LabelledPerson[] = [
  // English, should meet
  { id: 'linkedin:kube-dev', industry: 'technology-information-media', headline: 'Platform engineer', notes: ['Migrating the payment systems to Kubernetes this spring.'] },
  { id: 'linkedin:kube-nurse', industry: 'hospitals-health-care', headline: 'Head nurse, ICU', notes: ['Curious about Kubernetes for the hospital records project.'] },
  { id: 'linkedin:sake-banker', industry: 'financial-services', headline: 'Credit analyst', notes: ['Loves sake, visits breweries in Niigata every autumn.'] },
  { id: 'linkedin:sake-teacher', industry: 'education', headline: 'High school teacher', tags: ['sake'] },
  { id: 'linkedin:plant', industry: 'manufacturing', headline: 'Plant manager – supply chain resilience' },
  { id: 'linkedin:stores', industry: 'retail', headline: 'Store operations', notes: ['Rebuilding our supply chain after the port strike.'] },
  { id: 'linkedin:runner-doc', industry: 'hospitals-health-care', headline: 'Cardiologist', notes: ['Training for the Boston marathon in April.'] },
  { id: 'linkedin:runner-lawyer', industry: 'professional-services', headline: 'Corporate lawyer', notes: ['Ran a marathon in Kyoto last year, wants a training partner.'] },
  { id: 'linkedin:angel', industry: 'financial-services', headline: 'Venture partner', notes: ['Angel investing in climate startups.'] },
  { id: 'linkedin:visa', industry: 'government-administration', headline: 'Policy officer', notes: ['Runs the city startup visa program.'] },
  { id: 'linkedin:chess-teacher', industry: 'education', headline: 'Maths teacher', tags: ['chess'] },
  { id: 'linkedin:chess-driver', industry: 'transportation-logistics', headline: 'Fleet planner', notes: ['Plays chess online every night.'] },
  { id: 'linkedin:farmer', industry: 'farming-ranching-forestry', headline: 'Organic farmer and beekeeping teacher' },
  { id: 'linkedin:rooftop', industry: 'technology-information-media', headline: 'Data scientist', notes: ['Started beekeeping on the office rooftop.'] },
  { id: 'linkedin:a11y', industry: 'technology-information-media', headline: 'Front-end developer', tags: ['accessibility'] },
  { id: 'linkedin:ward', industry: 'government-administration', headline: 'Digital services', notes: ['Leads the accessibility audit of the ward website.'] },
  { id: 'linkedin:grid', industry: 'utilities', headline: 'Grid planning', notes: ['EV charging rollout across the prefecture.'] },
  { id: 'linkedin:parking', industry: 'real-estate-equipment-rental', headline: 'Property developer', notes: ['Adding EV chargers to our parking buildings.'] },
  { id: 'linkedin:potter', industry: 'entertainment-providers', headline: 'Gallery curator', notes: ['Weekend ceramics classes with a wood-fired kiln.'] },
  { id: 'linkedin:pot-banker', industry: 'financial-services', headline: 'Risk officer', tags: ['ceramics'] },
  { id: 'linkedin:jazz-fund', industry: 'financial-services', headline: 'Fund accountant', notes: ['Plays jazz piano at a bar in Shimokitazawa.'] },
  { id: 'linkedin:jazz-pharm', industry: 'hospitals-health-care', headline: 'Pharmacist', tags: ['jazz'] },
  { id: 'linkedin:carbon-util', industry: 'utilities', headline: 'Sustainability lead', notes: ['Working on carbon accounting standards.'] },
  { id: 'linkedin:carbon-shop', industry: 'retail', headline: 'Finance, retail chain', notes: ['Asked about carbon accounting for our stores.'] },

  // Japanese, should meet
  { id: 'x:sake_ryokan', industry: 'accommodation-services', headline: '温泉旅館の若女将', notes: ['日本酒の酒蔵めぐりが趣味。'] },
  { id: 'x:sake_dev', industry: 'technology-information-media', headline: 'バックエンド開発', notes: ['週末は日本酒の勉強会に参加している。'] },
  { id: 'linkedin:semi-sales', industry: 'manufacturing', headline: '半導体製造装置の営業' },
  { id: 'linkedin:semi-invest', industry: 'financial-services', headline: '投資銀行', notes: ['半導体の投資案件を担当。'] },
  { id: 'linkedin:care-hosp', industry: 'hospitals-health-care', headline: '介護施設の施設長', notes: ['介護ロボットの導入を検討中。'] },
  { id: 'linkedin:care-maker', industry: 'manufacturing', headline: '機械設計', notes: ['介護ロボットを開発している。'] },
  { id: 'x:shogi_teacher', industry: 'education', headline: '小学校教諭', tags: ['将棋'] },
  { id: 'x:shogi_logi', industry: 'transportation-logistics', headline: '倉庫管理', notes: ['将棋が強い。アマ三段。'] },
  { id: 'linkedin:region-gov', industry: 'government-administration', headline: '県庁職員', notes: ['地方創生の補助金について話した。'] },
  { id: 'linkedin:region-fund', industry: 'financial-services', headline: '地銀', notes: ['地方創生ファンドを運用している。'] },
  { id: 'x:drone_farm', industry: 'farming-ranching-forestry', headline: '米農家', notes: ['ドローンで農薬散布を始めた。'] },
  { id: 'x:drone_dev', industry: 'technology-information-media', headline: 'ドローン開発エンジニア' },
  { id: 'x:ramen_shop', industry: 'accommodation-services', headline: '飲食店経営', notes: ['ﾗｰﾒﾝ屋を3店舗経営。'] },
  { id: 'x:ramen_tax', industry: 'professional-services', headline: '税理士', notes: ['ラーメン食べ歩きが好き。'] },

  // Should not meet
  { id: 'linkedin:kube-ops', industry: 'technology-information-media', headline: 'SRE', notes: ['Wrote a Kubernetes operator for the billing team.'] },
  { id: 'linkedin:coffee-bank', industry: 'financial-services', headline: 'Relationship banker', notes: ['Met for coffee, talked about the team and the new office.'] },
  { id: 'linkedin:coffee-school', industry: 'education', headline: 'School administrator', notes: ['Coffee meeting last week, nice team, will meet again next month.'] },
  { id: 'linkedin:pm-maker', industry: 'manufacturing', headline: 'Senior Product Manager' },
  { id: 'linkedin:pm-clinic', industry: 'hospitals-health-care', headline: 'Product Manager, clinic software' },
  { id: 'x:talk_bank', industry: 'financial-services', headline: '銀行員', notes: ['来週また話しましょうということになった。'] },
  { id: 'x:talk_school', industry: 'education', headline: '塾講師', notes: ['また話しましょうと言っていた。'] },
  { id: 'x:tokyo_shop', industry: 'retail', headline: '店長', notes: ['東京の会社で働いている。'] },
  { id: 'x:tokyo_gov', industry: 'government-administration', headline: '区役所', notes: ['東京の会社に転職したらしい。'] },
  { id: 'linkedin:mkt-1', industry: 'retail', headline: 'Marketing', notes: ['Plays golf on Sundays.'] },
  { id: 'linkedin:mkt-2', industry: 'technology-information-media', headline: 'Growth marketing', notes: ['Golf with clients.'] },
  { id: 'linkedin:mkt-3', industry: 'financial-services', headline: 'Brand marketing', notes: ['Golf weekend in Chiba.'] },
  { id: 'linkedin:mkt-4', industry: 'education', headline: 'Marketing for admissions', notes: ['Took up golf this year.'] },
  { id: 'linkedin:kube-unknown', industry: null, headline: 'Kubernetes fan' },
  { id: 'linkedin:art', industry: 'entertainment-providers', headline: 'Painter', tags: ['art'] },
  { id: 'linkedin:ai-research', industry: 'technology-information-media', headline: 'Research on artificial intelligence' },
  { id: 'linkedin:dates-1', industry: 'wholesale', headline: 'Buyer', notes: ['Met in 2024 at booth 12.'] },
  { id: 'linkedin:dates-2', industry: 'construction', headline: 'Site foreman', notes: ['2024 plans, again on 12 May.'] },
  { id: 'x:semi_fab', industry: 'manufacturing', headline: '半導体工場の生産技術' },
  { id: 'x:recent_dev', industry: 'technology-information-media', headline: 'インフラ', notes: ['最近、興味があるらしい。'] },
  { id: 'x:recent_shop', industry: 'retail', headline: 'バイヤー', notes: ['最近興味を持ったとのこと。'] },
  { id: 'x:sake_one', industry: 'financial-services', headline: '証券', notes: ['酒が好き。'] },
  { id: 'x:brewery', industry: 'manufacturing', headline: '酒造の設備保全' },
];

export interface LabelledPair {
  a: string;
  b: string;
  meet: boolean;
  /** Why, for a reader of a failure. */
  why: string;
}

export const PAIRS: LabelledPair[] = [
  { a: 'linkedin:kube-dev', b: 'linkedin:kube-nurse', meet: true, why: 'Kubernetes, tech ↔ health' },
  { a: 'linkedin:sake-banker', b: 'linkedin:sake-teacher', meet: true, why: 'sake, a tag on one side' },
  { a: 'linkedin:plant', b: 'linkedin:stores', meet: true, why: 'supply chain' },
  { a: 'linkedin:runner-doc', b: 'linkedin:runner-lawyer', meet: true, why: 'marathon' },
  { a: 'linkedin:angel', b: 'linkedin:visa', meet: true, why: 'startups = startup' },
  { a: 'linkedin:chess-teacher', b: 'linkedin:chess-driver', meet: true, why: 'chess' },
  { a: 'linkedin:farmer', b: 'linkedin:rooftop', meet: true, why: 'beekeeping' },
  { a: 'linkedin:a11y', b: 'linkedin:ward', meet: true, why: 'accessibility' },
  { a: 'linkedin:grid', b: 'linkedin:parking', meet: true, why: 'EV charging' },
  { a: 'linkedin:potter', b: 'linkedin:pot-banker', meet: true, why: 'ceramics' },
  { a: 'linkedin:jazz-fund', b: 'linkedin:jazz-pharm', meet: true, why: 'jazz' },
  { a: 'linkedin:carbon-util', b: 'linkedin:carbon-shop', meet: true, why: 'carbon accounting' },
  { a: 'x:sake_ryokan', b: 'x:sake_dev', meet: true, why: '日本酒' },
  { a: 'linkedin:semi-sales', b: 'linkedin:semi-invest', meet: true, why: '半導体, manufacturing ↔ finance' },
  { a: 'linkedin:care-hosp', b: 'linkedin:care-maker', meet: true, why: '介護ロボット' },
  { a: 'x:shogi_teacher', b: 'x:shogi_logi', meet: true, why: '将棋, a tag on one side' },
  { a: 'linkedin:region-gov', b: 'linkedin:region-fund', meet: true, why: '地方創生' },
  { a: 'x:drone_farm', b: 'x:drone_dev', meet: true, why: 'ドローン' },
  { a: 'x:ramen_shop', b: 'x:ramen_tax', meet: true, why: 'ラーメン, half-width on one side' },
  { a: 'linkedin:kube-dev', b: 'linkedin:kube-ops', meet: false, why: 'same industry' },
  { a: 'linkedin:coffee-bank', b: 'linkedin:coffee-school', meet: false, why: 'coffee, team, meeting: generic' },
  { a: 'linkedin:pm-maker', b: 'linkedin:pm-clinic', meet: false, why: 'a job title' },
  { a: 'x:talk_bank', b: 'x:talk_school', meet: false, why: 'particles and 来週 only' },
  { a: 'x:tokyo_shop', b: 'x:tokyo_gov', meet: false, why: '東京, 会社' },
  { a: 'linkedin:mkt-1', b: 'linkedin:mkt-2', meet: false, why: 'marketing and golf: four people each' },
  { a: 'linkedin:mkt-3', b: 'linkedin:mkt-4', meet: false, why: 'marketing and golf: four people each' },
  { a: 'linkedin:kube-unknown', b: 'linkedin:kube-nurse', meet: false, why: 'industry unknown' },
  { a: 'linkedin:art', b: 'linkedin:ai-research', meet: false, why: 'art is not artificial' },
  { a: 'linkedin:dates-1', b: 'linkedin:dates-2', meet: false, why: 'numbers only' },
  { a: 'x:semi_fab', b: 'linkedin:semi-sales', meet: false, why: 'same industry' },
  { a: 'x:recent_dev', b: 'x:recent_shop', meet: false, why: '最近, 興味: generic' },
  { a: 'x:sake_one', b: 'x:brewery', meet: false, why: 'one kanji 酒 is not a shared word' },
  { a: 'linkedin:chess-teacher', b: 'x:drone_dev', meet: false, why: 'nothing in common' },
  { a: 'linkedin:jazz-fund', b: 'x:ramen_shop', meet: false, why: 'nothing in common' },
];

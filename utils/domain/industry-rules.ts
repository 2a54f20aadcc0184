/**
 * Keyword rules for `classifyIndustry`, kept as data: one table per industry, three tiers.
 *
 * - `org`   (weight 3): words that name the employer or its kind of organisation — "bank", 銀行, 病院,
 *   市役所, "Ministry", メーカー, well-known employers. The labelling policy is "the employer's industry
 *   wins", so these outweigh job titles.
 * - `role`  (weight 2): job titles and specific phrases — "Software Engineer", 看護師, 教諭, "Investment
 *   Banker".
 * - `topic` (weight 1): weaker hints — "SaaS", 投資, "payments", "startup".
 * - `NEUTRAL_PATTERNS` score nothing; they only stop a shorter pattern from matching inside them
 *   (スーパーバイザー is a supervisor, not a supermarket; "data mining" is not mining).
 *
 * Patterns are LITERALS (no regex syntax), matched against NFKC-normalised, lower-cased text, and the
 * longest pattern at a position wins, so "software engineer" consumes "engineer" and 財務省 is a
 * ministry, not finance. A pattern that begins (ends) with an ASCII letter or digit only matches where
 * the text has no ASCII letter or digit just before (after) it — English word boundaries, so "bank"
 * matches "banks" but not "banker" (which has its own rule). Japanese patterns match inside words.
 * ASCII-only patterns also match with a plural "s"/"es". `SUFFIX_RULES` covers open-ended names
 * (any ○○省 or ○○庁 is a government body).
 */
import type { IndustryId } from './industries';

export interface IndustryRuleTable {
  org?: readonly string[];
  role?: readonly string[];
  topic?: readonly string[];
}

export const TIER_WEIGHTS = { org: 3, role: 2, topic: 1 } as const;
export type RuleTier = keyof typeof TIER_WEIGHTS;

/** Every `a + b` — for families of titles ("backend engineer", "data developer", …). */
function combine(firsts: readonly string[], seconds: readonly string[]): string[] {
  return firsts.flatMap((a) => seconds.map((b) => a + b));
}

/**
 * Names that end in a marker word: a run of 2–5 kanji ending in 省 or 庁 (経済産業省, 国税庁). `regex`
 * must have the `g` flag. Explicit patterns still win where they overlap.
 */
export const SUFFIX_RULES: readonly { industry: IndustryId; tier: RuleTier; regex: RegExp }[] = [
  { industry: 'government-administration', tier: 'org', regex: /\p{Script=Han}{2,5}[省庁](?!\p{Script=Han})/gu },
];

export const NEUTRAL_PATTERNS: readonly string[] = [
  'スーパーバイザー',
  'supervisor',
  'farm-to-table',
  'boeing',
  'airbus',
  'open to work',
  'data mining',
  'text mining',
];

export const INDUSTRY_RULES: Readonly<Partial<Record<IndustryId, IndustryRuleTable>>> = {
  'technology-information-media': {
    org: [
      'record label', 'film studio', 'animation studio', 'production company', 'itベンチャー', 'web系', 'レコード会社',
      'アニメ制作会社', '映像制作会社', '制作会社',
      'google', 'microsoft', 'meta', 'netflix', 'spotify', 'adobe', 'atlassian', 'salesforce', 'github',
      'linkedin', 'openai', 'yahoo', 'verizon', 'at&t', 'vodafone', 't-mobile', 'telecom', 'telecoms',
      'telecommunications', 'bbc', 'cnn', 'reuters', 'new york times', 'nikkei', 'nhk', 'publishing house',
      'publisher', 'newspaper', 'broadcaster', 'tv station', 'radio station', 'game studio',
      'software company', 'saas company', 'internet company',
      'メルカリ', '楽天', 'lineヤフー', 'ヤフー', 'サイバーエージェント', 'ディー・エヌ・エー', 'dena', 'グリー',
      'mixi', 'サイボウズ', 'freee', 'smarthr', 'ドコモ', 'docomo', 'kddi', 'ソフトバンク', '通信キャリア',
      '通信会社', '新聞社', '日本経済新聞', '朝日新聞', '読売新聞', '毎日新聞', '出版社', 'テレビ局', '放送局',
      'ラジオ局', '任天堂', 'カプコン', 'バンダイナムコ', 'コナミ', 'セガ', 'スクウェア・エニックス', 'ゲーム会社',
      'web制作会社', '自社サービス',
    ],
    role: [
      'animator', 'video editor', 'film director', 'filmmaker', 'cinematographer', 'sound engineer',
      'audio producer', 'podcaster', 'youtuber', 'scrum master', 'agile coach', 'technical writer', 'devrel',
      'developer relations', 'ux researcher', 'アニメーター', '映像クリエイター', '映像編集', '映画監督', 'ユーチューバー', 'テクニカルライター',
      'セキュリティエンジニア', 'クラウドエンジニア', 'qaエンジニア', 'テストエンジニア', 'pdm',
      'software engineer', 'software developer', 'software architect', 'solutions architect', 'cloud architect',
      ...combine(
        ['backend', 'back-end', 'frontend', 'front-end', 'full stack', 'full-stack', 'fullstack', 'web', 'mobile',
          'ios', 'android', 'platform', 'infrastructure', 'devops', 'data', 'ml', 'machine learning', 'ai', 'qa',
          'network', 'staff', 'principal', 'cloud', 'security'],
        [' engineer', ' developer'],
      ),
      'developer advocate', 'programmer', 'devops', 'sre', 'site reliability', 'data scientist', 'data science',
      'product manager', 'product owner', 'product designer', 'head of engineering', 'vp of engineering',
      'engineering manager', 'tech lead', 'game designer', 'game developer', 'journalist', 'reporter',
      'editor-in-chief', 'editor', 'columnist', 'news anchor', 'broadcast journalist',
      'ソフトウェアエンジニア', 'バックエンドエンジニア', 'フロントエンドエンジニア', 'webエンジニア',
      'インフラエンジニア', 'アプリエンジニア', 'ネットワークエンジニア', 'サーバーサイドエンジニア',
      'フルスタックエンジニア', '機械学習エンジニア', 'データエンジニア', 'システムエンジニア', 'プログラマ',
      'データサイエンティスト', 'プロダクトマネージャー', 'プロダクトマネジャー', 'テックリード', 'エンジニアリングマネージャー',
      '記者', '編集者', '編集長', 'ゲームプランナー', 'ゲームクリエイター', 'ゲーム開発', 'アナウンサー',
      '番組制作', 'ラジオ番組', 'テレビ番組',
    ],
    topic: [
      'film', 'movie', 'animation', 'video production', 'web3', 'blockchain', 'cybersecurity', '5g', '映画', 'アニメ',
      '映像制作', '映像', 'ベンチャー', '自社開発', 'cpo',
      'engineer', 'engineering', 'developer', 'software', 'saas', 'startup', 'tech', 'technology', 'internet',
      'kubernetes', 'aws', 'gcp', 'azure', 'react', 'typescript', 'javascript', 'python', 'rust', 'golang',
      'ruby on rails', 'rails', 'machine learning', 'ml', 'ai', 'llm', 'developer tools', 'cloud',
      'distributed systems', 'api', 'open source', 'cto', 'newsletter', 'news', 'media', 'podcast', 'it engineer',
      'エンジニア', 'スタートアップ', 'アプリ', 'web', '機械学習', '生成ai', 'プロダクト', 'メディア', 'ニュース',
      'テレビ', 'ラジオ', '出版', '新聞', '放送', '通信', 'ゲーム', 'it企業', 'フロントエンド', 'バックエンド',
    ],
  },
  'financial-services': {
    org: [
      'insurance agency', '保険代理店', 'world bank group',
      'bank', 'banking', 'investment bank', 'credit union', 'insurance company', 'insurer', 'asset management',
      'private equity', 'hedge fund', 'venture capital', 'brokerage', 'jpmorgan', 'jpmorgan chase',
      'j.p. morgan', 'goldman sachs', 'morgan stanley', 'citi', 'citibank', 'citigroup', 'hsbc', 'barclays',
      'ubs', 'deutsche bank', 'bnp paribas', 'wells fargo', 'blackrock', 'vanguard', 'fidelity', 'prudential',
      'axa', 'allianz', 'metlife', 'aig', 'paypal', 'mastercard', 'american express', 'mufg', 'mizuho',
      'smbc', 'sumitomo mitsui', 'nomura', 'daiwa',
      '銀行', 'メガバンク', '地銀', '信用金庫', '信金', '信用組合', '証券', '証券会社', '保険会社', '生命保険',
      '損害保険', '火災保険', '海上日動', '損保', '生保', '共済', 'アセットマネジメント', '投資銀行', '運用会社',
      'ベンチャーキャピタル', 'ファンド', '三菱ufj', 'みずほ', '三井住友', 'りそな', 'ゆうちょ', '野村證券',
      '大和証券', '日興', 'sbi', '日本生命', '第一生命', '住友生命', '明治安田', '損保ジャパン', 'カード会社',
      '信託', 'クレジットカード',
    ],
    role: [
      'bank teller', 'teller', 'quant', 'quantitative analyst', 'claims adjuster', 'mortgage advisor',
      'mortgage broker', 'bond trader', 'クオンツ', '損害査定',
      'investment banker', 'banker', 'actuary', 'portfolio manager', 'fund manager', 'trader', 'financial analyst',
      'equity research', 'credit analyst', 'credit risk', 'risk analyst', 'relationship manager', 'wealth manager',
      'wealth management', 'financial advisor', 'financial adviser', 'financial planner', 'underwriter',
      'insurance agent', 'insurance broker', 'loan officer', 'venture capitalist', 'vc investor',
      'investment analyst',
      '銀行員', 'アクチュアリー', 'ファンドマネージャー', 'トレーダー', '証券アナリスト',
      'ファイナンシャルプランナー', 'fp1級', 'fp2級', 'fp3級', 'キャピタリスト', 'ベンチャーキャピタリスト', '融資', '保険営業',
      '為替',
    ],
    topic: [
      'bond', 'fixed income', 'forex', 'fx', '住宅ローン',
      'finance', 'financial', 'investment', 'investing', 'investor', 'equities', 'payments', 'm&a', 'credit',
      'loan', 'mortgage', 'insurance', 'fintech', 'crypto', 'vc', 'capital markets', 'ipo',
      '金融', '投資', '資産運用', '株式', '保険', 'フィンテック', '暗号資産', 'ファイナンス',
    ],
  },
  'hospitals-health-care': {
    org: [
      'hospice', 'home care', 'elderly care', 'senior care', '児童養護施設', '整骨院', '接骨院', '鍼灸院', '障害者支援施設', '就労支援',
      'hospital', 'clinic', 'medical center', 'medical centre', 'health system', 'nursing home', 'care home',
      'kaiser permanente', 'mayo clinic', 'cleveland clinic', 'nhs', 'health care provider',
      '病院', '附属病院', 'クリニック', '医院', '診療所', '医療法人', '介護施設', '特養', '特別養護老人ホーム',
      '老人ホーム', 'デイサービス', '訪問看護', '訪問看護ステーション', '訪問介護', '保育園', '保育所', '歯科医院',
      'がん研究センター', '医療センター',
    ],
    role: [
      'nursing', 'chief nursing officer', 'social worker', 'optometrist', 'chiropractor', 'acupuncturist',
      'psychotherapist', 'care worker', '鍼灸師', '柔道整復師', '社会福祉士', '精神保健福祉士', '視能訓練士', '介護職',
      'nurse', 'registered nurse', 'nurse practitioner', 'rn', 'midwife', 'physician', 'surgeon', 'doctor',
      'pediatrician', 'paediatrician', 'psychiatrist', 'clinical psychologist', 'psychologist', 'therapist',
      'physical therapist', 'physiotherapist', 'occupational therapist', 'dentist', 'dental hygienist',
      'pharmacist', 'caregiver', 'paramedic', 'hospital administrator', 'radiologist', 'anesthesiologist',
      'md', 'dietitian',
      '看護師', '准看護師', '保健師', '助産師', '医師', '外科医', '内科医', '医者', '精神科医', '臨床心理士',
      '公認心理師', '理学療法士', '作業療法士', '言語聴覚士', '歯科医師', '歯科衛生士', '薬剤師', '介護士',
      '介護福祉士', 'ケアマネ', '保育士', '救急救命士', '臨床検査技師', '放射線技師',
      '管理栄養士', '医療事務',
    ],
    topic: [
      '在宅医療', '訪問診療', '内科', '外科', '小児科', '皮膚科', '眼科', '歯科', 'nursing care',
      'medical', 'medicine', 'healthcare', 'health care', 'health', 'clinical', 'patient', 'icu', 'rehab',
      'rehabilitation', 'mental health', 'private practice',
      '医療', '看護', '介護', '福祉', 'リハビリ', '患者', 'ヘルスケア', '臨床', '診療', '医学部',
    ],
  },
  education: {
    org: [
      '特別支援学校', '研究室', 'graduate school', 'business school',
      'university', 'college', 'school', 'high school', 'elementary school', 'kindergarten', 'academy',
      'institute of technology', 'e-learning company', 'kumon', 'coursera', 'udemy',
      '大学', '大学院', '学校', '小学校', '中学校', '高校', '高等学校', '中学', '幼稚園', '学園', '専門学校',
      '予備校', '学習塾', '塾', 'ベネッセ', '公文',
    ],
    role: [
      'faculty', 'research fellow', 'postdoc', 'postdoctoral', 'graduate student', 'undergraduate', 'mba candidate',
      'mba student', 'school counselor', 'ポスドク', '大学職員', '学校事務',
      'teacher', 'professor', 'associate professor', 'assistant professor', 'lecturer', 'tutor',
      'phd candidate', 'phd student', 'student', 'instructional designer', 'admissions officer', 'dean',
      'principal', 'alt', 'teaching assistant', 'educator',
      '教師', '教員', '教諭', '講師', '教授', '准教授', '助教', '学生', '大学院生', '院生', '家庭教師', '校長',
      '教頭', '英会話講師', '塾講師', '教室長',
    ],
    topic: [
      'education', 'edtech', 'e-learning', 'elearning', 'lms', 'teaching', 'admissions', 'phd', 'curriculum',
      'research', '教育', '研究', '授業', '英会話', '博士',
    ],
  },
  'government-administration': {
    org: [
      'un', 'unicef', 'undp', 'unhcr', 'unesco', 'world bank', 'imf', 'oecd', 'jica', 'jetro', '国連', '国際機関', '児童相談所',
      '保健所', 'ハローワーク', '税務署', '法務局', 'city government', 'state government', 'local government',
      'ministry', 'government', 'govt', 'gov',
      ...combine(
        ['department of '],
        ['energy', 'defense', 'defence', 'state', 'justice', 'labor', 'labour', 'health and human services',
          'education', 'transportation', 'commerce', 'the treasury', 'homeland security', 'agriculture',
          'the interior', 'veterans affairs'],
      ),
      'u.s. department', 'city of', 'county of', 'city council', 'city hall', 'municipality',
      'municipal', 'prefectural government', 'federal', 'embassy', 'consulate', 'police', 'police department',
      'metropolitan police', 'law enforcement', 'army', 'navy', 'royal navy', 'air force', 'armed forces', 'military',
      'marine corps', 'fire department', 'parliament', 'congress', 'senate', 'european commission',
      'united nations', 'public sector', 'civil service', 'state department', 'foreign service',
      '経済産業省', '財務省', '外務省', '総務省', '法務省',
      '文部科学省', '厚生労働省', '農林水産省', '国土交通省', '環境省', '防衛省', '内閣府', '内閣官房', 'デジタル庁',
      '金融庁', '国税庁', '特許庁', '警察庁', '警視庁', '観光庁', '市役所', '区役所', '町役場', '村役場', '役所',
      '役場', '県庁', '都庁', '道庁', '府庁', '自治体', '地方自治体', '自衛隊', '警察', '警察署', '消防',
      '消防署', '裁判所', '検察庁', '検察', '大使館', '領事館', '国会', '市議会', '県議会', '議会', '官公庁',
      '行政機関', '独立行政法人',
    ],
    role: [
      'councillor', 'councilor', 'council member', '技官', '事務官', 'air traffic controller', '航空管制官',
      'diplomat', 'police officer', 'firefighter', 'soldier', 'civil servant', 'public servant', 'mayor',
      'senator', 'legislator', 'city planner', 'policy advisor', 'policy adviser', 'policy analyst',
      '外交官', '警察官', '自衛官', '公務員', '国家公務員', '地方公務員', '消防士', '市長', '知事', '議員',
      '政治家', '県職員', '市職員', '区職員',
    ],
    topic: ['public policy', 'policy', 'public administration', '行政', '政策'],
  },
  manufacturing: {
    org: [
      'brewery', 'distillery', 'winery', 'sake brewery', '酒蔵', '蔵元', '醸造所', 'steel company', '日本製鉄', '製鉄所',
      'printing company', '印刷会社', 'food manufacturer', 'apparel manufacturer', 'electronics manufacturer',
      'aerospace company',
      'manufacturer', 'manufacturing', 'factory', 'automotive parts', 'auto parts', 'toyota', 'honda', 'nissan',
      'mazda', 'subaru', 'denso', 'panasonic', 'toshiba', 'canon', 'nikon', 'kyocera', 'keyence', 'fanuc',
      'komatsu', 'shiseido', 'pfizer', 'novartis', 'roche', 'johnson & johnson', 'merck', 'astrazeneca',
      'gsk', 'sanofi', 'bayer', 'basf', 'nestle', 'nestlé', 'unilever', 'procter & gamble', 'p&g', '3m', 'siemens',
      'bosch', 'tesla', 'volkswagen', 'bmw', 'intel', 'tsmc', 'takeda', 'astellas', 'construction machinery',
      'industrial machinery', 'pharmaceutical company', 'pharma company', 'chemical company',
      'メーカー', '工場', '町工場', '製作所', '工業', '製造業', '製薬会社', '製薬', 'トヨタ', 'トヨタ自動車',
      '本田技研', 'ホンダ', '日産', 'マツダ', 'スバル', 'スズキ', 'デンソー', 'パナソニック', '日立製作所',
      '三菱重工', '三菱電機', '東芝', '富士フイルム', 'キヤノン', 'ニコン', '京セラ', '村田製作所', 'キーエンス',
      'ファナック', 'コマツ', '資生堂', '花王', '味の素', 'キリン', 'アサヒビール', 'サントリー', '武田薬品',
      'アステラス', '第一三共', '中外製薬',
    ],
    role: [
      'brewer', '杜氏', 'hardware engineer', 'electrical engineer', 'firmware engineer', 'circuit design', '回路設計',
      'ハードウェアエンジニア', 'factory worker', '工員', 'industrial engineer',
      'production engineer', 'process engineer', 'manufacturing engineer', 'quality engineer', 'plant manager',
      'factory manager', 'mechanical engineer', 'mechanical design', 'medical science liaison',
      'production manager', 'machinist',
      '生産技術', '生産管理', '品質保証', '品質管理', '工場長', '機械設計', '医薬情報担当者', '精密加工',
      '金型', '製造',
    ],
    topic: [
      'sake', '醸造', '味噌', '醤油', '鉄鋼', '製鉄', 'steel', 'textile', '繊維', 'aerospace', 'electronics', 'embedded',
      'firmware', '印刷', 'printing', 'packaging', '化粧品', 'cosmetics',
      'semiconductor', 'semiconductors', 'automotive', 'quality assurance', 'quality control', 'machinery',
      'cad', 'cnc', 'r&d', 'chemicals', 'supply chain management',
      '半導体', '自動車', '部品', '研究開発', '化学', '素材', '加工', 'ものづくり', '機械', '組込み',
    ],
  },
  'professional-services': {
    org: [
      'ip firm', 'law office', 'engineering consultancy', '建設コンサルタント', 'digital marketing agency', 'seo agency',
      'veterinary clinic', '土地家屋調査士事務所',
      'law firm', 'accounting firm', 'consulting firm', 'consultancy', 'advertising agency', 'ad agency',
      'marketing agency', 'creative agency', 'design studio', 'design agency', 'pr agency', 'deloitte', 'pwc',
      'kpmg', 'ernst & young', 'ey', 'mckinsey', 'bcg', 'boston consulting group', 'bain & company',
      'accenture', 'baker mckenzie', 'ibm consulting', 'capgemini', 'cognizant', 'infosys', 'think tank',
      'market research', 'it services',
      '法律事務所', '弁護士法人', '会計事務所', '監査法人', '税理士法人', '税理士事務所', '特許事務所', '設計事務所',
      'デザイン事務所', 'コンサルティングファーム', 'コンサルティング会社', 'コンサルファーム', '広告代理店',
      '広告会社', 'デロイト', 'アクセンチュア', '電通', '博報堂', 'nttデータ', '野村総合研究所', '富士通',
      'sier', 'sler', 'システムインテグレーター', '受託開発', 'シンクタンク', '調査会社', '社労士事務所',
      '動物病院',
    ],
    role: [
      'ip attorney', 'notary', 'surveyor', 'executive coach', 'hr consultant', 'web marketer', 'digital marketer',
      'seo consultant', '土地家屋調査士', 'ウェブマーケター', 'webマーケター', '獣医師', '人事コンサルタント',
      'lawyer', 'attorney', 'patent attorney', 'solicitor', 'barrister', 'legal counsel', 'paralegal',
      'accountant', 'cpa', 'certified public accountant', 'chartered accountant', 'auditor', 'tax advisor',
      'tax adviser', 'tax accountant', 'consultant', 'management consultant', 'strategy consultant',
      'it consultant', 'sap consultant', 'marketing consultant', 'architect', 'graphic designer',
      'ux designer', 'ui designer', 'ux/ui designer', 'ui/ux designer', 'web designer', 'brand strategist',
      'copywriter', 'photographer', 'translator', 'interpreter', 'veterinarian',
      '弁護士', '司法書士', '行政書士', '弁理士', '公認会計士', '会計士', '税理士', '社会保険労務士', '社労士',
      '中小企業診断士', 'コンサルタント', '戦略コンサルタント', '経営コンサルタント', 'itコンサルタント',
      '建築士', '一級建築士', 'グラフィックデザイナー', 'webデザイナー', 'uiデザイナー', 'uxデザイナー',
      'コピーライター', 'カメラマン', 'フォトグラファー', '翻訳者', '翻訳家', '通訳', '獣医',
    ],
    topic: [
      'patent', 'seo', '広告運用', 'マーケター', 'マーケティング支援',
      'law', 'legal', 'corporate law', 'intellectual property', 'audit', 'tax', 'consulting', 'advertising',
      'marketing', 'designer',
      'design', 'branding', 'public relations',
      'コンサル', 'コンサルティング', '広告', 'デザイナー', 'デザイン', '企業法務', '経営支援', 'dx支援', 'dx推進',
      '監査', '税務', '会計', '特許', '翻訳',
    ],
  },
  'administrative-support-services': {
    org: [
      'temp agency', 'outsourcing', 'アウトソーシング', 'translation agency',
      'staffing agency', 'staffing', 'recruitment agency', 'recruiting firm', 'executive search', 'robert half',
      'adecco', 'randstad', 'manpower', 'hays', 'michael page', 'travel agency', 'security company',
      'securitas', 'g4s', 'call center', 'contact center', 'facility management', 'facilities services',
      'cleaning services', 'cleaning company', 'event agency', 'events company', 'bpo',
      '人材紹介', '人材紹介会社', '人材派遣', '派遣会社', '人材会社', '人材サービス', '転職エージェント',
      'パーソル', 'パソナ', '旅行代理店', '旅行会社', 'jtb', '警備会社', 'セコム', 'alsok', 'コールセンター',
      'ビルメンテナンス', '清掃会社', 'イベント会社', 'イベント制作', 'イベント制作会社',
    ],
    role: [
      'recruiter', 'technical recruiter', 'headhunter', 'talent acquisition', 'travel agent', 'tour operator',
      'security guard', 'event planner', 'wedding planner', 'facility manager', 'facilities manager',
      'virtual assistant',
      'キャリアアドバイザー', 'リクルーター', 'ヘッドハンター', '警備員', 'イベントプランナー',
      'ウェディングプランナー', '清掃員',
    ],
    topic: ['recruiting', 'recruitment', 'hiring', 'tours', 'events', 'cleaning', '人材', '派遣', '採用', '警備', '旅行', 'イベント'],
  },
  construction: {
    org: [
      'construction', 'construction company', 'general contractor', 'contractor', 'contracting', 'homebuilder',
      'skanska', 'bechtel', 'vinci',
      'ゼネコン', '建設会社', '建設', '工務店', '建設業', '大林組', '鹿島建設', '清水建設', '大成建設', '竹中工務店',
      '積水ハウス', '大和ハウス', '住宅メーカー', 'ハウスメーカー', 'リフォーム会社',
    ],
    role: [
      'installer', 'solar installer', 'roofer', 'builder', 'hvac technician', '内装工事', '塗装工', '解体工事', '空調設備', '足場',
      'civil engineer', 'site manager', 'construction manager', 'electrician', 'plumber', 'carpenter',
      'structural engineer', 'foreman',
      '施工管理', '現場監督', '電気工事士', '電気工事', '配管工', '大工', '左官', '鳶', '土木技術者', '設備工事',
    ],
    topic: [
      'hvac', 'plumbing', '内装', '塗装', '解体',
      'civil engineering', 'bridges', 'tunnels', 'infrastructure projects', 'renovation',
      '土木', '建築', '橋梁', 'トンネル', '注文住宅', 'リフォーム', '住宅',
    ],
  },
  'consumer-services': {
    org: [
      'ペットサロン', 'dry cleaning', 'funeral', '葬儀', 'リラクゼーション', '整体院', 'house cleaning',
      'non-profit', 'nonprofit', 'not-for-profit', 'npo', 'ngo', 'charity', 'salon', 'hair salon', 'gym',
      'fitness studio', 'laundry', 'repair shop', 'church', 'temple', 'funeral home',
      'npo法人', '美容室', '美容院', 'ヘアサロン', 'ネイルサロン', 'エステ', 'ジム', 'フィットネス',
      'クリーニング', 'クリーニング店', '整備工場', '葬儀社', 'お寺', '寺院', '神社', '教会', '子ども食堂', '家事代行',
    ],
    role: [
      'pet groomer', 'tailor', 'massage therapist', 'babysitter', 'nanny', 'monk', 'nun', 'トリマー', 'ベビーシッター', 'セラピスト',
      '牧師', '神父', '社会起業家',
      'hair stylist', 'hairstylist', 'hairdresser', 'barber', 'nail artist', 'esthetician', 'personal trainer',
      'fitness coach', 'yoga instructor', 'mechanic', 'auto mechanic', 'priest', 'pastor', 'housekeeper',
      '美容師', '理容師', 'ネイリスト', 'エステティシャン', 'パーソナルトレーナー', 'ヨガインストラクター',
      '整備士', '自動車整備士', '僧侶', '住職', '神職', '代表理事',
    ],
    topic: ['fitness', 'strength & conditioning', 'wellness', 'volunteer', 'サロン', '美容', 'ボランティア', '非営利'],
  },
  'accommodation-services': {
    org: [
      'izakaya', 'food truck', 'restaurant group', 'ramen shop', 'sushi restaurant', 'pub', 'キッチンカー', 'ラーメン屋', '寿司屋',
      '民泊', 'guesthouse', 'airbnb host', '飲食店経営', '定食屋', 'そば屋', 'うどん屋', '焼肉店', 'パン屋カフェ',
      'hotel', 'inn', 'resort', 'hostel', 'ryokan', 'hilton', 'marriott', 'hyatt', 'accor', 'ihg',
      'restaurant', 'cafe', 'café', 'coffee shop', 'bistro', 'catering', 'starbucks', "mcdonald's", 'bakery cafe',
      'ホテル', '旅館', 'リゾート', '民宿', 'ゲストハウス', '星野リゾート', 'レストラン', '飲食店', '飲食', '居酒屋',
      'カフェ', '喫茶', 'ケータリング', 'スターバックス', 'ラーメン店', '寿司店', 'ビストロ',
    ],
    role: [
      'sushi chef', 'pastry chef', 'bar owner', 'パティシエ', '板前', '寿司職人',
      'chef', 'head chef', 'sous chef', 'line cook', 'barista', 'sommelier', 'bartender', 'front desk', 'concierge',
      'restaurateur', 'hotelier',
      'シェフ', '料理人', '料理長', 'バリスタ', 'ソムリエ', 'バーテンダー', '女将', '若女将', 'コンシェルジュ',
      'フロント', '宿泊',
    ],
    topic: [
      'sushi', 'ramen', '寿司', 'ラーメン', '飲食業', 'hospitality', 'food and beverage', 'f&b', 'ホスピタリティ', '料理', '観光業',
    ],
  },
  'entertainment-providers': {
    org: [
      'broadway', 'west end', 'opera', 'ballet', 'circus', 'golf course', 'live house', 'ゴルフ場', 'ライブハウス', '劇場運営',
      'プロレス団体',
      'museum', 'theatre', 'theater', 'orchestra', 'casino', 'theme park', 'zoo', 'aquarium', 'football club',
      'sports club', 'talent agency',
      '美術館', '博物館', '劇場', '劇団', 'オーケストラ', '楽団', 'カジノ', '遊園地', 'テーマパーク', '動物園', '水族館',
      'プロ野球', 'jリーグ', '芸能事務所',
    ],
    role: [
      'stage manager', 'stage actor', 'dj', 'pro wrestler', 'theatre producer', '舞台監督', '舞台俳優', 'タレント', 'プロレスラー',
      '力士', 'ミュージカル俳優',
      'musician', 'singer', 'songwriter', 'singer-songwriter', 'guitarist', 'session guitarist', 'pianist',
      'drummer', 'composer', 'actor', 'actress', 'voice actor', 'voice artist', 'comedian', 'dancer', 'painter',
      'novelist', 'manga artist', 'curator', 'athlete', 'professional footballer', 'footballer',
      'soccer player', 'baseball player', 'pro gamer', 'esports player',
      'ミュージシャン', '音楽家', '歌手', 'シンガーソングライター', 'ギタリスト', 'ピアニスト', 'ドラマー', '作曲家',
      '俳優', '女優', '声優', '芸人', 'お笑い芸人', 'ダンサー', '画家', '小説家', '作家', '漫画家', '学芸員',
      'アスリート', 'プロ野球選手', 'サッカー選手', 'プロゲーマー',
    ],
    topic: [
      'stage', 'theatre production', '舞台', '演劇', 'コンサート', '芸能',
      'music', 'artist', 'illustrator', 'performing arts', 'sports', 'アーティスト', 'イラストレーター', '音楽', '芸術', 'スポーツ', '選手',
    ],
  },
  'farming-ranching-forestry': {
    org: [
      'aquaculture', 'orchard', 'greenhouse', 'tea farm', '果樹園', '茶園', '養殖場',
      'farm', 'dairy farm', 'ranch', 'vineyard', 'fishery', 'fisheries', 'forestry', 'agricultural cooperative',
      '農園', '牧場', '農場', '農業法人', '農協', 'ja全農', '漁協', '森林組合', '林業', '漁業',
    ],
    role: [
      'fishermen', 'grower', 'winegrower', '猟師', '茶農家', '果樹農家', '養殖業',
      'farmer', 'dairy farmer', 'rancher', 'forester', 'fisherman', 'agronomist', 'beekeeper',
      '農家', '米農家', '酪農家', '漁師', '養蜂家', '林業家',
    ],
    topic: [
      'fishing', 'livestock', 'horticulture', '園芸', '養殖', '漁', 'agriculture', 'agricultural', 'organic farming',
      'crops', '農業', '酪農', '有機農業', '就農', '畜産', '農',
    ],
  },
  'oil-gas-mining': {
    org: [
      'refinery', '製油所', 'coal mine', 'gold mine', 'quarry', '採石場', 'lng',
      'exxon', 'exxonmobil', 'chevron', 'totalenergies', 'aramco', 'schlumberger', 'halliburton', 'rio tinto',
      'bhp', 'anglo american', 'oil and gas', 'oil & gas', 'oil company', 'mining company', 'mining',
      '石油', '石油開発', '石油会社', '鉱山', '鉱業', 'inpex', '出光', 'eneos', '資源開発',
    ],
    role: [
      'petroleum engineer', 'reservoir engineer', 'drilling engineer', 'drilling supervisor', 'driller',
      'geologist', 'mining engineer', 'mine manager',
      '地質技術者', '鉱山技術者', '鉱山エンジニア',
    ],
    topic: [
      '石炭', 'coal', 'pipeline', 'drilling', 'offshore', 'oil rigs', 'upstream', 'exploration', 'petroleum', '地質',
      '資源', '天然ガス',
    ],
  },
  'real-estate-equipment-rental': {
    org: [
      'car rental', 'rent-a-car', 'レンタカー', 'coworking', 'コワーキング', 'シェアオフィス', 'マンション管理',
      'real estate', 'realty', 'property management', 'equipment rental', 'united rentals', 'leasing company',
      'cbre', 'jll', 'cushman & wakefield',
      '不動産', '不動産会社', '三井不動産', '三菱地所', '住友不動産', '東急不動産', '森ビル', 'リース会社',
      '建機レンタル', 'レンタル会社', '不動産デベロッパー',
    ],
    role: [
      'real estate appraiser', 'landlord', '不動産鑑定士', '大家',
      'real estate agent', 'realtor', 'estate agent', 'property manager', 'leasing agent', 'property developer',
      '宅建士', '宅地建物取引士', '不動産仲介', '用地仕入れ',
    ],
    topic: ['property', 'leasing', 'rental', 'residential', 'commercial real estate', '賃貸', '仲介', 'リース', 'レンタル', 'デベロッパー'],
  },
  retail: {
    org: [
      'flower shop', 'bookstore', 'car dealer', 'dealership', 'pharmacy', 'walgreens', 'cvs', '花屋', '書店', '中古車販売',
      '販売店', '薬局', '調剤薬局', 'マツモトキヨシ', 'ウエルシア', 'ディーラー',
      'retail', 'retailer', 'department store', 'supermarket', 'grocery', 'grocery chain', 'convenience store',
      'drugstore', 'ikea', 'walmart', 'costco', 'uniqlo', 'online retailer', 'fashion retailer',
      '小売', '小売業', '百貨店', 'デパート', 'スーパーマーケット', 'スーパー', 'コンビニ', 'コンビニエンスストア',
      'ドラッグストア', 'ユニクロ', 'ファーストリテイリング', 'ニトリ', 'イオン', 'セブン-イレブン', 'ローソン',
      'ファミリーマート', '無印良品', 'ドン・キホーテ', '家電量販店',
    ],
    role: [
      'florist', 'shopkeeper', 'store owner', 'shop owner', 'フローリスト',
      'store manager', 'shop manager', 'sales associate', 'shop assistant', 'merchandiser', 'buyer',
      'e-commerce manager', 'ecommerce manager', 'visual merchandiser',
      '店長', '販売員', '販売スタッフ', 'マーチャンダイザー', 'バイヤー', 'ショップ店長', 'ec運営', 'ecショップ',
    ],
    topic: [
      'boutique', '中古車',
      'e-commerce', 'ecommerce', 'store', 'shop', 'retail media', 'd2c',
      'ec', 'ecサイト', '通販', 'ネットショップ', 'ショップ', '店舗', 'アパレル', '販売',
    ],
  },
  'transportation-logistics': {
    org: [
      'railway company', 'bus company', 'moving company', 'port authority', 'harbor', 'maritime',
      'customs brokerage', '引越会社', '港湾',
      'airline', 'railway', 'railroad', 'logistics', '3pl', 'warehouse', 'shipping company', 'shipping line',
      'maersk', 'dhl', 'fedex', 'trucking', 'freight', 'airport', 'courier',
      '航空会社', '全日空', 'jal', '日本航空', '鉄道', 'jr東日本', 'jr西日本', 'jr東海', 'jr九州',
      'jr北海道', '私鉄', '電鉄', '運輸', '運送', '運送会社', '物流', '物流倉庫', '倉庫', '海運', '海運会社',
      '日本郵船', '商船三井', '川崎汽船', 'ヤマト運輸', '佐川急便', '日本通運', '日通', '郵便', '宅配', '空港',
      'タクシー会社', 'バス会社',
    ],
    role: [
      'customs broker', 'station staff', 'bus driver', 'taxi driver', 'delivery driver', 'ship captain', 'seafarer',
      '通関士', '駅員', '車掌', '配達員', '船長', '航海士', 'バス運転手', 'タクシー運転手',
      'pilot', 'airline pilot', 'flight attendant', 'cabin crew', 'truck driver', 'logistics coordinator',
      'logistics manager', 'freight forwarder', 'dispatcher', 'warehouse manager', 'train driver',
      'パイロット', '客室乗務員', '運転士', '運転手', 'トラックドライバー', '運航管理', 'フォワーダー',
      '航空整備士', '配送ドライバー', 'センター長',
    ],
    topic: [
      'aviation', 'delivery', '配達', '通関', '引越', 'supply chain', 'shipping', 'freight forwarding', 'transport',
      'transportation', 'ocean freight', 'ドライバー', '配送', '輸送', 'ロジスティクス', 'サプライチェーン',
    ],
  },
  utilities: {
    org: [
      'nuclear power', '原子力発電', '原発', 'hydroelectric', '水力発電', 'water supply', 'electric company',
      'electric utility', 'utility company', 'utilities', 'water utility', 'water treatment', 'power plant',
      'power company', 'renewable energy', 'wind farm', 'solar farm', 'power generation',
      '電力会社', '東京電力', '関西電力', '中部電力', '九州電力', '東北電力', 'jera', '電源開発', 'ガス会社',
      '東京ガス', '大阪ガス', '東邦ガス', '水道局', '水道', '下水道', '浄水場', '発電所', '再生可能エネルギー',
      '再エネ', '送配電',
    ],
    role: [
      'wind turbine technician', 'turbine technician', '系統運用', '電気主任技術者', 'power systems engineer', 'grid engineer',
      'lineman', 'plant operator',
    ],
    topic: [
      'wind turbine', 'power grid', 'transmission', '原子力', '水力', '風力発電', 'energy', 'electricity', 'solar', 'grid',
      'utility', 'エネルギー', '電力', '発電', '太陽光', '風力',
    ],
  },
  wholesale: {
    org: [
      'wholesale', 'wholesaler', 'trading company', 'trading house', 'distributor', 'import export',
      'import/export',
      '商社', '総合商社', '専門商社', '三菱商事', '三井物産', '伊藤忠', '伊藤忠商事', '住友商事', '丸紅', '双日',
      '豊田通商', '卸', '卸売', '問屋', '貿易会社', '食品卸',
    ],
    role: [],
    topic: [
      'import', 'export', 'sourcing', '輸入販売', 'importing', 'exporting', 'distribution', '輸入', '輸出', '貿易',
    ],
  },
  'holding-companies': {
    org: ['holding company', 'family holding company', '持株会社'],
    topic: ['holdings', 'ホールディングス'],
  },
};

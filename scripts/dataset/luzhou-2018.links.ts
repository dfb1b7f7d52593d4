import type { Text } from './types';

/** Charts (groupings of facts) and the relations the report's figures should satisfy. */

type Key = [id: string, ...label: Text];
export interface GroupingSpec {
  id: string;
  area: string;
  title: Text;
  note?: Text;
  chart: 'bar' | 'grouped-bar';
  dimension: 'channel' | 'category' | 'level' | 'custom';
  keys?: Key[];
  series?: Key[];
  bars: [fact: string, key: string, series?: string, share?: string][];
  sum?: boolean;
}

const CATEGORIES = [
  'overview-info',
  'plans',
  'normative-docs',
  'work-updates',
  'personnel',
  'finance',
  'law-enforcement',
  'other',
];

export const groupings: GroupingSpec[] = [
  {
    id: 'proactive-by-category',
    area: 'overview',
    title: ['主動公開政府信息:按類別', 'Proactive disclosure by category'],
    chart: 'bar',
    dimension: 'category',
    bars: CATEGORIES.map((c) => [`proactive-${c}`, c, undefined, `proactive-${c}-share`]),
  },
  {
    id: 'proactive-by-channel',
    area: 'overview',
    title: ['主動公開政府信息:按渠道', 'Proactive disclosure by channel'],
    note: [
      '渠道之間有重疊:同一條信息在兩個渠道公開,在467,328條總數中只計一條,所以各渠道相加大於總數。',
      'Channels overlap: an item published on two channels counts once in the 467,328 total, so the channels add up to more than the total.',
    ],
    chart: 'bar',
    dimension: 'channel',
    bars: [
      ['channel-websites', 'website'],
      ['channel-weibo', 'weibo'],
      ['channel-wechat', 'wechat'],
      ['channel-other-media', 'other-media'],
    ],
  },
  {
    id: 'environment-records',
    area: 'environment',
    title: ['公開的環境信息', 'Environmental records published'],
    chart: 'bar',
    dimension: 'custom',
    keys: [
      ['air', '空氣品質預警預報', 'Air warnings'],
      ['water', '水質信息', 'Water quality'],
      ['penalties', '行政處罰決定書', 'Penalty decisions'],
      ['column', '環境保護專欄', 'Environment column'],
    ],
    bars: [
      ['env-air-warnings', 'air'],
      ['env-water-items', 'water'],
      ['env-penalty-decisions', 'penalties'],
      ['env-info-items', 'column'],
    ],
  },
  {
    id: 'certificates-by-level',
    area: 'services-reform',
    sum: true,
    title: ['取消的證明事項:市本級與區縣', 'Certificate requirements abolished: city and districts'],
    chart: 'bar',
    dimension: 'level',
    bars: [
      ['certificates-cancelled-city', 'city'],
      ['certificates-cancelled-districts', 'district'],
    ],
  },
  {
    id: 'service-lists',
    area: 'services-reform',
    title: ['網上辦事清單事項', 'Services on the online lists'],
    chart: 'bar',
    dimension: 'custom',
    keys: [
      ['one-visit', '“最多跑一次”', '“At most one visit”'],
      ['fully-online', '“全程網辦”', '“Fully online”'],
    ],
    bars: [
      ['list-one-visit', 'one-visit'],
      ['list-fully-online', 'fully-online'],
    ],
  },
  {
    id: 'training-school-lists',
    area: 'livelihood',
    title: ['公布的校外培訓機構名單', 'Training schools on the published lists'],
    chart: 'bar',
    dimension: 'custom',
    keys: [
      ['white', '白名單', 'White list'],
      ['black-unlicensed', '黑名單:證照不齊', 'Black list: unlicensed'],
      ['black-failed', '黑名單:年檢不合格', 'Black list: failed inspection'],
    ],
    bars: [
      ['training-whitelist', 'white'],
      ['training-blacklist-unlicensed', 'black-unlicensed'],
      ['training-blacklist-failed', 'black-failed'],
    ],
  },
  {
    id: 'fair-competition-by-type',
    area: 'participation',
    title: ['公平競爭審查的565件決策事項:按檔案類型', 'The 565 fair-competition reviews by document type'],
    chart: 'bar',
    dimension: 'custom',
    keys: [
      ['ordinary', '普通檔案', 'Ordinary documents'],
      ['requests', '請示件', 'Requests'],
      ['agreements', '實質性協定', 'Substantive agreements'],
      ['normative', '行政規範性檔案', 'Normative documents'],
      ['framework', '框架協定', 'Framework agreements'],
      ['classified', '密件', 'Classified'],
      ['replies', '復函', 'Replies'],
      ['minutes', '會議紀要', 'Minutes'],
    ],
    bars: ['ordinary', 'requests', 'agreements', 'normative', 'framework', 'classified', 'replies', 'minutes'].map(
      (k) => [`fair-competition-${k}`, k],
    ),
  },
  {
    id: 'website-cluster',
    area: 'websites',
    sum: true,
    title: ['政府網站集群:按類型', 'The government website cluster by kind'],
    chart: 'bar',
    dimension: 'custom',
    keys: [
      ['city-portal', '市政府入口網站', 'City portal'],
      ['district-portals', '區縣入口網站', 'District portals'],
      ['departments', '市級部門網站', 'City departments'],
    ],
    bars: [
      ['sites-city-portal', 'city-portal'],
      ['sites-district-portals', 'district-portals'],
      ['sites-departments', 'departments'],
    ],
  },
  {
    id: 'accounts-by-level',
    area: 'new-media',
    title: ['政務微博微信賬號:市級部門與區縣', 'Weibo and WeChat accounts: city departments and districts'],
    chart: 'bar',
    dimension: 'level',
    bars: [
      ['accounts-city', 'city'],
      ['accounts-district', 'district'],
    ],
  },
  {
    id: 'posts-by-level',
    area: 'new-media',
    title: [
      '微博微信推送信息:市級部門、區縣與渠道總數',
      'Weibo and WeChat posts: city, districts and the channel total',
    ],
    note: [
      '“渠道總數”取自報告第二部分;市級部門與區縣相加並不等於它,見“核對”。',
      '“Channel total” is the figure of Part II; city and district posts do not add up to it (see Checks).',
    ],
    chart: 'grouped-bar',
    dimension: 'channel',
    series: [
      ['city', '市級部門', 'City departments'],
      ['district', '區縣“發布”系列', 'District “Release”'],
      ['total', '渠道總數', 'Channel total'],
    ],
    bars: [
      ['weibo-posts-city', 'weibo', 'city'],
      ['weibo-posts-district', 'weibo', 'district'],
      ['channel-weibo', 'weibo', 'total'],
      ['wechat-posts-city', 'wechat', 'city'],
      ['wechat-posts-district', 'wechat', 'district'],
      ['channel-wechat', 'wechat', 'total'],
    ],
  },
  {
    id: 'interviews-by-programme',
    area: 'press',
    sum: true,
    title: ['線上訪談:按欄目', 'Online interviews by programme'],
    chart: 'bar',
    dimension: 'custom',
    keys: [
      ['sunshine', '《陽光政務》', '“Sunshine Government”'],
      ['special', '特別訪談', 'Special interviews'],
      ['integrity', '《陽光問廉》', '“Sunshine Integrity”'],
    ],
    bars: [
      ['interviews-sunshine', 'sunshine'],
      ['interviews-special', 'special'],
      ['interviews-integrity', 'integrity'],
    ],
  },
  ...(['points', 'visits'] as const).map((what): GroupingSpec => ({
    id: `reading-${what}-by-kind`,
    area: 'reading-points',
    sum: true,
    title:
      what === 'points'
        ? ['查閱點:按設置地點', 'Reading points by host']
        : ['查閱點接待人數:按設置地點', 'Reading-point visits by host'],
    chart: 'bar',
    dimension: 'custom',
    keys: [
      ['service-centres', '政務服務中心', 'Service centres'],
      ['archives', '檔案館', 'Archives'],
      ['libraries', '圖書館', 'Libraries'],
    ],
    bars: ['service-centres', 'archives', 'libraries'].map((k) => [`reading-${what}-${k}`, k]),
  })),
  {
    id: 'catalogue-by-level-and-tier',
    area: 'standardization',
    title: ['政務公開目錄事項:按層級與目錄級別', 'Catalogue entries by level and tier'],
    note: [
      '目錄分三級:一級目錄最粗,二級、三級目錄逐級細分上一級。',
      'The catalogue has three tiers of headings: tier 1 the broadest, tiers 2 and 3 each dividing the one above.',
    ],
    chart: 'grouped-bar',
    dimension: 'level',
    series: [
      ['tier-1', '一級目錄', 'Tier 1'],
      ['tier-2', '二級目錄', 'Tier 2'],
      ['tier-3', '三級目錄', 'Tier 3'],
    ],
    bars: (
      [
        ['county', 'district'],
        ['township', 'township'],
        ['village', 'village'],
      ] as const
    ).flatMap(([k, level]) =>
      [1, 2, 3].map((t): [string, string, string] => [`catalogue-${k}-tier-${t}`, level, `tier-${t}`]),
    ),
  },
];

type Label = { label: Text; note?: Text };
export type RelationSpec = Label &
  (
    | { id: string; kind: 'sum'; parts: string[]; total: string | { constant: number } }
    | { id: string; kind: 'share'; share: string; part: string; whole: string }
    | { id: string; kind: 'within' | 'cover'; parts: string[]; total: string }
    | { id: string; kind: 'equal'; facts: [string, string] }
    | { id: string; kind: 'count'; fact: string; list: string }
  );

const CATEGORY_ZH: Record<string, string> = {
  'overview-info': '概況信息',
  plans: '計畫總結信息',
  'normative-docs': '規範性檔案信息',
  'work-updates': '工作動態信息',
  personnel: '人事信息',
  finance: '財政信息',
  'law-enforcement': '行政執法信息',
  other: '其他信息',
};

export const relations: RelationSpec[] = [
  {
    id: 'categories-sum-to-total',
    kind: 'sum',
    parts: CATEGORIES.map((c) => `proactive-${c}`),
    total: 'proactive-total',
    label: ['八類信息相加等於主動公開總數', 'The eight categories add up to the proactive total'],
  },
  {
    id: 'category-shares-sum-to-100',
    kind: 'sum',
    parts: CATEGORIES.map((c) => `proactive-${c}-share`),
    total: { constant: 100 },
    label: ['八類信息的占比相加等於100%', 'The eight category shares add up to 100%'],
  },
  ...CATEGORIES.map((c): RelationSpec => ({
    id: `share-${c}`,
    kind: 'share',
    share: `proactive-${c}-share`,
    part: `proactive-${c}`,
    whole: 'proactive-total',
    label: [
      `${CATEGORY_ZH[c]}占比等於條數除以總數`,
      `The ${c.replace('-', ' ')} share equals its count over the total`,
    ],
  })),
  {
    id: 'channels-cover-total',
    kind: 'cover',
    parts: ['channel-websites', 'channel-weibo', 'channel-wechat', 'channel-other-media'],
    total: 'proactive-total',
    label: ['各渠道相加不少於總數(渠道有重疊)', 'The channels together reach at least the total (they overlap)'],
    note: [
      '同一條信息可在多個渠道公開,只計一條;超出部分即重複公開的條數下限。',
      'An item on several channels counts once in the total; the excess is the least number of repeat publications.',
    ],
  },
  {
    id: 'city-website-within-websites',
    kind: 'within',
    parts: ['channel-city-website'],
    total: 'channel-websites',
    label: ['市政府網站不超過全部政府網站', 'The city website is within all government websites'],
  },
  {
    id: 'platform-within-other-media',
    kind: 'within',
    parts: ['channel-platform'],
    total: 'channel-other-media',
    label: ['監管平台不超過報刊、廣播、電視等渠道', 'The disclosure platform is within print, broadcast and apps'],
  },
  {
    id: 'platform-figures-agree',
    kind: 'equal',
    facts: ['platform-items-pilot', 'channel-platform'],
    label: ['兩處給出的監管平台公開條數一致', 'The two platform figures agree'],
  },
  {
    id: 'weibo-posts-sum',
    kind: 'sum',
    parts: ['weibo-posts-city', 'weibo-posts-district'],
    total: 'channel-weibo',
    label: [
      '市級部門與區縣微博推送相加等於政務微博公開總數',
      'City and district Weibo posts add up to the Weibo total',
    ],
    note: [
      '報告只列出這兩組賬號,沒有說明是否還有其他賬號。',
      'The report lists only these two groups of accounts and does not say whether others posted.',
    ],
  },
  {
    id: 'wechat-posts-sum',
    kind: 'sum',
    parts: ['wechat-posts-city', 'wechat-posts-district'],
    total: 'channel-wechat',
    label: [
      '市級部門與區縣微信推送相加等於政務微信公開總數',
      'City and district WeChat posts add up to the WeChat total',
    ],
    note: [
      '報告只列出這兩組賬號,沒有說明是否還有其他賬號。',
      'The report lists only these two groups of accounts and does not say whether others posted.',
    ],
  },
  {
    id: 'press-city-within-events',
    kind: 'within',
    parts: ['press-city-office'],
    total: 'press-events',
    label: ['市政府新聞辦的發布會不超過全部場次', 'City press-office conferences are within all sessions'],
  },
  {
    id: 'fair-competition-sum',
    kind: 'sum',
    parts: ['replies', 'normative', 'minutes', 'framework', 'classified', 'requests', 'ordinary', 'agreements'].map(
      (k) => `fair-competition-${k}`,
    ),
    total: 'fair-competition-total',
    label: ['八類檔案相加等於565件', 'The eight document types add up to 565'],
  },
  ...(
    [
      ['report-parts', 'report-parts-named', '報告列出的部分名稱與“6個部分”一致', 'The parts named match “6 parts”'],
      ['weibo-accounts-closed', 'closed-weibo-accounts', '點名的賬號數與“5個”一致', 'The accounts named match “5”'],
      [
        'e-petition-levels',
        'e-petition-levels-named',
        '列出的層級與“三級”一致',
        'The levels named match “three levels”',
      ],
      [
        'five-disclosures',
        'five-disclosures-named',
        '列出的公開內容與“五公開”一致',
        'The items named match “five disclosures”',
      ],
      ['pilot-key-links', 'pilot-key-links-named', '列出的環節與“五個”一致', 'The links named match “five”'],
      [
        'catalogue-levels',
        'catalogue-levels-named',
        '列出的層級與“三級目錄”一致',
        'The levels named match the “three-level” catalogue',
      ],
    ] as const
  ).map(([fact, list, zh, en]): RelationSpec => ({ id: `count-${fact}`, kind: 'count', fact, list, label: [zh, en] })),
];

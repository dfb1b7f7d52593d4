/**
 * What an English reader calls each figure's things, chosen per figure from the
 * report's own words: 條 is "posts" for 推送信息 (posts pushed on Weibo), "records"
 * in a database column and "hotlines" for 23 條熱線. Where the report writes
 * 公開信息…條 (information disclosed, on any channel, Weibo's and WeChat's too)
 * they are items: the noun follows the report's figure, not the channel.
 * Figures not listed read with their unit's English word (items, visits, %).
 */
type Noun = readonly [one: string, other: string];

const records: Noun = ['record', 'records'];
const documents: Noun = ['document', 'documents'];
const websites: Noun = ['website', 'websites'];
const accounts: Noun = ['account', 'accounts'];
const posts: Noun = ['post', 'posts'];
const fields: Noun = ['field', 'fields'];
const readingPoints: Noun = ['reading point', 'reading points'];
const entries: Noun = ['entry', 'entries'];
const services: Noun = ['service', 'services'];
const requirements: Noun = ['requirement', 'requirements'];
const standards: Noun = ['standard', 'standards'];
const episodes: Noun = ['episode', 'episodes'];

export const nouns: Record<string, Noun> = {
  'report-parts': ['part', 'parts'],
  'obsolete-capacity-notices': ['notice', 'notices'],
  'poverty-fund-batches': ['batch', 'batches'],
  'poverty-villages': ['village', 'villages'],
  'env-air-warnings': ['warning or forecast', 'warnings and forecasts'],
  'env-water-stations': ['station', 'stations'],
  'env-water-items': records,
  'env-penalty-decisions': ['decision', 'decisions'],
  'env-info-items': records,
  'certificates-cancelled-city': requirements,
  'certificates-cancelled-districts': requirements,
  'list-one-visit': services,
  'list-fully-online': services,
  'livelihood-projects': ['project', 'projects'],
  'livelihood-tasks': ['task', 'tasks'],
  'social-assistance-items': records,
  'food-drug-items': records,
  'proposal-results': ['response', 'responses'],
  'policies-interpreted': documents,
  ...Object.fromEntries(
    ['total', 'replies', 'normative', 'minutes', 'framework', 'classified', 'requests', 'ordinary', 'agreements'].map(
      (k) => [`fair-competition-${k}`, documents],
    ),
  ),
  'sites-city-portal': websites,
  'sites-district-portals': websites,
  'sites-departments': websites,
  'new-media-circulars': ['issue', 'issues'],
  'weibo-accounts-closed': accounts,
  'hotlines-merged': ['hotline', 'hotlines'],
  'hotline-rules': ['rule', 'rules'],
  'five-disclosures': ['disclosure', 'disclosures'],
  'pilot-fields': fields,
  'pilot-key-links': ['key link', 'key links'],
  'hejiang-catalogue-fields': fields,
  ...Object.fromEntries(
    ['county', 'township', 'village'].flatMap((l) => [1, 2, 3].map((t) => [`catalogue-${l}-tier-${t}`, entries])),
  ),
  'standards-management': standards,
  'standards-pilot-fields': standards,
  'press-events': ['event', 'events'],
  'press-city-office': ['press conference', 'press conferences'],
  'interviews-sunshine': episodes,
  'interviews-special': episodes,
  'interviews-integrity': episodes,
  'reading-points-service-centres': readingPoints,
  'reading-points-archives': readingPoints,
  'reading-points-libraries': readingPoints,
  'accounts-city': accounts,
  'accounts-district': accounts,
  'weibo-posts-city': posts,
  'wechat-posts-city': posts,
  'weibo-posts-district': posts,
  'wechat-posts-district': posts,
};

/**
 * Which rows of the pre-2019 statistics table (oldtable.ts) mean exactly what a
 * 2019+ standard id means. A row joins a standard series only as 'same'; every
 * other row is its own series, drawn beside the nearest standard one with its
 * definition. Each entry says why. Measured on 平潭 2011–2018 and the 2008
 * template, no row matches exactly, so none joins: a wrong join is worse than
 * two series side by side.
 */

export type OldCrosswalk =
  | { slug: string; kind: 'same'; to: string; reason: string }
  | { slug: string; kind: 'apart'; beside: string | null; reason: string };

const apart = (slug: string, beside: string | null, reason: string): OldCrosswalk => ({
  slug,
  kind: 'apart',
  beside,
  reason,
});

const CHANNEL =
  'The 2019+ tables do not count applications by how they were made (in person, by fax, e-mail, online, letter).';

export const CROSSWALK_OLD: readonly OldCrosswalk[] = [
  apart(
    'proactive-info',
    null,
    'Counts items of information disclosed proactively (条); part 二 of the 2019+ tables counts rules, normative documents and decisions, never items disclosed.',
  ),
  apart('proactive-info.website', null, 'Items disclosed on the website: no 2019+ row counts channels of disclosure.'),
  apart('proactive-info.gazette', null, 'Items disclosed in the gazette: no 2019+ row counts channels of disclosure.'),
  apart(
    'proactive-docs',
    null,
    'Counts documents disclosed proactively; the 2019+ documents in part 二 are rules and normative documents issued, repealed or in force, a narrower set.',
  ),
  apart('proactive-docs.gov-website', null, 'Documents disclosed on the government website: no 2019+ row.'),
  apart('proactive-docs.gazette', null, 'Documents disclosed in the gazette: no 2019+ row.'),
  apart('proactive-info.gov-website', null, 'Items disclosed on the government website: no 2019+ row.'),
  apart(
    'requests',
    'applications.new.all',
    '受理 counts requests accepted, often in 条 (items of information asked for); 本年新收 (三 of 2019+) counts applications received in 件, accepted or not.',
  ),
  ...['in-person', 'fax', 'email', 'online', 'letter', 'letter-fax', 'other-means'].map((c) =>
    apart(`requests.${c}`, null, CHANNEL),
  ),
  apart(
    'replies',
    'applications.total.all',
    'Counts replies given; 三（七）总计 counts applications concluded in the year, including those carried in, each once whatever its replies.',
  ),
  apart(
    'replies.disclosed',
    'applications.disclosed.all',
    '同意公开答复 counts replies granting disclosure (a reply may cover several items); 予以公开 counts applications.',
  ),
  apart(
    'replies.partly-disclosed',
    'applications.partly-disclosed.all',
    '同意部分公开答复 counts replies; 部分公开 counts applications.',
  ),
  apart(
    'replies.refused',
    'outcomes.withheld',
    '否决公开 covers every refusal; the 2019+ tables split refusals into withheld (三（三）), unavailable, not processed and handled otherwise.',
  ),
  apart(
    'replies.withheld',
    'outcomes.withheld',
    '不予公开答复 counts replies withholding; 三（三） counts applications withheld on eight named grounds.',
  ),
  apart('replies.other-replies', null, 'Other replies: the 2019+ categories are not the same partition.'),
  apart(
    'fees-waived',
    null,
    'Fees waived for disclosure (元); the 2019+ tables record administrative fees collected (万元), another thing.',
  ),
  apart(
    'reviews',
    'review.total',
    'A single count of reviews whose scope (filed or decided) the table does not say; the 2019+ total adds results and pending cases.',
  ),
  apart(
    'lawsuits',
    'litigation-direct.total',
    'A single count of lawsuits; the 2019+ tables split lawsuits by whether a review came first, and count by result.',
  ),
  apart('appeals', null, 'Administrative appeals (申诉): no 2019+ row.'),
  apart('appeals-reports', null, 'Appeals and reports (申诉、举报) together: no 2019+ row.'),
  apart('lawsuits-reports', null, 'Lawsuits and reports received together: no 2019+ row.'),
  apart('website', null, 'Disclosed on the website: no 2019+ row counts channels of disclosure.'),
  apart('gov-website', null, 'Disclosed on the government website: no 2019+ row.'),
  apart('gazette', null, 'Disclosed in the gazette: no 2019+ row.'),
];

const BY_SLUG = new Map(CROSSWALK_OLD.map((c) => [c.slug, c]));

/** The crosswalk entry of an old-table row (`old.<slug>.<year|cumulative>`); none for an unnamed row. */
export function oldCrosswalk(factId: string): OldCrosswalk | undefined {
  const m = /^old\.(.+)\.(?:year|cumulative)$/.exec(factId);
  return m?.[1] === undefined ? undefined : BY_SLUG.get(m[1]);
}

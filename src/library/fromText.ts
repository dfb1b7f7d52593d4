import type { Dataset, QuantityFact } from '../data/schema';
import type { Point } from './types';

/**
 * New applications from a free-text report: a drafted figure joins the series
 * only when its clause says, and only says, that the body received N
 * applications in the year — "收到政府信息公开申请N件", "共受理申请N件",
 * "新收…申请N件", "收到N件申请" — in the part on applications (依申请公开: part 三
 * in most reports, 四 in 平潭 2012). A wrong match is worse than a gap, so
 * anything that narrows or widens the count is refused: a channel or kind
 * (信函申请, 行政复议申请), a sub-body (区政府办代表…), a total to date
 * (累计, 以来), a count that includes carried-in ones (（含…）), "未收到", or
 * an approximate figure. Measured on the standard reports' own text (see the
 * library tests) such sentences still miss the table's 本年新收 now and then:
 * they are shown as taken from text, never as table values.
 */

/** Where a clause starts: after the last break before the numeral. */
const BREAK = /[，,；;。：:！!？?\n]/;
const SUBJECT = String.raw`(?:(?:全|本|我)(?:区|县|市|省|州|盟|旗|镇|乡|街道|机关|单位|委|局|办|厅)(?:各级行政机关|各部门)?)?`;
const TIME = String.raw`(?:(?:19|20)\d{2}年度?|本年度?|全年|今年)?`;
const VERB = String.raw`(?:共|共计|合计)?(?:收到|受理|新收)了?`;
const OF = String.raw`(?:有关|涉及)?(?:政府信息公开|信息公开|政府信息|依申请公开)?的?(?:各类)?`;
const COUNT = String.raw`(?:数|数量|件数)?(?:为|共|共计|合计|计)?`;
const UNITS = ['件', '条', '份', '个'];

/** "…收到政府信息公开申请" + N + 件. */
const BEFORE_NUMBER = new RegExp(`^${TIME}${SUBJECT}${TIME}${VERB}${OF}申请${COUNT}$`);
/** "…收到" + N + "件申请". */
const VERB_ONLY = new RegExp(`^${TIME}${SUBJECT}${TIME}${VERB}$`);
const AFTER_NOUN = new RegExp(`^(?:${UNITS.join('|')})${OF}申请(?:[，,；;。]|$)`);
const AFTER_UNIT = new RegExp(`^(?:${UNITS.join('|')})(?:[，,；;。]|$)`);
/** Counts that are not this year's applications to this body. */
const REFUSED = /累计|以来|历年|截至|截止|复议|诉讼|代表|其中|未收到/;

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** The clause around a figure states exactly "received N applications". */
export function statesNewApplications(quote: string, at: number, valueText: string): boolean {
  let start = at;
  while (start > 0 && !BREAK.test(quote[start - 1] ?? '')) start--;
  const head = squeeze(quote.slice(start, at));
  const tail = squeeze(quote.slice(at + valueText.length));
  if (REFUSED.test(head) || /^[（(]含/.test(tail.replace(/^[件条份个]/, ''))) return false;
  return (BEFORE_NUMBER.test(head) && AFTER_UNIT.test(tail)) || (VERB_ONLY.test(head) && AFTER_NOUN.test(tail));
}

/** The part of a report whose heading is about applications (依申请公开), by its coverage. */
export function applicationsPart(d: Pick<Dataset, 'meta'>): string | undefined {
  return d.meta.coverage.find(
    (c) => /依申[请請]公[开開]/.test(c.title['zh-Hans']) && !/复议|诉讼/.test(c.title['zh-Hans']),
  )?.part;
}

const inPart = (section: string, part: string) =>
  section === part || section.startsWith(`${part}(`) || section.startsWith(`${part}（`);

/** Figures a sentence states as new applications, anywhere in the report (for measuring the pattern). */
export function newApplicationSentences(d: Pick<Dataset, 'facts'>, part?: string): QuantityFact[] {
  return d.facts.filter(
    (f): f is QuantityFact =>
      f.kind === 'quantity' &&
      f.area !== 'applications' &&
      !f.approx &&
      !f.ordinal &&
      f.unit !== undefined &&
      UNITS.includes(f.unit) &&
      (part === undefined || inPart(f.section, part)) &&
      statesNewApplications(f.quote, f.valueOffset - f.offset, f.valueText),
  );
}

/** A free-text report's new applications, when exactly one figure of its applications part states them. */
export function newApplicationsFromText(d: Pick<Dataset, 'facts' | 'meta'>): Point | undefined {
  const part = applicationsPart(d);
  if (part === undefined) return undefined;
  const found = newApplicationSentences(d, part);
  const values = new Set(found.map((f) => f.value));
  const first = found[0];
  // Two different numbers for the same thing: no way to choose, so none.
  if (!first || values.size !== 1) return undefined;
  return { value: first.value, facts: [first.id], fromText: true };
}

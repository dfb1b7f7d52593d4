import type { Dataset } from '../data/schema';
import { formatSection } from '../i18n/sections';
import type { TableFact } from './context';
import type { Doc } from './doc';
import type { Skipped } from './drafts';
import { l10nZh } from './facts';
import { pinyinId } from './bodyId';
import { hashId, schemaId, slug } from './ids';
import { partsOf } from './meta';
import { PARTS, partTitle } from './parts';

/**
 * The dataset's account of itself: which parts of the report it covers and
 * how fully, its headline figures, the numerals it did not take as figures
 * and why, and the id of the reporting body.
 */

type Meta = Dataset['meta'];

const REASONS: Record<Skipped['reason'], [string, string]> = {
  numbering: ['标题或段落的编号。', 'Numbering of a heading or paragraph.'],
  year: ['年份，用作时期的名称。', 'A year, naming a period.'],
  date: ['日期的一部分。', 'Part of a date.'],
  code: ['文号、电话、邮编、地址或代码。', 'A document number, phone number, postcode, address or code.'],
  name: ['名称、引号或书名号中的数字。', 'Part of a name, a quotation or a title.'],
  ordinal: ['序数（第…）。', 'An ordinal (第…).'],
};

export function nonFiguresOf(skipped: readonly Skipped[]): Dataset['nonFigures'] {
  const distinct = new Map(skipped.filter((s) => s.text.length > 0 && s.text.length <= 100).map((s) => [s.text, s]));
  return [...distinct.values()].slice(0, 1000).map((s) => ({ text: s.text, reason: l10nZh(...REASONS[s.reason]) }));
}

/** A standard report's headline: how many came in, were handled, disclosed, carried over; reviews and lawsuits. */
const HEADLINE = [
  'applications.new.all',
  'applications.total.all',
  'applications.disclosed.all',
  'applications.carried-over.all',
  'review.total',
  'litigation-direct.total',
];
/** A pre-2019 report's: its statistics table's main rows. */
const HEADLINE_OLD = [
  'old.proactive-info.year',
  'old.proactive-docs.year',
  'old.requests.year',
  'old.replies.year',
  'old.reviews.year',
  'old.lawsuits.year',
];

/** The main totals that are numbers in this report (a blank total is no headline), at most six. */
export function headlineOf(values: ReadonlyMap<string, number | undefined>): string[] {
  const standard = HEADLINE.filter((h) => values.get(h) !== undefined);
  return (standard.length > 0 ? standard : HEADLINE_OLD.filter((h) => values.get(h) !== undefined))
    .map(schemaId)
    .slice(0, 6);
}

const EXPECTED: Record<string, (ids: ReadonlySet<string>, format: string) => number> = {
  二: (_, f) => (f === '2019' ? 22 : 10),
  三: (ids) => (ids.has('applications.other-handling.all') ? 23 : 25) * 7,
  四: () => 15,
};
const PART_AREA: Record<string, string> = { 二: 'proactive', 三: 'applications', 四: 'reviews-lawsuits' };

/** A standard report: its six parts, a table part partial when cells are missing. Free text: its own headings. */
export function coverageOf(doc: Doc, facts: readonly TableFact[], format: Meta['format']): Meta['coverage'] {
  const found = partsOf(doc);
  if (format === 'free' || format === undefined)
    return [...found].map(([part, heading]) => ({
      part,
      title: partTitle(heading, formatSection(part, 'en')),
      status: 'present',
    }));
  const ids = new Set(facts.map((f) => f.id));
  return PARTS.map(([part, zh, en]) => {
    const expected = EXPECTED[part]?.(ids, format);
    const got = facts.filter((f) => f.area === PART_AREA[part]).length;
    const status =
      expected === undefined
        ? found.has(part)
          ? 'present'
          : 'missing'
        : got === 0
          ? 'missing'
          : got >= expected
            ? 'present'
            : 'partial';
    return { part, title: partTitle(zh, en), status };
  });
}

/** Stable across a body's years: its name in pinyin (a hash only if nothing of it is pinyin), else the file name's words without year or dump suffix. */
export function bodyIdOf(body: string | undefined, fileName: string): string {
  const readable = body === undefined ? undefined : pinyinId(body);
  if (readable) return readable;
  if (body) return `body-${hashId(body)}`;
  const words = fileName
    .replace(/\.[^.]*$/, '')
    .replace(/(?:19|20)\d{2}/g, '')
    .replace(/\b(?:tables|rows|ocr|txt)\b/g, '');
  return slug(words) ?? 'report';
}

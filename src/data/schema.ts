import { z } from 'zod';

/**
 * The dataset schema: one source for the TypeScript types (z.infer) and the
 * run-time validation of any report opened in the app. Cross-references
 * (fact -> area, grouping -> fact, ...) are checked in `refineDataset` so each
 * broken link is reported at its own JSON path.
 */

import { refineDataset } from './integrity';
import { DIMENSIONS, LANGS } from './vocab';

// Zod compiles validators with `new Function` unless told not to; the page's CSP forbids eval.
z.config({ jitless: true });

export { DIMENSIONS, LANGS };
export type { Dimension, Lang } from './vocab';

const text = z.string().min(1).max(2000);
export const L10n = z.strictObject({ 'zh-Hant': text, 'zh-Hans': text, en: text });
export type L10n = z.infer<typeof L10n>;

export const Id = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'ids are lower-case words joined by "-" or "."');
const IsoDate = z.iso.date();
const Offset = z.int().nonnegative();

const Tags = z.strictObject(
  Object.fromEntries(DIMENSIONS.map((d) => [d, z.array(Id).optional()])) as {
    [K in (typeof DIMENSIONS)[number]]: z.ZodOptional<z.ZodArray<typeof Id>>;
  },
);
export type Tags = z.infer<typeof Tags>;

/** Where a fact comes from: section path, exact quote and its offset in the source text. */
const provenance = {
  section: z.string().min(1).max(40),
  quote: z.string().min(1).max(1000),
  offset: Offset,
  /** The figure as the report writes it, e.g. "7000餘條", "突破760萬人次". */
  written: z.string().min(1).max(40),
  /** The numeral inside `written` and where it starts in the source text. */
  valueText: z.string().min(1).max(20),
  valueOffset: Offset,
};

const factBase = {
  id: Id,
  area: Id,
  label: L10n,
  note: L10n.optional(),
  tags: Tags.optional(),
  /** Found by the importer and not reviewed by a person: shown as drafted. */
  drafted: z.literal(true).optional(),
  /** A drafted figure a reader confirmed, or confirmed under their own label (review/drafts.ts). */
  reviewed: z.enum(['confirmed', 'relabelled']).optional(),
  /** 1-based page of the quote, for reports imported from a PDF. */
  page: z.int().positive().optional(),
  ...provenance,
};

/** What an English reader calls the things counted ("23 hotlines", "1 edition"). */
export const Noun = z.strictObject({ one: z.string().min(1).max(40), other: z.string().min(1).max(40) });

const QuantityFact = z.strictObject({
  ...factBase,
  kind: z.literal('quantity'),
  value: z.number().finite(),
  /** Key into `units`, as the report writes it (條, 萬人次, %); absent for bare ordinals. */
  unit: z.string().max(10).optional(),
  approx: z.enum(['more-than', 'exceeds']).optional(),
  ordinal: z.boolean().optional(),
  /** English noun for this figure, chosen per figure rather than per Chinese measure word. */
  noun: Noun.optional(),
});

const DateFact = z.strictObject({ ...factBase, kind: z.literal('date'), date: IsoDate });

/**
 * A table cell with no number: blank, "/", "—", "无" or a note, kept as written and
 * never read as 0. `written` is the cell's text ('' for an empty cell), `valueText`
 * the same, at `valueOffset`; the quote is the cell's row.
 */
const BlankFact = z.strictObject({
  ...factBase,
  kind: z.literal('blank'),
  written: z.string().max(200),
  valueText: z.string().max(200),
});

export const Fact = z.discriminatedUnion('kind', [QuantityFact, DateFact, BlankFact]);
export type Fact = z.infer<typeof Fact>;
export type QuantityFact = z.infer<typeof QuantityFact>;
export type BlankFact = z.infer<typeof BlankFact>;
export type Noun = z.infer<typeof Noun>;

const Unit = z.strictObject({
  /** May be empty in a language that needs no word after the number (English "86 villages"). */
  label: z.strictObject({ 'zh-Hant': z.string().max(20), 'zh-Hans': z.string().max(20), en: z.string().max(20) }),
  /** English singular of `label.en` ("1 edition"); absent when it does not change. */
  one: z.string().max(20).optional(),
  /** Multiplier to plain units, e.g. 10000 for 萬人次. */
  scale: z.number().positive().optional(),
});

const DimensionValue = z.strictObject({ id: Id, label: L10n });

const Area = z.strictObject({
  id: Id,
  title: L10n,
  summary: L10n,
  sections: z.array(z.string().min(1)).min(1),
});
export type Area = z.infer<typeof Area>;

const ListItem = z.strictObject({ text: z.string().min(1).max(200), offset: Offset, label: L10n });
const TextList = z.strictObject({
  id: Id,
  area: Id,
  kind: z.enum(['flow', 'list']),
  title: L10n,
  section: z.string().min(1).max(40),
  /** True when the report says "等" (and others): the list is not complete. */
  partial: z.boolean().optional(),
  /** A flow whose last step leads back to the first (the report's 閉環, closed loop). */
  loop: z.boolean().optional(),
  items: z.array(ListItem).min(1).max(200),
});
export type TextList = z.infer<typeof TextList>;

/** One bar: its fact, its place (key, series) and optionally the percentage the report states for it. */
const Bar = z.strictObject({ fact: Id, key: Id, series: Id.optional(), share: Id.optional() });
const Grouping = z.strictObject({
  id: Id,
  area: Id,
  title: L10n,
  note: L10n.optional(),
  chart: z.enum(['bar', 'grouped-bar']),
  /** Which dimension the bar keys belong to; 'custom' keys are labelled by `keys`. */
  dimension: z.enum([...DIMENSIONS, 'custom']),
  keys: z.array(DimensionValue).optional(),
  series: z.array(DimensionValue).optional(),
  bars: z.array(Bar).min(1).max(10000),
  /** The bars do not overlap, so their sum means something (shown as computed, never as stated). */
  sum: z.boolean().optional(),
  /**
   * Series that are values of a dimension (applicant types): while that dimension
   * is not filtered only `totalSeries` (all applicants) is drawn; filtering it draws
   * the chosen types instead.
   */
  seriesDimension: z.enum(DIMENSIONS).optional(),
  totalSeries: Id.optional(),
});
export type Grouping = z.infer<typeof Grouping>;

const RelationBase = { id: Id, label: L10n, note: L10n.optional() };
const Relation = z.discriminatedUnion('kind', [
  /** Parts should add up to the total (a fact, or a constant such as 100 %). */
  z.strictObject({
    ...RelationBase,
    kind: z.literal('sum'),
    parts: z.array(Id).min(1),
    total: z.union([Id, z.strictObject({ constant: z.number() })]),
  }),
  /** A percentage should equal part / whole at the precision the report writes. */
  z.strictObject({ ...RelationBase, kind: z.literal('share'), share: Id, part: Id, whole: Id }),
  /** "Of which": the parts together should not exceed the total. */
  z.strictObject({ ...RelationBase, kind: z.literal('within'), parts: z.array(Id).min(1), total: Id }),
  /** Overlapping channels: together they should reach at least the total. */
  z.strictObject({ ...RelationBase, kind: z.literal('cover'), parts: z.array(Id).min(1), total: Id }),
  /** Two sums that should balance: 一 + 二 = 三（七） + 四 (new + carried in = handled + carried over). */
  z.strictObject({ ...RelationBase, kind: z.literal('balance'), left: z.array(Id).min(1), right: z.array(Id).min(1) }),
  /** The same figure given twice should be equal. */
  z.strictObject({ ...RelationBase, kind: z.literal('equal'), facts: z.tuple([Id, Id]) }),
  /** A count should equal the number of items the report names. */
  z.strictObject({ ...RelationBase, kind: z.literal('count'), fact: Id, list: Id }),
]);
export type Relation = z.infer<typeof Relation>;

const CoveragePart = z.strictObject({
  part: z.string().min(1).max(10),
  title: L10n,
  status: z.enum(['present', 'partial', 'missing']),
});

const NonFigure = z.strictObject({ text: z.string().min(1).max(100), reason: L10n });

const Meta = z.strictObject({
  id: Id,
  title: L10n,
  region: L10n,
  publisher: L10n,
  period: z.strictObject({ start: IsoDate, end: IsoDate }),
  /** Absent when the report states no date. */
  published: IsoDate.optional(),
  language: z.enum(LANGS),
  languages: z.array(z.enum(LANGS)).min(1),
  /** Source text shipped beside the JSON (relative to it); absent when there is none. */
  source: z.strictObject({ file: z.string().min(1).max(200), chars: z.int().positive() }).optional(),
  coverage: z.array(CoveragePart),
  headline: z.array(Id).max(12),
  /** Which State Council table format the report follows; absent for the hand-built free-text report. */
  format: z.enum(['free', '2019', '2021']).optional(),
  /** The reporting body, stable across its years ("pingtan"), for the library. */
  body: z.strictObject({ id: Id, name: L10n }).optional(),
  year: z.int().min(1990).max(2100).optional(),
  /** Made by the importer: facts marked drafted were not reviewed by a person. */
  imported: z.strictObject({ from: z.enum(['html', 'pdf', 'text', 'docx']), file: z.string().max(200) }).optional(),
});

export const DatasetShape = z.strictObject({
  schemaVersion: z.literal(1),
  meta: Meta,
  dimensions: z.strictObject({
    channel: z.array(DimensionValue),
    category: z.array(DimensionValue),
    level: z.array(DimensionValue),
    // Later dimensions default to none, so a dataset written before them still reads.
    applicant: z.array(DimensionValue).default([]),
    outcome: z.array(DimensionValue).default([]),
  }),
  units: z.record(z.string().max(10), Unit),
  areas: z.array(Area).min(1).max(100000),
  facts: z.array(Fact).min(1).max(500000),
  lists: z.array(TextList).max(100000),
  groupings: z.array(Grouping).max(100000),
  relations: z.array(Relation).max(200000),
  /** Numerals in the source that are names or numbering, not figures, and why. */
  nonFigures: z.array(NonFigure).max(1000),
  /** The report's identities that could not be checked: a figure they read is blank or was not read. */
  unchecked: z
    .array(z.strictObject({ id: Id, label: L10n, missing: z.array(Id).min(1).max(200) }))
    .max(10000)
    .optional(),
});

export const Dataset = DatasetShape.superRefine(refineDataset);
export type Dataset = z.infer<typeof DatasetShape>;

import { z } from 'zod';
import { Id, L10n } from '../data/schema';
import { LEVELS } from './levels';

/**
 * The library of reports the site ships, as its views have it: a catalogue of
 * every report and, per body and per year, a summary of its standard indicators,
 * all made from the open tables (fromTables.ts), never from every dataset; a
 * report's own dataset loads only when it is opened (or a point's quote is asked for).
 */

const Year = z.int().min(1990).max(2100);
const Format = z.enum(['free', '2019', '2021']);
const Count = z.int().nonnegative();

/** One report of the library. `data` is its dataset JSON, relative to the catalogue. */
export const LibraryEntry = z.strictObject({
  id: Id,
  body: Id,
  year: Year,
  format: Format,
  title: L10n,
  data: z.string().min(1).max(300),
  /** Its own identities: how many there are and how many fail (a finding about the report). */
  checks: z.strictObject({ total: z.int().nonnegative(), fails: z.int().nonnegative() }),
  facts: z.int().nonnegative(),
  /** For the review board (review/counts.ts): absent in reports kept before it was counted. */
  review: z
    .strictObject({
      holds: Count,
      errors: Count,
      confirm: Count,
      incomplete: Count,
      notRun: Count,
      drafted: Count,
      across: Count.optional(),
    })
    .optional(),
  /** How it was read: the file kind the importer read, or by hand (the seed report). */
  read: z.enum(['html', 'pdf', 'text', 'docx', 'hand']).optional(),
  /** The library's headline figures from its tables (search.ts#headlineOf); a figure not stated is absent. */
  headline: z
    .strictObject({
      new: z.number().finite().optional(),
      disclosed: z.number().finite().optional(),
      reviews: z.number().finite().optional(),
      lawsuits: z.number().finite().optional(),
      'in-force': z.number().finite().optional(),
    })
    .optional(),
});
export type LibraryEntry = z.infer<typeof LibraryEntry>;

/** Administrative level of a body (levels.ts). */
export const Level = z.enum(LEVELS);

/**
 * A body of the registry (reports/library.ts): canonical names in three languages,
 * its level, the region it belongs to, and the other names its reports give it
 * (matched on import: 洪泽区人民政府 is 淮安市洪泽区人民政府).
 */
export const Body = z.strictObject({
  id: Id,
  name: L10n,
  region: L10n,
  level: Level.optional(),
  parent: L10n.optional(),
  aliases: z.array(z.string().min(2).max(60)).max(20).optional(),
});
export type Body = z.infer<typeof Body>;

/**
 * An indicator a series or a comparison can show. `stated`: a fact id of the
 * 2021 format (2019 facts join through the crosswalk only where they mean the
 * same). `derived`: computed from stated ones, with its formula in words.
 */
export const Indicator = z.strictObject({
  id: Id,
  group: z.enum(['applications', 'outcomes', 'reviews', 'proactive', 'rates']),
  label: L10n,
  /** English noun for counts ("applications"); absent for amounts and rates. */
  noun: z.strictObject({ one: z.string(), other: z.string() }).optional(),
  /** Unit as the tables write it (件, 万元, %). */
  unit: z.string().max(10).optional(),
  kind: z.enum(['stated', 'derived']),
  /** For derived: numerator facts summed, over denominator facts summed (a share in %), or a plain sum. */
  numerator: z.array(Id).optional(),
  denominator: z.array(Id).optional(),
  formula: L10n.optional(),
  /**
   * A row of the statistics table of the reports before 2019: charted only for the years that print it,
   * beside the 2019+ indicator nearest to it (`beside`), with what makes it differ (`definition`).
   */
  table: z.literal('before-2019').optional(),
  beside: Id.optional(),
  definition: L10n.optional(),
});
export type Indicator = z.infer<typeof Indicator>;

export const Catalogue = z.strictObject({
  schemaVersion: z.literal(1),
  reports: z.array(LibraryEntry).max(100000),
  bodies: z.array(Body).max(100000),
  indicators: z.array(Indicator).max(500),
});
export type Catalogue = z.infer<typeof Catalogue>;

/**
 * A check of the report that reads a point's figures and does not hold: enough
 * to say so beside the value (what should hold, computed against stated) without
 * the report's dataset.
 */
export const FailingCheck = z.strictObject({
  id: Id,
  kind: z.enum(['sum', 'share', 'within', 'cover', 'balance', 'equal', 'count']),
  label: L10n,
  stated: z.number().finite(),
  computed: z.number().finite(),
  difference: z.number().finite(),
  unit: z.string().max(10).optional(),
});
export type FailingCheck = z.infer<typeof FailingCheck>;

/** One indicator of one report: the number, and where it comes from. */
export const Point = z.strictObject({
  value: z.number().finite(),
  /** The fact of the report's dataset that states it (for a derived value, every fact it reads). */
  facts: z.array(Id).min(1),
  /** Taken from a sentence of a free-text report, not from a table: shown as such. */
  fromText: z.literal(true).optional(),
  /** The report's own checks of the facts it reads: absent when they are not all checked and none fails. */
  check: z.enum(['holds', 'does-not-hold']).optional(),
  /** Those checks that do not hold. */
  failing: z.array(FailingCheck).max(50).optional(),
  /** A share's base (its denominator), so a rate is never shown without its n. */
  n: z.number().finite().optional(),
  /** The unit the report prints, where it is not the indicator's (an old table's 件 where most print 条). */
  unit: z.string().max(10).optional(),
});
export type Point = z.infer<typeof Point>;

export const ReportSummary = z.strictObject({
  report: Id,
  body: Id,
  year: Year,
  format: Format,
  /** Indicator id -> its point; an indicator the report does not state is absent (a gap, never 0). */
  values: z.record(Id, Point),
  /** Indicators whose cell is printed but blank, "/" or "—": not stated, kept apart from "absent". */
  blank: z.array(Id).optional(),
});
export type ReportSummary = z.infer<typeof ReportSummary>;

/** A body's reports, year by year (the trends view; read from the open tables). */
export const BodyFile = z.strictObject({ body: Body, reports: z.array(ReportSummary) });
export type BodyFile = z.infer<typeof BodyFile>;

/** Every report of a year (the compare view; read from the open tables). */
export const YearFile = z.strictObject({ year: Year, reports: z.array(ReportSummary) });
export type YearFile = z.infer<typeof YearFile>;

/**
 * The fixed vocabulary of the schema, kept apart from schema.ts so that code
 * needing only these lists does not pull the validator (zod) into the first
 * chunk; the validator loads with the data.
 */
export const LANGS = ['zh-Hant', 'zh-Hans', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * Dimensions a figure can be tagged with and filtered by: the hand-built report's
 * channel, category and level, and the standard tables' applicant type and outcome.
 */
export const DIMENSIONS = ['channel', 'category', 'level', 'applicant', 'outcome'] as const;
/** What the reader points at or selects: a dimension value (lit wherever it is tagged) or one figure. */
export interface Highlight {
  dimension: Dimension | 'fact';
  id: string;
}

export type Dimension = (typeof DIMENSIONS)[number];

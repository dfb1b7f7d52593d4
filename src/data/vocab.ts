/**
 * The fixed vocabulary of the schema, kept apart from schema.ts so that code
 * needing only these lists does not pull the validator (zod) into the first
 * chunk; the validator loads with the data.
 */
export const LANGS = ['zh-Hant', 'zh-Hans', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const DIMENSIONS = ['channel', 'category', 'level'] as const;
/** What the reader points at or selects: a dimension value (lit wherever it is tagged) or one figure. */
export interface Highlight {
  dimension: Dimension | 'fact';
  id: string;
}

export type Dimension = (typeof DIMENSIONS)[number];

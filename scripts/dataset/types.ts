import type { Tags } from '../../src/data/schema';

/** Labels are written in zh-Hant and English; zh-Hans is derived by OpenCC at build time. */
export type Text = readonly [zhHant: string, en: string];

/** A fact as authored: offsets are found by the build script, never typed by hand. */
export interface FactSpec {
  id: string;
  area: string;
  section: string;
  /** A clause of the source text that occurs exactly once (or give `nth`). */
  quote: string;
  nth?: number;
  /** The figure as written, found inside the quote at a digit boundary. */
  written: string;
  /** The numeral inside `written`; defaults to its digits. */
  valueText?: string;
  value?: number;
  unit?: string;
  approx?: 'more-than' | 'exceeds';
  ordinal?: boolean;
  date?: string;
  label: Text;
  note?: Text;
  tags?: Tags;
}

export interface ListSpec {
  id: string;
  area: string;
  kind: 'flow' | 'list';
  title: Text;
  section: string;
  partial?: boolean;
  loop?: boolean;
  /** The clause that holds the items; each item is found inside it. */
  quote: string;
  items: readonly (readonly [text: string, en: string])[];
}

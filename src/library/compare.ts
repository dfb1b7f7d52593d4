import { factsRead, indicatorById } from './indicators';
import { stateOf, type Format, type YearState } from './series';
import type { L10n } from '../data/schema';
import type { Body, Indicator, Point, ReportSummary, YearFile } from './types';

/**
 * One year, one indicator, one row per body asked for (in the order asked):
 * its value, or why there is none. A body with two reports in a year (none so
 * far) shows the first by report id.
 */

export interface CompareRow {
  body: Body;
  state: YearState;
  report?: string;
  format?: Format;
  point?: Point;
  /** The facts of the report the row reads: the point's, or the blank cell's. */
  facts: string[];
}

export function compareYear(file: YearFile, indicator: Indicator | string, bodies: readonly Body[]): CompareRow[] {
  const ind = typeof indicator === 'string' ? indicatorById(indicator) : indicator;
  if (!ind) throw new Error(`no indicator "${String(indicator)}"`);
  const byBody = new Map<string, ReportSummary>();
  for (const r of [...file.reports].sort((a, b) => (a.report < b.report ? -1 : a.report > b.report ? 1 : 0)))
    if (!byBody.has(r.body)) byBody.set(r.body, r);
  return bodies.map((body) => {
    const s = stateOf(byBody.get(body.id), ind.id);
    const facts = s.point ? s.point.facts : s.state === 'blank' ? factsRead(ind) : [];
    return { body, ...s, facts };
  });
}

/** Rows with values first, largest first (ties by body id); gaps after, in the order given. */
export function rankRows(rows: readonly CompareRow[]): CompareRow[] {
  const values = rows.filter((r) => r.point);
  const gaps = rows.filter((r) => !r.point);
  values.sort((a, b) => (b.point?.value ?? 0) - (a.point?.value ?? 0) || (a.body.id < b.body.id ? -1 : 1));
  return [...values, ...gaps];
}

/** The province (or municipality) a body belongs to: its id from the English region's last part, its name in each language. */
export function provinceOf(b: Body): { id: string; name: L10n } | undefined {
  const en = b.region.en.split(',').at(-1)?.trim();
  const zh = (s: string) => /^.+?(?:自治区|自治區|特别行政区|特別行政區|省|市)/.exec(s)?.[0];
  const [hans, hant] = [zh(b.region['zh-Hans']), zh(b.region['zh-Hant'])];
  if (!en || !hans || !hant) return undefined;
  return { id: en.toLowerCase().replace(/[^a-z]+/g, '-'), name: { en, 'zh-Hans': hans, 'zh-Hant': hant } };
}

export interface Ranked {
  row: CompareRow;
  /** Competition ranking: two bodies tied for 2nd are both 2nd, and the next is 4th. */
  rank: number;
  tied: boolean;
}

/** The rows with a value, ranked largest first, ties sharing a rank. */
export function rankWithTies(rows: readonly CompareRow[]): Ranked[] {
  const ranked = rankRows(rows).filter((r) => r.point);
  const values = ranked.map((r) => r.point?.value ?? 0);
  return ranked.map((row, i) => {
    const v = values[i] ?? 0;
    return {
      row,
      rank: values.filter((x) => x > v).length + 1,
      tied: values.filter((x) => x === v).length > 1,
    };
  });
}

import { indicatorById } from './indicators';
import type { BodyFile, Indicator, Point, ReportSummary } from './types';

/**
 * One body's indicator year by year, from its first report to its last. A gap
 * says why it is a gap: no report that year, a report that does not state the
 * indicator (free text, or a 2019 cell that means something else), or a cell
 * printed blank. A change is given only between two consecutive years that
 * both have a value.
 */

export type Format = ReportSummary['format'];
export type YearState = 'value' | 'no-report' | 'not-stated' | 'blank';

export interface SeriesYear {
  year: number;
  report?: string;
  point?: Point;
  state: YearState;
  format?: Format;
  /** This year's value minus last year's (percentage points for a share). */
  change?: number;
}

export interface Series {
  indicator: string;
  years: SeriesYear[];
  /** Years whose format differs from the report before (2019 and 2021 for 平潭). */
  formatChanges: number[];
}

const idOf = (indicator: Indicator | string) => (typeof indicator === 'string' ? indicator : indicator.id);

/** The state of one report for one indicator. */
export function stateOf(r: ReportSummary | undefined, indicator: string): Omit<SeriesYear, 'year' | 'change'> {
  if (!r) return { state: 'no-report' };
  const base = { report: r.report, format: r.format };
  const point = r.values[indicator];
  if (point) return { ...base, point, state: 'value' };
  return { ...base, state: r.blank?.includes(indicator) ? 'blank' : 'not-stated' };
}

export function formatChanges(reports: readonly ReportSummary[]): number[] {
  const sorted = [...reports].sort((a, b) => a.year - b.year);
  return sorted.flatMap((r, i) => {
    const before = sorted[i - 1];
    return before && before.format !== r.format ? [r.year] : [];
  });
}

export function buildSeries(file: BodyFile, indicator: Indicator | string): Series {
  const id = idOf(indicator);
  if (typeof indicator === 'string' && !indicatorById(id)) throw new Error(`no indicator "${id}"`);
  const byYear = new Map<number, ReportSummary>();
  for (const r of file.reports) if (!byYear.has(r.year)) byYear.set(r.year, r);
  const ind = typeof indicator === 'string' ? indicatorById(id) : indicator;
  // A row of the pre-2019 table spans only the years whose reports print it, not the body's later years.
  const years = [...byYear]
    .filter(([, r]) => !ind?.table || r.values[id] !== undefined || r.blank?.includes(id))
    .map(([y]) => y);
  if (years.length === 0) return { indicator: id, years: [], formatChanges: [] };
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const out: SeriesYear[] = [];
  for (let y = first; y <= last; y++) {
    const s: SeriesYear = { year: y, ...stateOf(byYear.get(y), id) };
    const before = out.at(-1)?.point;
    if (s.point && before) s.change = s.point.value - before.value;
    out.push(s);
  }
  const spanned = [...byYear.values()].filter((r) => r.year >= first && r.year <= last);
  return { indicator: id, years: out, formatChanges: formatChanges(spanned) };
}

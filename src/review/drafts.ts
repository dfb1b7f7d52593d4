import type { Dataset, Fact } from '../data/schema';
import type { ReportSummary } from '../library/types';
import { reviewKey } from './draftsQuery';
import { relationFacts } from './findings';

/**
 * A reader's review of the figures the importer drafted from free text:
 * confirmed, rejected (it leaves charts, checks and CSVs) or relabelled. A
 * review names its fact by id, offset and numeral, so it never lands on another
 * figure when a report is read again differently. The report's own text and
 * figures are never changed: a review is the reader's, kept beside the report.
 */

export type DraftVerdict = 'confirmed' | 'rejected' | 'relabelled';

export interface DraftReview {
  /** reviewKey(): the library's report or one of the reader's. */
  report: string;
  fact: string;
  offset: number;
  valueText: string;
  verdict: DraftVerdict;
  /** The reader's label, for 'relabelled'. */
  label?: string;
  /** ISO date and time of the review. */
  at: string;
  /** A rejection: the checks that left with the figure, by what the board counts (holds, to confirm, …). */
  removes?: Removed;
}

export interface Removed {
  holds: number;
  errors: number;
  confirm: number;
  notRun: number;
}

export { reviewKey };

export interface Reviewed {
  dataset: Dataset;
  /** The drafted figures the reader rejected, as they were drafted (to show and undo). */
  rejected: Fact[];
  /** Fact id -> its review, for every review that applies to this dataset. */
  verdicts: ReadonlyMap<string, DraftReview>;
}

const applies = (f: Fact | undefined, r: DraftReview): f is Fact =>
  f !== undefined && f.drafted === true && f.offset === r.offset && f.valueText === r.valueText;

/** The dataset as reviewed: rejected figures and everything that reads them gone, the rest marked reviewed. */
export function applyReviews(d: Dataset, reviews: readonly DraftReview[]): Reviewed {
  const byId = new Map(d.facts.map((f) => [f.id, f]));
  const verdicts = new Map<string, DraftReview>();
  for (const r of reviews) if (applies(byId.get(r.fact), r)) verdicts.set(r.fact, r);
  if (verdicts.size === 0) return { dataset: d, rejected: [], verdicts };
  const rejected: Fact[] = [];
  const facts: Fact[] = [];
  for (const f of d.facts) {
    const r = verdicts.get(f.id);
    if (!r) facts.push(f);
    else if (r.verdict === 'rejected') rejected.push(f);
    else {
      const rest = { ...f };
      delete rest.drafted;
      const label =
        r.verdict === 'relabelled' && r.label ? { 'zh-Hant': r.label, 'zh-Hans': r.label, en: r.label } : f.label;
      facts.push({ ...rest, label, reviewed: r.verdict } as Fact);
    }
  }
  const gone = new Set(rejected.map((f) => f.id));
  const keeps = (ids: readonly string[]) => ids.every((id) => !gone.has(id));
  const dataset: Dataset = {
    ...d,
    meta: { ...d.meta, headline: d.meta.headline.filter((id) => !gone.has(id)) },
    facts,
    relations: d.relations.filter((r) => keeps(relationFacts(r))),
    groupings: d.groupings
      .map((g) => ({ ...g, bars: g.bars.filter((b) => keeps([b.fact, ...(b.share ? [b.share] : [])])) }))
      .filter((g) => g.bars.length > 0),
    ...(d.unchecked ? { unchecked: d.unchecked.filter((u) => keeps(u.missing)) } : {}),
  };
  return { dataset, rejected, verdicts };
}

/** Report key -> the facts the reader rejected in it, for the library's views (trends, compare). */
export function rejectedByReport(reviews: readonly DraftReview[]): ReadonlyMap<string, ReadonlySet<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of reviews)
    if (r.verdict === 'rejected') {
      const set = out.get(r.report) ?? new Set<string>();
      set.add(r.fact);
      out.set(r.report, set);
    }
  return out;
}

export interface ReviewedCounts extends Removed {
  /** Drafted figures reviewed. */
  drafted: number;
}

/** Report key -> how many of its drafted figures the reader reviewed, and the checks their rejection removed. */
export function reviewedByReport(reviews: readonly DraftReview[]): ReadonlyMap<string, ReviewedCounts> {
  const out = new Map<string, ReviewedCounts>();
  for (const r of reviews) {
    const c = out.get(r.report) ?? { drafted: 0, holds: 0, errors: 0, confirm: 0, notRun: 0 };
    c.drafted += 1;
    for (const k of ['holds', 'errors', 'confirm', 'notRun'] as const) c[k] += r.removes?.[k] ?? 0;
    out.set(r.report, c);
  }
  return out;
}

/** Summaries without the values read from a figure the reader rejected: that year becomes a gap (not stated). */
export function dropRejected(
  reports: ReportSummary[],
  isMine: (r: ReportSummary) => boolean,
  rejected: ReadonlyMap<string, ReadonlySet<string>>,
): ReportSummary[] {
  if (rejected.size === 0) return reports;
  return reports.map((r) => {
    const gone = rejected.get(reviewKey(isMine(r), r.report));
    if (!gone) return r;
    const values = Object.fromEntries(Object.entries(r.values).filter(([, p]) => !p.facts.some((id) => gone.has(id))));
    return { ...r, values };
  });
}

import type { Dataset } from '../data/schema';
import { reviewFindings } from './findings';

/**
 * What the review board shows of one report, counted once when the report is
 * read (the library's build, an import): its checks by what an office does with
 * them, parts not read, and figures drafted from free text not yet reviewed.
 */
export interface ReviewCounts {
  holds: number;
  errors: number;
  confirm: number;
  incomplete: number;
  notRun: number;
  drafted: number;
  /** Across-year identities where this report is the later year and they fail; absent when not computed. */
  across?: number;
}

export function reviewCounts(d: Dataset, across?: number): ReviewCounts {
  const c = reviewFindings(d).counts;
  return {
    holds: c.hold,
    errors: c.errors,
    confirm: c.confirm,
    incomplete: c.incomplete,
    notRun: c.notRun,
    drafted: d.facts.filter((f) => f.drafted === true).length,
    ...(across === undefined ? {} : { across }),
  };
}

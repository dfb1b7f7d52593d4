import type { QueryClient } from '@tanstack/react-query';
import type { Dataset, Fact } from '../data/schema';
import { applyReviews, type DraftReview, type DraftVerdict, type Removed } from './drafts';
import { reviewFindings } from './findings';
import { reviewsChanged } from './draftsQuery';

/** A review saved (or undone) in IndexedDB; every view reads the reviews again. */
export async function reviewDraft(
  client: QueryClient,
  dataset: Dataset,
  report: string,
  fact: Fact,
  verdict: DraftVerdict | null,
  label?: string,
): Promise<void> {
  const db = await import('./draftsDb');
  if (verdict === null) {
    await db.removeReview(report, fact.id);
    await reviewsChanged(client);
    return;
  }
  const review: DraftReview = {
    report,
    fact: fact.id,
    offset: fact.offset,
    valueText: fact.valueText,
    verdict,
    ...(label ? { label } : {}),
    at: new Date().toISOString(),
  };
  await db.putReview(verdict === 'rejected' ? { ...review, removes: removedBy(dataset, review) } : review);
  await reviewsChanged(client);
}

/** The checks a rejection takes away, counted as the board counts them (it never reads the dataset). */
export function removedBy(d: Dataset, r: DraftReview): Removed {
  const before = reviewFindings(d).counts;
  const after = reviewFindings(applyReviews(d, [r]).dataset).counts;
  return {
    holds: before.hold - after.hold,
    errors: before.errors - after.errors,
    confirm: before.confirm - after.confirm,
    notRun: before.notRun - after.notRun,
  };
}

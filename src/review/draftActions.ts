import type { QueryClient } from '@tanstack/react-query';
import type { Fact } from '../data/schema';
import type { DraftVerdict } from './drafts';
import { reviewsChanged } from './draftsQuery';

/** A review saved (or undone) in IndexedDB; every view reads the reviews again. */
export async function reviewDraft(
  client: QueryClient,
  report: string,
  fact: Fact,
  verdict: DraftVerdict | null,
  label?: string,
): Promise<void> {
  const db = await import('./draftsDb');
  if (verdict === null) await db.removeReview(report, fact.id);
  else
    await db.putReview({
      report,
      fact: fact.id,
      offset: fact.offset,
      valueText: fact.valueText,
      verdict,
      ...(label ? { label } : {}),
      at: new Date().toISOString(),
    });
  await reviewsChanged(client);
}

import Dexie, { type EntityTable } from 'dexie';
import { reviewKey, type DraftReview } from './drafts';
import { REVIEWS_DB } from './draftsQuery';

/**
 * The reader's reviews of drafted figures, in IndexedDB (Dexie): one row per
 * report and fact. Apart from My reports, since the library's reports are
 * reviewed too; removing one of the reader's reports removes its reviews.
 */

class ReviewsDb extends Dexie {
  drafts!: EntityTable<DraftReview, 'report'>;
  constructor() {
    super(REVIEWS_DB);
    this.version(1).stores({ drafts: '[report+fact], report' });
  }
}

let db: ReviewsDb | undefined;
const open = () => (db ??= new ReviewsDb());

export { applyReviews } from './drafts';

export const allReviews = (): Promise<DraftReview[]> => open().drafts.toArray();

export async function putReview(r: DraftReview): Promise<void> {
  await open().drafts.put(r);
}

export async function removeReview(report: string, fact: string): Promise<void> {
  await open().drafts.where('[report+fact]').equals([report, fact]).delete();
}

/** The reviews of the reader's reports `ids` (all of them when absent), as those reports are removed. */
export async function removeMineReviews(ids?: readonly string[]): Promise<void> {
  const rows = open().drafts.where('report');
  await (ids ? rows.anyOf(ids.map((id) => reviewKey(true, id))) : rows.startsWith(reviewKey(true, ''))).delete();
}

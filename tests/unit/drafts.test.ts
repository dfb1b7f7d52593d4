import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parse';
import { reconcile } from '../../src/data/reconcile';
import type { Dataset, Fact } from '../../src/data/schema';
import { Catalogue, type ReportSummary } from '../../src/library/types';
import { boardRows } from '../../src/review/board';
import { tablesCatalogue } from './library/fixtures';
import { removedBy } from '../../src/review/draftActions';
import { reviewFindings } from '../../src/review/findings';
import {
  applyReviews,
  dropRejected,
  rejectedByReport,
  reviewedByReport,
  reviewKey,
  type DraftReview,
  type DraftVerdict,
} from '../../src/review/drafts';

const load = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Dataset;
const pingtan = load('public/data/library/pingtan-2022.json');
const fact = (d: Dataset, id: string) => d.facts.find((f) => f.id === id) as Fact;
const review = (f: Fact, verdict: DraftVerdict, label?: string): DraftReview => ({
  report: reviewKey(false, 'pingtan-2022'),
  fact: f.id,
  offset: f.offset,
  valueText: f.valueText,
  verdict,
  ...(label ? { label } : {}),
  at: '2026-12-03T09:00:00.000Z',
});

describe('reviewing drafted figures', () => {
  // 平潭 2022's text says 75 new applications (text.9), its table 74: the check reads the drafted figure.
  const seventyFive = fact(pingtan, 'text.9');

  it('a rejected figure leaves the dataset with every check that reads it; the report is otherwise untouched', () => {
    expect(seventyFive.drafted).toBe(true);
    expect(seventyFive.valueText).toBe('75');
    const before = reconcile(pingtan).map((r) => r.relation.id);
    expect(before).toContain('text.9.restates.applications.new.all');
    const out = applyReviews(pingtan, [review(seventyFive, 'rejected')]);
    expect(out.dataset.facts.some((f) => f.id === 'text.9')).toBe(false);
    expect(out.rejected.map((f) => f.id)).toEqual(['text.9']);
    const after = reconcile(out.dataset).map((r) => r.relation.id);
    expect(after).toEqual(before.filter((id) => id !== 'text.9.restates.applications.new.all'));
    expect(out.dataset.facts).toHaveLength(pingtan.facts.length - 1);
    // Still a valid dataset: nothing points at the figure that left.
    expect(parseDataset(out.dataset).ok).toBe(true);
  });

  it('a confirmed figure is no longer drafted; a relabelled one takes the reader’s label in every language', () => {
    const other = pingtan.facts.filter((f) => f.drafted)[0]!;
    const out = applyReviews(pingtan, [
      review(seventyFive, 'confirmed'),
      review(other, 'relabelled', '信息公开工作机构'),
    ]);
    expect(fact(out.dataset, 'text.9')).toMatchObject({ reviewed: 'confirmed', value: 75 });
    expect(fact(out.dataset, 'text.9').drafted).toBeUndefined();
    expect(fact(out.dataset, other.id).label).toEqual({
      'zh-Hant': '信息公开工作机构',
      'zh-Hans': '信息公开工作机构',
      en: '信息公开工作机构',
    });
    expect(out.dataset.facts.filter((f) => f.drafted)).toHaveLength(pingtan.facts.filter((f) => f.drafted).length - 2);
    expect(parseDataset(out.dataset).ok).toBe(true);
  });

  it('a review lands only on the figure it was made for: another report, offset or numeral is ignored', () => {
    const r = review(seventyFive, 'rejected');
    for (const stale of [
      { ...r, offset: r.offset + 1 },
      { ...r, valueText: '74' },
      { ...r, fact: 'applications.new.all' },
    ]) {
      const out = applyReviews(pingtan, [stale]);
      expect(out.dataset).toBe(pingtan);
      expect(out.rejected).toEqual([]);
    }
  });

  it('trends and compare lose a value read from a rejected figure: that year is a gap, the reader’s import apart', () => {
    const summary = (report: string): ReportSummary => ({
      report,
      body: 'x',
      year: 2012,
      format: 'free',
      values: {
        'applications.new.all': { value: 75, facts: ['text.9'], fromText: true },
        'proactive.total': { value: 10, facts: ['proactive.total'] },
      },
    });
    const reports = [summary('pingtan-2022'), summary('other-2022')];
    const rejected = rejectedByReport([review(seventyFive, 'rejected'), review(seventyFive, 'confirmed')]);
    const out = dropRejected(reports, () => false, rejected);
    expect(Object.keys(out[0]!.values)).toEqual(['proactive.total']);
    expect(out[1]).toBe(reports[1]);
    // The reader's own report of the same id is another report: the library's review does not reach it.
    expect(dropRejected(reports, () => true, rejected)).toEqual(reports);
  });

  it('the board counts the drafted figures not yet reviewed', async () => {
    const catalogue = Catalogue.parse(await tablesCatalogue());
    const drafted = (rows: ReturnType<typeof boardRows>) =>
      rows.find((r) => r.entry.id === 'pingtan-2022')?.counts.drafted;
    const all = drafted(boardRows(catalogue, 'en'));
    expect(all).toBe(pingtan.facts.filter((f) => f.drafted).length);
    const reviewed = reviewedByReport([
      review(seventyFive, 'rejected'),
      { ...review(seventyFive, 'confirmed'), fact: 'text.1' },
    ]);
    expect(drafted(boardRows(catalogue, 'en', reviewed))).toBe(all! - 2);
  });

  it('a rejected figure takes its checks off the board too: 平潭 2022 has nothing left to confirm', async () => {
    const catalogue = Catalogue.parse(await tablesCatalogue());
    const row = (rows: ReturnType<typeof boardRows>) => rows.find((r) => r.entry.id === 'pingtan-2022')?.counts;
    const before = row(boardRows(catalogue, 'en'))!;
    expect(before.confirm).toBe(1);
    const r = review(seventyFive, 'rejected');
    const removes = removedBy(pingtan, r);
    // The restated 75 against the table's 74 fails: one to confirm leaves, nothing else.
    expect(removes).toEqual({ holds: 0, errors: 0, confirm: 1, notRun: 0 });
    const after = row(boardRows(catalogue, 'en', reviewedByReport([{ ...r, removes }])))!;
    expect(after).toMatchObject({
      confirm: 0,
      holds: before.holds,
      errors: before.errors,
      drafted: before.drafted! - 1,
    });
    // As the report's own Checks count it once the figure is rejected.
    expect(reviewFindings(applyReviews(pingtan, [r]).dataset).counts.confirm).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateRelation, reconcile } from '../../src/data/reconcile';
import type { Dataset, Relation } from '../../src/data/schema';
import { dataset } from './helpers';

const results = reconcile(dataset);
const byId = new Map(results.map((r) => [r.relation.id, r]));

describe('reconciliation of the 2018 report', () => {
  it('evaluates every declared relation', () => {
    expect(results).toHaveLength(dataset.relations.length);
  });

  it('finds the eight categories add up exactly to 467,328', () => {
    expect(byId.get('categories-sum-to-total')).toMatchObject({ verdict: 'exact', stated: 467328, computed: 467328 });
  });

  it('finds the category shares add to 100.04 %, within rounding', () => {
    const r = byId.get('category-shares-sum-to-100');
    expect(r?.verdict).toBe('rounding');
    expect(r?.computed).toBeCloseTo(100.04, 10);
  });

  it('finds each stated share within rounding of count / total', () => {
    const shares = results.filter((r) => r.relation.kind === 'share');
    expect(shares).toHaveLength(8);
    for (const r of shares) expect(r.verdict).toBe('rounding');
    expect(byId.get('share-work-updates')?.computed).toBeCloseTo(45.1661, 4);
  });

  it('says the Weibo posts of city and districts fall 2,000 short of the Weibo total', () => {
    expect(byId.get('weibo-posts-sum')).toMatchObject({
      verdict: 'fails',
      stated: 28805,
      computed: 26805,
      difference: -2000,
    });
  });

  it('says the WeChat posts fall 1 short of the WeChat total', () => {
    expect(byId.get('wechat-posts-sum')).toMatchObject({
      verdict: 'fails',
      stated: 10309,
      computed: 10308,
      difference: -1,
    });
  });

  it('finds the overlapping channels exceed the total by 121,304', () => {
    expect(byId.get('channels-cover-total')).toMatchObject({ verdict: 'exact', difference: 121304 });
  });

  it('finds the 565 fair-competition reviews add up by type', () => {
    expect(byId.get('fair-competition-sum')).toMatchObject({ verdict: 'exact', computed: 565 });
  });

  it('finds the named lists match their counts', () => {
    const counts = results.filter((r) => r.relation.kind === 'count');
    expect(counts.map((r) => [r.relation.id, r.verdict])).toEqual(counts.map((r) => [r.relation.id, 'exact']));
  });

  it('tallies 13 exact, 9 within rounding, 2 failing', () => {
    const tally = (v: string) => results.filter((r) => r.verdict === v).length;
    expect([tally('exact'), tally('rounding'), tally('fails')]).toEqual([13, 9, 2]);
  });
});

describe('relation kinds on small cases', () => {
  const q = (id: string, value: number, valueText = String(value), unit = '條') =>
    ({ id, area: 'a', kind: 'quantity', value, valueText, unit }) as unknown as Dataset['facts'][number];
  const d = {
    facts: [q('a', 10), q('b', 5), q('c', 6), q('pct', 33.3, '33.3', '%'), q('big', 30)],
    lists: [{ id: 'l', items: [{}, {}] }],
  } as unknown as Pick<Dataset, 'facts' | 'lists'>;
  const run = (r: Partial<Relation>) => evaluateRelation({ id: 'r', label: {}, ...r } as Relation, d);

  it('a "within" fails when the part exceeds the total', () => {
    expect(run({ kind: 'within', parts: ['a'], total: 'b' })).toMatchObject({ verdict: 'fails', difference: -5 });
  });
  it('a share outside rounding fails', () => {
    expect(run({ kind: 'share', share: 'pct', part: 'a', whole: 'big' })?.verdict).toBe('rounding');
    expect(run({ kind: 'share', share: 'pct', part: 'b', whole: 'big' })?.verdict).toBe('fails');
  });
  it('a count fails when the list is longer', () => {
    expect(run({ kind: 'count', fact: 'b', list: 'l' })).toMatchObject({ verdict: 'fails', computed: 2, stated: 5 });
  });
  it('an integer sum off by one fails (no rounding for counts)', () => {
    expect(run({ kind: 'sum', parts: ['b', 'c'], total: 'a' })).toMatchObject({ verdict: 'fails', difference: 1 });
  });
  it('a relation that reads a missing fact is skipped, not thrown', () => {
    expect(run({ kind: 'sum', parts: ['nope'], total: 'a' })).toBeNull();
  });
});

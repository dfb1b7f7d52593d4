import { describe, expect, it } from 'vitest';
import { compareYear, provinceOf, rankRows, rankWithTies } from '../../../src/library/compare';
import type { YearFile } from '../../../src/library/types';
import { BODIES } from '../../../reports/library';
import { body, summary, yearFile } from './fixtures';

const T = 120_000;

describe('compareYear', () => {
  const file: YearFile = {
    year: 2021,
    reports: [
      summary('b', 2021, '2021', { 'rates.disclosed': 40 }),
      summary('a', 2021, '2021', { 'rates.disclosed': 25 }),
      summary('c', 2021, '2021', {}, ['applications.total.all']),
      summary('d', 2021, '2021', {}),
    ],
  };
  const bodies = ['a', 'b', 'c', 'd', 'e'].map(body);

  it('gives one row per body asked for, in that order: a value with its facts, or why there is none', () => {
    const rows = compareYear(file, 'rates.disclosed', bodies);
    expect(rows.map((r) => [r.body.id, r.state, r.point?.value, r.report])).toEqual([
      ['a', 'value', 25, 'a-2021'],
      ['b', 'value', 40, 'b-2021'],
      ['c', 'not-stated', undefined, 'c-2021'],
      ['d', 'not-stated', undefined, 'd-2021'],
      ['e', 'no-report', undefined, undefined],
    ]);
    expect(rows[0]?.facts).toEqual(['rates.disclosed']);
    const total = compareYear(file, 'applications.total.all', bodies);
    expect(total.map((r) => r.state)).toEqual(['not-stated', 'not-stated', 'blank', 'not-stated', 'no-report']);
    expect(total[2]?.facts).toEqual(['applications.total.all']);
    expect(() => compareYear(file, 'nothing', bodies)).toThrow(/no indicator/);
  });

  it('ranks with ties: two bodies with the same value share a rank and the next skips one', () => {
    const tied: YearFile = {
      year: 2021,
      reports: [
        summary('a', 2021, '2021', { 'review.total': 3 }),
        summary('b', 2021, '2021', { 'review.total': 7 }),
        summary('c', 2021, '2021', { 'review.total': 3 }),
        summary('d', 2021, '2021', { 'review.total': 1 }),
        summary('e', 2021, '2021', {}),
      ],
    };
    const ranked = rankWithTies(compareYear(tied, 'review.total', bodies));
    expect(ranked.map((r) => [r.row.body.id, r.rank, r.tied])).toEqual([
      ['b', 1, false],
      ['a', 2, true],
      ['c', 2, true],
      ['d', 4, false],
    ]);
  });

  it('knows each registered body’s province in three languages', () => {
    const provinces = BODIES.map((b) => [b.id, provinceOf(b)?.id, provinceOf(b)?.name['zh-Hans']]);
    expect(provinces).toContainEqual(['pingtan', 'fujian', '福建省']);
    expect(provinces).toContainEqual(['hongze', 'jiangsu', '江苏省']);
    expect(provinces).toContainEqual(['shanghai-office', 'shanghai', '上海市']);
    for (const b of BODIES) expect(provinceOf(b)?.name['zh-Hant'], b.id).toMatch(/[省市區区]$/);
  });

  it('ranks values first, largest first, gaps after in the order given', () => {
    const ranked = rankRows(compareYear(file, 'rates.disclosed', bodies));
    expect(ranked.map((r) => r.body.id)).toEqual(['b', 'a', 'c', 'd', 'e']);
  });

  it(
    'the real 2025: 平潭 and 沭阳 side by side, the others without a report',
    async () => {
      const rows = compareYear(await yearFile(2025), 'applications.new.all', BODIES);
      expect(rows.map((r) => [r.body.id, r.point?.value ?? r.state])).toEqual([
        ['luzhou', 'no-report'],
        ['pingtan', 154],
        ['hongze', 'no-report'],
        ['shanghai-office', 'no-report'],
        ['shuyang', 713],
      ]);
      const rate = compareYear(await yearFile(2025), 'rates.review-corrected', BODIES);
      expect(rate[1]?.point?.value).toBeCloseTo((3 / 36) * 100, 10);
      expect(rate[1]?.facts).toEqual(['review.corrected', 'review.total']);
    },
    T,
  );
});

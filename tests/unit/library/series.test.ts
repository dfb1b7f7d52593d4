import { describe, expect, it } from 'vitest';
import { buildSeries } from '../../../src/library/series';
import type { BodyFile } from '../../../src/library/types';
import { body, bodyFile, summary } from './fixtures';

const T = 120_000;

/** A body with a 2019-format year, a missing year, then 2021-format years; one blank cell. */
const file: BodyFile = {
  body: body('x'),
  reports: [
    summary('x', 2022, '2021', { 'applications.new.all': 12, 'proactive.rules.in-force': 4 }),
    summary('x', 2019, '2019', { 'applications.new.all': 10 }),
    summary('x', 2021, '2021', { 'proactive.rules.in-force': 3 }, ['applications.new.all']),
    summary('x', 2023, '2021', { 'applications.new.all': 15, 'proactive.rules.in-force': 4 }),
  ],
};

describe('buildSeries', () => {
  it('covers every year from the first report to the last and says why a year is a gap', () => {
    const s = buildSeries(file, 'applications.new.all');
    expect(s.years.map((y) => [y.year, y.state, y.point?.value, y.format, y.report])).toEqual([
      [2019, 'value', 10, '2019', 'x-2019'],
      [2020, 'no-report', undefined, undefined, undefined],
      [2021, 'blank', undefined, '2021', 'x-2021'],
      [2022, 'value', 12, '2021', 'x-2022'],
      [2023, 'value', 15, '2021', 'x-2023'],
    ]);
    // A change only between consecutive years that both have a value.
    expect(s.years.map((y) => y.change)).toEqual([undefined, undefined, undefined, undefined, 3]);
    expect(s.formatChanges).toEqual([2021]);
  });

  it('a report without the indicator is “not stated”, not 0', () => {
    const s = buildSeries(file, 'proactive.rules.in-force');
    expect(s.years.map((y) => y.state)).toEqual(['not-stated', 'no-report', 'value', 'value', 'value']);
    expect(s.years.map((y) => y.change)).toEqual([undefined, undefined, undefined, 1, 0]);
  });

  it('refuses an indicator that does not exist', () => {
    expect(() => buildSeries(file, 'applications.nothing')).toThrow(/no indicator/);
    expect(buildSeries({ body: body('y'), reports: [] }, 'applications.new.all').years).toEqual([]);
  });

  it(
    '平潭 2011-2025: the format changes in 2019 and 2021; only “same” cells of 2019 join a 2021 series',
    async () => {
      const pingtan = await bodyFile('pingtan');
      const news = buildSeries(pingtan, 'applications.new.all');
      expect(news.formatChanges).toEqual([2019, 2021]);
      expect(news.years.map((y) => (y.point ? y.point.value : y.state))).toEqual([
        ...Array<string>(8).fill('not-stated'),
        23,
        21,
        70,
        74,
        81,
        218,
        154,
      ]);
      expect(news.years.find((y) => y.year === 2021)?.change).toBe(49);
      // 2019's 对外公开总数量 (89 normative documents, crosswalk kind 'none') never joins 现行有效件数.
      const inForce = buildSeries(pingtan, 'proactive.normative-docs.in-force');
      expect(inForce.years.filter((y) => y.state === 'value').map((y) => [y.year, y.point?.value])).toEqual([
        [2021, 665],
        [2022, 698],
        [2023, 470],
        [2024, 440],
        [2025, 546],
      ]);
      expect(inForce.years.find((y) => y.year === 2019)?.state).toBe('not-stated');
      // Decisions kept their meaning (crosswalk 'same'): 2019 joins.
      const licensing = buildSeries(pingtan, 'proactive.licensing.decisions');
      expect(licensing.years.find((y) => y.year === 2019)?.point?.value).toBe(181);
      expect(licensing.years.find((y) => y.year === 2021)?.change).toBe(2293 - 278);
    },
    T,
  );
});

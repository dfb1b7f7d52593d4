import { describe, expect, it } from 'vitest';
import type { QuantityFact } from '../../../src/data/schema';
import { CROSSWALK_OLD, oldCrosswalk } from '../../../src/import/crosswalkOld';
import { INDICATORS, indicatorById } from '../../../src/library/indicators';
import { buildSeries } from '../../../src/library/series';
import { bodyFile, catalogue, dataset } from './fixtures';

const T = 120_000;
const OLD_YEARS = [2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018];

describe('the pre-2019 statistics table', () => {
  it(
    'every row the library prints either joins a standard indicator with a reason or stands alone with one',
    async () => {
      const seen = new Set<string>();
      for (const year of OLD_YEARS)
        for (const f of (await dataset(`pingtan-${year}`)).facts)
          if (f.id.startsWith('old.') && !/\.row-\d+\./.test(f.id)) seen.add(f.id);
      expect(seen.size).toBeGreaterThan(40);
      for (const id of seen) {
        const c = oldCrosswalk(id);
        expect(c, id).toBeDefined();
        expect(c?.reason.length, id).toBeGreaterThan(20);
        // A join names a standard indicator; standing apart names the one it is drawn beside, if any.
        const to = c?.kind === 'same' ? c.to : c?.beside;
        if (to) expect(indicatorById(to)?.table, `${id} -> ${to}`).toBeUndefined();
        if (to) expect(indicatorById(to), `${id} -> ${to}`).toBeDefined();
      }
      for (const c of CROSSWALK_OLD) expect(c.reason, c.slug).toMatch(/\S/);
    },
    T,
  );

  it('charts each of its rows as a series of its own, beside the standard one, with its definition', async () => {
    const old = INDICATORS.filter((i) => i.table === 'before-2019');
    expect(old.length).toBeGreaterThanOrEqual(10);
    for (const i of old) {
      const c = oldCrosswalk(i.id);
      // None means exactly a standard indicator, so none joins one.
      expect(c?.kind, i.id).toBe('apart');
      expect(i.beside ?? null).toBe(c?.kind === 'apart' ? c.beside : null);
      expect(i.definition?.en, i.id).toMatch(/before 2019/);
      expect(i.definition?.['zh-Hans'], i.id).toMatch(/2019 年前/);
    }
    // Placed just after the indicator it stands beside.
    const order = (await catalogue()).indicators.map((i) => i.id);
    expect(order.indexOf('old.requests.year')).toBe(order.indexOf('applications.new.all') + 1);
    expect(order.indexOf('old.reviews.year')).toBe(order.indexOf('review.total') + 1);
  });

  it(
    '平潭 shows 2011–2018 from its tables, each value the dataset’s own and only those years',
    async () => {
      const file = await bodyFile('pingtan');
      for (const id of [
        'old.proactive-info.year',
        'old.proactive-docs.year',
        'old.requests.year',
        'old.reviews.year',
      ]) {
        const s = buildSeries(file, id);
        expect(s.years.length, id).toBeGreaterThan(0);
        for (const y of s.years) {
          expect(y.year, id).toBeLessThanOrEqual(2018);
          const fact = (await dataset(`pingtan-${y.year}`)).facts.find((f) => f.id === id) as QuantityFact | undefined;
          // A value is the report's printed number; a gap is a year whose table has no such row.
          if (y.point) expect(y.point.value, `${id} ${y.year}`).toBe(fact?.value);
          else expect(fact?.kind === 'quantity' ? fact.value : undefined, `${id} ${y.year}`).toBeUndefined();
        }
      }
      const years = new Set(
        ['old.proactive-info.year', 'old.proactive-docs.year'].flatMap((id) =>
          buildSeries(file, id)
            .years.filter((y) => y.point)
            .map((y) => y.year),
        ),
      );
      expect([...years].sort()).toEqual(OLD_YEARS);
      // 2011 prints reviews in 条, the later years in 件: the unit travels with the value.
      const reviews = buildSeries(file, 'old.reviews.year').years;
      expect(reviews.find((y) => y.year === 2011)?.point?.unit).toBe('条');
      expect(reviews.find((y) => y.year === 2012)?.point?.unit).toBeUndefined();
    },
    T,
  );
});

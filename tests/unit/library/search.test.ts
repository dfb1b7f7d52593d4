import { describe, expect, it } from 'vitest';
import { headlineOf, matches, queryWords, searchText } from '../../../src/library/search';
import { parseSort, sortEntries, sortParam } from '../../../src/panels/library/sort';
import { bodyFile, catalogue } from './fixtures';

const T = 120_000;

async function find(q: string): Promise<string[]> {
  const c = await catalogue();
  const bodies = new Map(c.bodies.map((b) => [b.id, b]));
  const words = queryWords(q);
  return c.reports.filter((r) => matches(searchText(r, bodies.get(r.body)), words)).map((r) => r.id);
}

describe('the library search', () => {
  it('cuts a query at spaces and where the script changes', () => {
    expect(queryWords('平潭2020')).toEqual(['平潭', '2020']);
    expect(queryWords(' hongze 2024 ')).toEqual(['hongze', '2024']);
    expect(queryWords('Hongze2024')).toEqual(['hongze', '2024']);
    expect(queryWords('“洪泽”，2023')).toEqual(['洪泽', '2023']);
    expect(queryWords('  ')).toEqual([]);
  });

  it(
    'finds a report in any language, by pinyin, and by body and year with or without a space',
    async () => {
      const hongze = ['hongze-2023', 'hongze-2024'];
      expect(await find('洪泽')).toEqual(hongze);
      expect(await find('洪澤')).toEqual(hongze);
      expect(await find('Hongze')).toEqual(hongze);
      expect(await find('hongze 2024')).toEqual(['hongze-2024']);
      expect(await find('hongze2024')).toEqual(['hongze-2024']);
      expect(await find('平潭2020')).toEqual(['pingtan-2020']);
      expect(await find('平潭 2020')).toEqual(['pingtan-2020']);
      expect(await find('pingtan')).toHaveLength((await bodyFile('pingtan')).reports.length);
      expect(await find('平潭 2010')).toEqual([]);
      expect(await find('')).toHaveLength((await catalogue()).reports.length);
    },
    T,
  );

  it(
    'gives headline figures from tables only, and sorts by them with the reports that state none last',
    async () => {
      const c = await catalogue();
      const bodies = new Map(c.bodies.map((b) => [b.id, b]));
      const p2021 = (await bodyFile('pingtan')).reports.find((r) => r.year === 2021);
      const entry = c.reports.find((r) => r.id === 'pingtan-2021');
      expect(entry?.headline).toEqual(headlineOf(p2021!));
      expect(entry?.headline?.new).toBe(p2021?.values['applications.new.all']?.value);
      expect(entry?.headline?.lawsuits).toBe(
        (p2021?.values['litigation-direct.total']?.value ?? NaN) +
          (p2021?.values['litigation-after-review.total']?.value ?? NaN),
      );
      // A number read from a sentence is no headline figure.
      expect(headlineOf({ values: { 'applications.new.all': { value: 12, facts: ['x'], fromText: true } } })).toEqual(
        {},
      );

      const byNew = sortEntries(c.reports, parseSort('new'), bodies, 'en');
      const values = byNew.map((r) => r.headline?.new);
      const stated = values.filter((v) => v !== undefined);
      expect(stated).toEqual([...stated].sort((a, b) => b - a));
      expect(values.slice(stated.length).every((v) => v === undefined)).toBe(true);
      const up = sortEntries(c.reports, parseSort('new.asc'), bodies, 'en').map((r) => r.headline?.new);
      expect(up.filter((v) => v !== undefined)).toEqual([...stated].reverse());
      expect(up.at(-1)).toBeUndefined();
      expect(sortParam(parseSort('new'))).toBe('new');
      expect(sortParam(parseSort('body.desc'))).toBe('body.desc');
      expect(parseSort('errors').column).toBeNull();
    },
    T,
  );
});

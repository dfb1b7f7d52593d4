import { describe, expect, it } from 'vitest';
import { synthesizeLibrary } from '../../../scripts/bench/synthLibrary';
import { BodyFile, Catalogue, YearFile } from '../../../src/library/types';
import { bodyFile, catalogue } from './fixtures';

const T = 120_000;

describe('the synthetic library for the benchmark', () => {
  it(
    'has exactly N reports in the real layout, is the same for the same seed, and keeps shares consistent',
    async () => {
      const [c, pingtan] = [await catalogue(), await bodyFile('pingtan')];
      const opts = { reports: 100, seed: 7, data: '../luzhou-2018.json' };
      const a = synthesizeLibrary(c, pingtan, opts);
      expect(synthesizeLibrary(c, pingtan, opts)).toEqual(a);
      expect(synthesizeLibrary(c, pingtan, { ...opts, seed: 8 })).not.toEqual(a);
      const cat = Catalogue.parse(JSON.parse(a.get('catalogue.json')!));
      expect(cat.reports).toHaveLength(100);
      expect(new Set(cat.reports.map((r) => r.id)).size).toBe(100);
      expect(cat.reports.every((r) => r.data === '../luzhou-2018.json')).toBe(true);
      let inBodies = 0;
      for (const b of cat.bodies) inBodies += BodyFile.parse(JSON.parse(a.get(`bodies/${b.id}.json`)!)).reports.length;
      expect(inBodies).toBe(100);
      const y = YearFile.parse(JSON.parse(a.get('years/2021.json')!));
      for (const r of y.reports) {
        const share = r.values['rates.disclosed'];
        const [num, den] = [r.values['applications.disclosed.all'], r.values['applications.total.all']];
        if (share && num && den) expect(share.value).toBeCloseTo((num.value / den.value) * 100, 9);
        expect(r.format).toBe('2021');
      }
    },
    T,
  );
});

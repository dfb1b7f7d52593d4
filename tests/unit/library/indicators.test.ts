import { describe, expect, it } from 'vitest';
import { toHant } from '../../../src/import/hant';
import { factsRead, INDICATORS, indicatorById } from '../../../src/library/indicators';
import { summarize } from '../../../src/library/summary';
import { Indicator } from '../../../src/library/types';
import { dataset } from './fixtures';

const T = 120_000;
const CJK = /[\u3400-\u9fff]/;

describe('the indicators', () => {
  it('validate, have unique ids, and say what they count', () => {
    for (const i of INDICATORS) expect(Indicator.safeParse(i).success, i.id).toBe(true);
    expect(new Set(INDICATORS.map((i) => i.id)).size).toBe(INDICATORS.length);
    const groups = new Set(INDICATORS.map((i) => i.group));
    expect([...groups]).toEqual(['applications', 'outcomes', 'reviews', 'proactive', 'rates']);
    expect(indicatorById('applications.new.all')?.noun).toEqual({ one: 'application', other: 'applications' });
    expect(indicatorById('proactive.fees.amount')).toMatchObject({ unit: '万元', kind: 'stated' });
    expect(indicatorById('proactive.fees.amount')?.noun).toBeUndefined();
    expect(indicatorById('review.total')?.noun?.other).toBe('cases');
  });

  it('write zh-Hant as OpenCC converts zh-Hans, and no Chinese in English', () => {
    for (const i of INDICATORS)
      for (const l of [i.label, i.formula, i.definition]) {
        if (!l) continue;
        expect(l['zh-Hant'], i.id).toBe(toHant(l['zh-Hans']));
        expect(CJK.test(l.en), `${i.id}: ${l.en}`).toBe(false);
      }
  });

  it('give every derived indicator its parts and a formula; rates are shares in %', () => {
    for (const i of INDICATORS.filter((x) => x.kind === 'derived')) {
      expect(i.numerator?.length, i.id).toBeGreaterThan(0);
      expect(i.formula, i.id).toBeDefined();
      expect(i.unit === '%', i.id).toBe(i.denominator !== undefined);
    }
    const rates = INDICATORS.filter((i) => i.group === 'rates');
    expect(rates.map((i) => i.id)).toEqual([
      'rates.disclosed',
      'rates.partly-disclosed',
      'rates.withheld',
      'rates.review-corrected',
    ]);
    expect(indicatorById('rates.withheld')?.numerator).toEqual(indicatorById('outcomes.withheld')?.numerator);
    expect(factsRead(indicatorById('rates.review-corrected')!)).toEqual(['review.corrected', 'review.total']);
    expect(indicatorById('rates.withheld')?.formula?.en).toBe(
      'Sum of the eight “withheld” rows (Part III(3)) ÷ total handled (Part III(7)), all applicants',
    );
  });

  it(
    'read only ids the importer writes: every stated indicator is a cell of the 2021 tables',
    async () => {
      const d = await dataset('pingtan-2025');
      const ids = new Set(d.facts.map((f) => f.id));
      const standard = INDICATORS.filter((i) => !i.table);
      for (const id of standard.flatMap(factsRead)) expect(ids.has(id), id).toBe(true);
      // And so a complete 2021 report states every standard indicator, and no row of the old table.
      const s = summarize(d, 'pingtan', 'pingtan-2025');
      expect(Object.keys(s.values)).toEqual(standard.map((i) => i.id));
    },
    T,
  );
});

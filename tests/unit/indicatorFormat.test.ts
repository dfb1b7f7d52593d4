import { describe, expect, it } from 'vitest';
import { indicatorById } from '../../src/library/indicators';
import {
  amountDecimals,
  inUnit,
  indicatorChange,
  indicatorShort,
  indicatorTick,
  indicatorValue,
  unitNote,
} from '../../src/panels/shared/indicatorFormat';

const fees = indicatorById('proactive.fees.amount')!;

describe('an amount reads in one unit, as the reports write it', () => {
  it('keeps 万元 in every language, never converted, its axis in the same unit', () => {
    expect(indicatorValue(fees, 4166.241619, 'en')).toBe('4,166.241619 × 10,000 yuan');
    expect(indicatorValue(fees, 4166.241619, 'zh-Hant', 2)).toBe('4,166.24萬元');
    expect(indicatorValue(fees, 4166.241619, 'zh-Hans', 2)).toBe('4,166.24万元');
    // 25,000 in 万元, said once under the chart; never "2.5万" of 万元, nor 250M yuan.
    expect(indicatorTick(fees, 25000, 25000, 'zh-Hans')).toBe('25,000');
    expect(indicatorTick(fees, 25000, 25000, 'en')).toBe('25,000');
    expect(indicatorChange(fees, -14484.82, 'en')).toBe('−14,484.82');
    expect(unitNote(fees, 'en')).toBe('In 万元 (10,000 yuan), as the reports write it.');
    expect(unitNote(indicatorById('applications.new.all')!, 'en')).toBeNull();
  });

  it('writes every value of a chart with one precision: as many decimals as the most needs, at most two', () => {
    const values = [24252.311082, 9116.36, 5949.088667, 18651.06, 7545];
    const d = amountDecimals(values);
    expect(d).toBe(2);
    expect(values.map((v) => indicatorShort(fees, v, 'en', d))).toEqual([
      '24,252.31',
      '9,116.36',
      '5,949.09',
      '18,651.06',
      '7,545.00',
    ]);
    expect(amountDecimals([12, 7545])).toBe(0);
    expect(amountDecimals([0.5, 3])).toBe(1);
  });

  it('follows a unit a report prints other than most (an old table’s 条 for 件), noun and all', () => {
    const reviews = indicatorById('old.reviews.year')!;
    expect(indicatorValue(reviews, 2, 'en')).toBe('2 cases');
    expect(indicatorValue(inUnit(reviews, '条'), 2, 'en')).toBe('2 items');
    expect(indicatorValue(inUnit(reviews, '条'), 2, 'zh-Hant')).toBe('2條');
    expect(indicatorValue(inUnit(reviews, '条'), 2, 'zh-Hans')).toBe('2条');
  });
});

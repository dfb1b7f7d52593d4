import { describe, expect, it } from 'vitest';
import { buildChartModel, largestBar } from '../../src/charts/model';
import type { Filters } from '../../src/data/selectors';
import { NO_FILTERS } from '../../src/data/url';
import { dataset } from './helpers';

const none: Filters = NO_FILTERS;
const grouping = (id: string) => {
  const g = dataset.groupings.find((x) => x.id === id);
  if (!g) throw new Error(id);
  return g;
};

describe('chart models', () => {
  it('draws the eight categories in report order with their stated shares', () => {
    const m = buildChartModel(grouping('proactive-by-category'), dataset, none, 'en');
    expect(m.bars.map((b) => b.value)).toEqual([1949, 2617, 121, 211074, 1506, 6146, 23059, 220856]);
    expect(m.bars[3]?.share).toMatchObject({ value: 45.2, written: '45.2 %' });
    expect(m.categories[0]?.label).toBe('Overview information');
    expect(m.dimension).toBe('category');
    expect(m.unit).toBe('條');
  });

  it('labels in the chosen language', () => {
    const m = buildChartModel(grouping('proactive-by-category'), dataset, none, 'zh-Hans');
    expect(m.title).toBe('主动公开政府信息：按类别');
    expect(m.categories.map((c) => c.label)).toContain('规范性文件');
  });

  it('narrows to the filtered bars and counts what it hid', () => {
    const m = buildChartModel(grouping('proactive-by-category'), dataset, { ...none, category: ['finance'] }, 'en');
    expect(m.bars.map((b) => b.factId)).toEqual(['proactive-finance']);
    expect(m.hidden).toBe(7);
  });

  it('is empty, not zero, when a filter matches nothing', () => {
    const m = buildChartModel(grouping('proactive-by-category'), dataset, { ...none, channel: ['weibo'] }, 'en');
    expect(m.bars).toEqual([]);
    expect(m.categories).toEqual([]);
  });

  it('groups new-media posts by channel and series', () => {
    const m = buildChartModel(grouping('posts-by-level'), dataset, none, 'en');
    expect(m.categories.map((c) => c.key)).toEqual(['weibo', 'wechat']);
    expect(m.series.map((s) => s.key)).toEqual(['city', 'district', 'total']);
    expect(m.bars.map((b) => [b.key, b.series, b.value])).toEqual([
      ['weibo', 'city', 21818],
      ['weibo', 'district', 4987],
      ['weibo', 'total', 28805],
      ['wechat', 'city', 9044],
      ['wechat', 'district', 1264],
      ['wechat', 'total', 10309],
    ]);
  });

  it('sums bars only where the dataset says the sum means something', () => {
    expect(buildChartModel(grouping('website-cluster'), dataset, none, 'en').sum).toBe(44);
    expect(buildChartModel(grouping('reading-visits-by-kind'), dataset, none, 'en').sum).toBe(652600);
    expect(buildChartModel(grouping('proactive-by-channel'), dataset, none, 'en').sum).toBeNull();
  });

  it('compares amounts written in 萬 as plain numbers', () => {
    const m = buildChartModel(grouping('reading-visits-by-kind'), dataset, none, 'en');
    expect(m.bars.map((b) => b.value)).toEqual([555800, 59500, 37300]);
    expect(largestBar(m)?.key).toBe('service-centres');
  });
});

describe('the source line of a chart', () => {
  it('names the chart’s sections even when the filters hide every bar', () => {
    const g = dataset.groupings.find((x) => x.id === 'proactive-by-category')!;
    expect(buildChartModel(g, dataset, { ...NO_FILTERS, channel: ['weibo'] }, 'en').sections).toEqual(['二']);
  });
});

import { describe, expect, it } from 'vitest';
import {
  countMatching,
  facetCounts,
  figureFacts,
  filterFacts,
  headlineFacts,
  indexDataset,
  isHighlighted,
  tagsMatch,
} from '../../src/data/selectors';
import type { Filters } from '../../src/data/selectors';
import { NO_FILTERS } from '../../src/data/url';
import { dataset } from './helpers';

const none: Filters = NO_FILTERS;

describe('filters', () => {
  it('keeps everything when no filter is set', () => {
    expect(filterFacts(dataset.facts, none)).toHaveLength(dataset.facts.length);
  });

  it('keeps facts tagged with any selected value of a dimension', () => {
    const ids = filterFacts(dataset.facts, { ...none, channel: ['weibo', 'wechat'] }).map((f) => f.id);
    expect(ids).toContain('channel-weibo');
    expect(ids).toContain('channel-wechat');
    expect(ids).toContain('accounts-city');
    expect(ids).not.toContain('channel-websites');
  });

  it('combines dimensions with AND', () => {
    const ids = filterFacts(dataset.facts, { ...none, channel: ['weibo'], level: ['district'] }).map((f) => f.id);
    expect(ids.sort()).toEqual(['accounts-district', 'weibo-posts-district']);
  });

  it('drops untagged facts once a dimension is filtered', () => {
    expect(tagsMatch(undefined, { ...none, level: ['city'] })).toBe(false);
    expect(tagsMatch(undefined, none)).toBe(true);
  });

  it('counts an area’s matching figures', () => {
    expect(countMatching(dataset, 'new-media', { ...none, level: ['district'] })).toEqual({ matching: 4, total: 9 });
  });

  it('counts, for each filter value, the figures it would show under the other filters', () => {
    expect(facetCounts(dataset, none, 'channel').get('bulletin-board')).toBeUndefined();
    expect(facetCounts(dataset, none, 'category').get('normative-docs')).toBe(4);
    // Under Weibo, only the categories Weibo figures carry have any; levels narrow to city and district.
    const weibo = { ...none, channel: ['weibo'] };
    expect(facetCounts(dataset, weibo, 'category').get('work-updates') ?? 0).toBe(0);
    expect(facetCounts(dataset, weibo, 'level')).toEqual(
      new Map([
        ['city', 3],
        ['district', 2],
      ]),
    );
    // A dimension's own filter does not narrow its counts (values of one dimension add up, OR).
    expect(facetCounts(dataset, weibo, 'channel').get('wechat')).toBe(
      facetCounts(dataset, none, 'channel').get('wechat'),
    );
  });
});

describe('what a panel shows', () => {
  it('shows as figures only facts no chart draws', () => {
    const ids = figureFacts(dataset, 'overview', none).map((f) => f.id);
    expect(ids).toContain('proactive-total');
    expect(ids).not.toContain('proactive-finance');
    expect(ids).not.toContain('proactive-finance-share');
  });

  it('puts every fact in a chart or a figure of its area', () => {
    const idx = indexDataset(dataset);
    const shown = new Set([
      ...idx.charted,
      ...dataset.areas.flatMap((a) => figureFacts(dataset, a.id, none).map((f) => f.id)),
    ]);
    expect(dataset.facts.filter((f) => !shown.has(f.id))).toEqual([]);
  });

  it('filters headline figures too', () => {
    expect(headlineFacts(dataset, none).map((f) => f.id)[0]).toBe('proactive-total');
    expect(headlineFacts(dataset, { ...none, channel: ['weibo'] }).map((f) => f.id)).toEqual(['channel-weibo']);
  });

  it('highlights facts carrying the hovered value', () => {
    expect(isHighlighted({ level: ['city', 'district'] }, { dimension: 'level', id: 'city' })).toBe(true);
    expect(isHighlighted({ level: ['city'] }, { dimension: 'channel', id: 'city' })).toBe(false);
    expect(isHighlighted({ level: ['city'] }, null)).toBe(false);
  });
});

import type { Area, Dataset, Dimension, Fact, Grouping, Tags, TextList } from './schema';
import { DIMENSIONS } from './vocab';
import type { KnownIds, ViewState } from './url';

/** Pure reads of a dataset. Nothing here knows about React or the store. */

export type Filters = Pick<ViewState, 'channel' | 'category' | 'level'>;

export interface DatasetIndex {
  factById: ReadonlyMap<string, Fact>;
  areaById: ReadonlyMap<string, Area>;
  factsByArea: ReadonlyMap<string, readonly Fact[]>;
  groupingsByArea: ReadonlyMap<string, readonly Grouping[]>;
  listsByArea: ReadonlyMap<string, readonly TextList[]>;
  /** Facts drawn in some chart (as a bar or a bar's stated share). */
  charted: ReadonlySet<string>;
  known: KnownIds;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = m.get(k);
    if (list) list.push(item);
    else m.set(k, [item]);
  }
  return m;
}

const indexes = new WeakMap<Dataset, DatasetIndex>();

/** Built once per dataset object and cached, so selectors stay cheap on every render. */
export function indexDataset(d: Dataset): DatasetIndex {
  const cached = indexes.get(d);
  if (cached) return cached;
  const charted = new Set<string>();
  for (const g of d.groupings)
    for (const b of g.bars) {
      charted.add(b.fact);
      if (b.share) charted.add(b.share);
    }
  const index: DatasetIndex = {
    factById: new Map(d.facts.map((f) => [f.id, f])),
    areaById: new Map(d.areas.map((a) => [a.id, a])),
    factsByArea: groupBy(d.facts, (f) => f.area),
    groupingsByArea: groupBy(d.groupings, (g) => g.area),
    listsByArea: groupBy(d.lists, (l) => l.area),
    charted,
    known: {
      areas: new Set(d.areas.map((a) => a.id)),
      facts: new Set(d.facts.map((f) => f.id)),
      channel: new Set(d.dimensions.channel.map((v) => v.id)),
      category: new Set(d.dimensions.category.map((v) => v.id)),
      level: new Set(d.dimensions.level.map((v) => v.id)),
    },
  };
  indexes.set(d, index);
  return index;
}

export function hasFilters(f: Filters): boolean {
  return f.channel.length + f.category.length + f.level.length > 0;
}

/** A filter on a dimension keeps the facts tagged with one of its values; untagged facts drop out. */
export function tagsMatch(tags: Tags | undefined, f: Filters): boolean {
  return DIMENSIONS.every((dim) => f[dim].length === 0 || (tags?.[dim] ?? []).some((t) => f[dim].includes(t)));
}

export function filterFacts(facts: readonly Fact[], f: Filters): Fact[] {
  return hasFilters(f) ? facts.filter((x) => tagsMatch(x.tags, f)) : [...facts];
}

/** Facts of an area shown as labelled figures: those no chart draws. */
export function figureFacts(d: Dataset, area: string, f: Filters): Fact[] {
  const idx = indexDataset(d);
  return filterFacts(idx.factsByArea.get(area) ?? [], f).filter((x) => !idx.charted.has(x.id));
}

export function headlineFacts(d: Dataset, f: Filters): Fact[] {
  const idx = indexDataset(d);
  return filterFacts(
    d.meta.headline.flatMap((id) => idx.factById.get(id) ?? []),
    f,
  );
}

export function countMatching(d: Dataset, area: string, f: Filters): { matching: number; total: number } {
  const all = indexDataset(d).factsByArea.get(area) ?? [];
  return { matching: filterFacts(all, f).length, total: all.length };
}

export interface Highlight {
  dimension: Dimension;
  id: string;
}

export function isHighlighted(tags: Tags | undefined, h: Highlight | null): boolean {
  return h !== null && (tags?.[h.dimension] ?? []).includes(h.id);
}

/** Label of a dimension value, or the id itself when the dataset does not know it. */
export function dimensionLabel(d: Dataset, dim: Dimension, id: string) {
  return d.dimensions[dim].find((v) => v.id === id)?.label ?? null;
}

const counts = new WeakMap<Dataset, Record<Dimension, Map<string, number>>>();

/** How many facts carry each dimension value, for the filter list. */
export function dimensionCounts(d: Dataset): Record<Dimension, Map<string, number>> {
  const cached = counts.get(d);
  if (cached) return cached;
  const out = {
    channel: new Map<string, number>(),
    category: new Map<string, number>(),
    level: new Map<string, number>(),
  };
  for (const f of d.facts)
    for (const dim of DIMENSIONS) for (const id of f.tags?.[dim] ?? []) out[dim].set(id, (out[dim].get(id) ?? 0) + 1);
  counts.set(d, out);
  return out;
}

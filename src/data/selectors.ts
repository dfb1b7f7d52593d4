import type { Area, Dataset, Dimension, Fact, Grouping, Tags, TextList } from './schema';
import { DIMENSIONS, type Highlight } from './vocab';

export type { Highlight };
import type { DimensionFilters, KnownIds } from './url';

/** Pure reads of a dataset. Nothing here knows about React or the store. */

export type Filters = DimensionFilters;

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
      ...(Object.fromEntries(DIMENSIONS.map((dim) => [dim, new Set(d.dimensions[dim].map((v) => v.id))])) as Record<
        Dimension,
        Set<string>
      >),
    },
  };
  indexes.set(d, index);
  return index;
}

/** The filters of a view, as an object that shallow-compares equal while they do not change. */
export function pickFilters(v: Filters): Filters {
  return Object.fromEntries(DIMENSIONS.map((d) => [d, v[d]])) as Filters;
}

export function hasFilters(f: Filters): boolean {
  return DIMENSIONS.some((dim) => f[dim].length > 0);
}

/** A filter on a dimension keeps the facts tagged with one of its values; untagged facts drop out. */
export function tagsMatch(tags: Tags | undefined, f: Filters): boolean {
  return DIMENSIONS.every((dim) => f[dim].length === 0 || (tags?.[dim] ?? []).some((t) => f[dim].includes(t)));
}

/**
 * Where a figure counts more than the filters keep: a dimension filtered to
 * some values while the figure is tagged with others too (122 accounts of
 * Weibo and WeChat together, under a Weibo filter). Each such dimension with
 * all the figure's values, so it is labelled as what it is, never as the
 * filtered value's alone.
 */
export function countedTogether(tags: Tags | undefined, f: Filters): { dimension: Dimension; ids: string[] }[] {
  return DIMENSIONS.flatMap((dim) => {
    const ids = tags?.[dim] ?? [];
    return f[dim].length > 0 && ids.length > 1 && ids.some((id) => !f[dim].includes(id))
      ? [{ dimension: dim, ids: [...ids] }]
      : [];
  });
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

export function isHighlighted(tags: Tags | undefined, h: Highlight | null, factId?: string): boolean {
  if (h === null) return false;
  if (h.dimension === 'fact') return factId === h.id;
  return (tags?.[h.dimension] ?? []).includes(h.id);
}

export const sameHighlight = (a: Highlight | null, b: Highlight | null) =>
  a?.dimension === b?.dimension && a?.id === b?.id;

/** Label of a dimension value, or the id itself when the dataset does not know it. */
export function dimensionLabel(d: Dataset, dim: Dimension, id: string) {
  return d.dimensions[dim].find((v) => v.id === id)?.label ?? null;
}

/**
 * Facet counts: for each value of a dimension, how many figures carry it and pass
 * the filters of the other dimensions, i.e. how many a reader would see with it on.
 * Zero marks a value that would empty the page under the current filters.
 */
export function facetCounts(d: Dataset, f: Filters, dim: Dimension): Map<string, number> {
  const others = { ...f, [dim]: [] };
  const out = new Map<string, number>();
  for (const fact of d.facts) {
    const ids = fact.tags?.[dim];
    if (!ids?.length || !tagsMatch(fact.tags, others)) continue;
    for (const id of ids) out.set(id, (out.get(id) ?? 0) + 1);
  }
  return out;
}

const ofWhichCache = new WeakMap<Dataset, { parts: Map<string, string[]>; total: Map<string, string> }>();

/**
 * "Of which" figures: the parts of the report's `within` relations (299,247 of the
 * 436,637 items went through the platform), so a part can be shown inside its
 * total's card instead of standing alone.
 */
export function ofWhich(d: Dataset): { parts: ReadonlyMap<string, string[]>; total: ReadonlyMap<string, string> } {
  const cached = ofWhichCache.get(d);
  if (cached) return cached;
  const parts = new Map<string, string[]>();
  const total = new Map<string, string>();
  for (const r of d.relations)
    if (r.kind === 'within')
      for (const p of r.parts)
        if (!total.has(p)) {
          total.set(p, r.total);
          parts.set(r.total, [...(parts.get(r.total) ?? []), p]);
        }
  const out = { parts, total };
  ofWhichCache.set(d, out);
  return out;
}

/** The figures shown standalone: those whose total is not itself shown in the same view. */
export function withoutNested(d: Dataset, facts: readonly Fact[], shown: ReadonlySet<string>): Fact[] {
  const { total } = ofWhich(d);
  return facts.filter((f) => {
    const parent = total.get(f.id);
    return parent === undefined || !shown.has(parent);
  });
}

import { factCheck, type CheckState, type RelationResult } from '../data/reconcile';
import type { Dataset, Dimension, Grouping, Lang, Noun, Tags } from '../data/schema';
import {
  countedTogether,
  dimensionLabel,
  indexDataset,
  isHighlighted,
  tagsMatch,
  type Filters,
  type Highlight,
} from '../data/selectors';
import { plainUnit, plainValue } from '../i18n/format';
import { formatSection } from '../i18n/sections';

/**
 * A chart as data, without layout: which bars, in which order, with which
 * values and labels. Built from a grouping, the filters and the language, and
 * tested without a DOM. Renderers, tables and exports all read this.
 */

export interface ChartBar {
  key: string;
  keyLabel: string;
  series: string | null;
  seriesLabel: string | null;
  factId: string;
  /** Plain amount (55.58 萬 -> 555,800) so bars of one chart compare. */
  value: number;
  /** The figure as the report writes it, e.g. "1949條". */
  written: string;
  unit: string | undefined;
  /** The unit of `value` in the reader's language (人次, "visits"), for tables and CSVs. */
  unitLabel: string;
  approx: boolean;
  section: string;
  /** The percentage the report states for this bar, if any. */
  share: { factId: string; value: number; written: string } | null;
  tags: Tags;
  /** Whether the checks that read this figure hold; those that do not. */
  check: CheckState;
  failing: readonly RelationResult[];
  /**
   * The values this figure counts together where the filters keep fewer of them
   * (Weibo and WeChat under a Weibo filter); empty when it counts only what is kept.
   */
  together: readonly { id: string; label: string }[];
}

export interface ChartModel {
  id: string;
  area: string;
  title: string;
  note: string | null;
  kind: Grouping['chart'];
  /** The dimension bars link to when hovered or clicked; null for the report's own groupings. */
  dimension: Dimension | null;
  categories: { key: string; label: string }[];
  series: { key: string; label: string }[];
  bars: ChartBar[];
  /** Common unit of every bar, or undefined when they differ. */
  unit: string | undefined;
  /** Common English noun of every bar ("posts"), or undefined when they differ or have none. */
  noun: Noun | undefined;
  sections: string[];
  /** Bars the filters removed. */
  hidden: number;
  /** Sum of the bars shown, where the dataset says summing is meaningful; never a stated figure. */
  sum: number | null;
}

/**
 * Which of a grouping's bars pass the filters (and what each then counts
 * together), as a string: a store selector returns it, so a chart re-renders
 * only when its own bars change.
 */
export function visibleBarKey(g: Grouping, d: Dataset, filters: Filters): string {
  const byId = indexDataset(d).factById;
  return g.bars
    .filter((b) => barShown(g, b, byId.get(b.fact)?.tags, filters))
    .map((b) => {
      const together = countedTogether(byId.get(b.fact)?.tags, filters);
      return together.length > 0 ? `${b.fact}+${together.map((x) => x.dimension).join('+')}` : b.fact;
    })
    .join(' ');
}

/**
 * Whether a hover or selection touches any of a grouping's bars, shown or not: a store
 * selector's cheap stand-in for the model's bars (the chart checks its own bars again).
 */
export function touchesGrouping(g: Grouping, d: Dataset, h: Highlight | null): boolean {
  if (h === null) return false;
  const byId = indexDataset(d).factById;
  return g.bars.some((b) => isHighlighted(byId.get(b.fact)?.tags, h, b.fact));
}

/** A bar passes the filters; a chart by applicant type shows all applicants until the reader filters by type. */
function barShown(g: Grouping, b: Grouping['bars'][number], tags: Tags | undefined, filters: Filters): boolean {
  if (g.seriesDimension !== undefined && filters[g.seriesDimension].length === 0 && b.series !== g.totalSeries)
    return false;
  return tagsMatch(tags, filters);
}

export function buildChartModel(g: Grouping, d: Dataset, filters: Filters, lang: Lang): ChartModel {
  const idx = indexDataset(d);
  const labelOf = (key: string) => {
    const list = g.dimension === 'custom' ? g.keys : d.dimensions[g.dimension];
    return list?.find((k) => k.id === key)?.label[lang] ?? key;
  };
  const seriesLabel = (key: string) => g.series?.find((s) => s.id === key)?.label[lang] ?? key;
  const bars: ChartBar[] = [];
  const sections = new Set<string>();
  let hidden = 0;
  for (const b of g.bars) {
    const fact = idx.factById.get(b.fact);
    if (fact?.kind !== 'quantity') continue;
    const share = b.share ? idx.factById.get(b.share) : undefined;
    // The source line names the chart's sections even when filters hide every bar.
    sections.add(fact.section);
    if (!barShown(g, b, fact.tags, filters)) {
      hidden++;
      continue;
    }
    const checked = factCheck(d, fact.id);
    bars.push({
      key: b.key,
      keyLabel: labelOf(b.key),
      series: b.series ?? null,
      seriesLabel: b.series ? seriesLabel(b.series) : null,
      factId: fact.id,
      value: plainValue(fact.value, fact.unit, d.units),
      written: fact.written,
      unit: fact.unit,
      unitLabel: plainUnit(fact.unit, d.units, lang, fact.noun),
      approx: fact.approx !== undefined,
      section: formatSection(fact.section, lang),
      share: share?.kind === 'quantity' ? { factId: share.id, value: share.value, written: share.written } : null,
      tags: fact.tags ?? {},
      check: checked.state,
      failing: checked.failing,
      together: countedTogether(fact.tags, filters).flatMap((t) =>
        t.ids.map((id) => ({ id, label: dimensionLabel(d, t.dimension, id)?.[lang] ?? id })),
      ),
    });
  }
  const units = new Set(bars.map((b) => b.unit));
  const nounOf = (b: ChartBar) => {
    const f = idx.factById.get(b.factId);
    return f?.kind === 'quantity' ? f.noun : undefined;
  };
  const nounKeys = new Set(bars.map((b) => JSON.stringify(nounOf(b) ?? null)));
  const noun = nounKeys.size === 1 && bars[0] ? nounOf(bars[0]) : undefined;
  const keys = [...new Set(bars.map((b) => b.key))];
  const seriesKeys = [...new Set(bars.flatMap((b) => (b.series ? [b.series] : [])))];
  return {
    id: g.id,
    area: g.area,
    title: g.title[lang],
    note: g.note?.[lang] ?? null,
    kind: g.chart,
    dimension: g.dimension === 'custom' ? null : g.dimension,
    categories: keys.map((key) => ({ key, label: labelOf(key) })),
    series: seriesKeys.map((key) => ({ key, label: seriesLabel(key) })),
    bars,
    unit: units.size === 1 ? [...units][0] : undefined,
    noun,
    sections: [...sections],
    hidden,
    sum: g.sum && bars.length > 1 ? bars.reduce((s, b) => s + b.value, 0) : null,
  };
}

export function largestBar(m: ChartModel): ChartBar | null {
  return m.bars.reduce<ChartBar | null>((best, b) => (best === null || b.value > best.value ? b : best), null);
}

/**
 * Shares the report states to different precision (45.2% beside 47.26%): one of each, as written, so the
 * chart can say they are shown as the report writes them; null when they agree.
 */
export function mixedShares(model: ChartModel): string[] | null {
  const byPlaces = new Map<number, string>();
  for (const b of model.bars) {
    const written = b.share?.written.replace(/\s/g, '');
    const places = /\.(\d+)/.exec(written ?? '')?.[1]?.length ?? 0;
    if (written && !byPlaces.has(places)) byPlaces.set(places, written);
  }
  return byPlaces.size > 1 ? [...byPlaces.values()] : null;
}

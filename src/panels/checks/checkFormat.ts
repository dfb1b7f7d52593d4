import type { RelationResult, Verdict } from '../../data/reconcile';
import type { Dataset, Lang } from '../../data/schema';
import { formatNumber, formatSigned } from '../../i18n/format';
import type { Translate } from '../../i18n/messages';

/**
 * How a check's numbers read: percentages as percentages (the stated share as
 * written, the computed one a digit finer, the difference in points), counts
 * and amounts with their grouping. Pure, so the table and its tests agree.
 */

export interface CheckCells {
  stated: string;
  computed: string;
  difference: string;
}

/** The unit of the figure a relation states: the first quantity it reads. */
export function relationUnit(r: RelationResult, d: Pick<Dataset, 'facts'>): string | undefined {
  for (const id of r.facts) {
    const f = d.facts.find((x) => x.id === id);
    if (f?.kind === 'quantity') return f.unit;
  }
  return undefined;
}

const decimals = (n: number) => {
  const s = String(n);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
};

export function checkCells(r: RelationResult, unit: string | undefined, lang: Lang, t: Translate): CheckCells {
  const kind = r.relation.kind;
  const pct = unit === '%' && kind !== 'count';
  // One digit finer than the report writes its shares shows why a share rounds the way it does.
  const digits = pct ? Math.max(decimals(r.stated), 1) + 1 : 2;
  const num = (n: number) => formatNumber(n, lang, digits);
  const asPct = (s: string) => (pct ? `${s}%` : s);
  const diff = pct
    ? t('checks.points', { value: formatSigned(r.difference, lang, digits) })
    : formatSigned(r.difference, lang, digits);
  const difference =
    kind === 'within'
      ? t('checks.remainder', { value: num(r.difference) })
      : kind === 'cover'
        ? t('checks.overlap', { value: num(r.difference) })
        : diff;
  return {
    stated: asPct(num(r.stated)),
    computed: kind === 'count' ? t('checks.listItems', { n: r.computed }) : asPct(num(r.computed)),
    difference,
  };
}

/** How far a check is off: a `within` remainder or a `cover` overlap is room, not error, until it fails. */
const discrepancy = (r: RelationResult) =>
  r.relation.kind === 'within' || r.relation.kind === 'cover'
    ? r.verdict === 'exact'
      ? 0
      : Math.abs(Math.min(0, r.difference))
    : Math.abs(r.difference);

export const VERDICT_ORDER: Record<Verdict, number> = { fails: 0, rounding: 1, exact: 2 };

export type SortKey = 'verdict' | 'label' | 'kind' | 'difference';

/** Fails first by default; a column sorts by itself, ties broken by the report's order. */
export function sortResults(
  results: readonly RelationResult[],
  key: SortKey,
  descending: boolean,
  lang: Lang,
): RelationResult[] {
  const order = new Map(results.map((r, i) => [r, i]));
  const value = (r: RelationResult): number | string =>
    key === 'verdict'
      ? VERDICT_ORDER[r.verdict]
      : key === 'label'
        ? r.relation.label[lang]
        : key === 'kind'
          ? r.relation.kind
          : discrepancy(r);
  return [...results].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), lang);
    return (descending ? -c : c) || (order.get(a) ?? 0) - (order.get(b) ?? 0);
  });
}

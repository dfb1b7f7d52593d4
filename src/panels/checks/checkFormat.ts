import type { RelationResult, Verdict } from '../../data/reconcile';
import type { Lang } from '../../data/schema';

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

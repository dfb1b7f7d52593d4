import type { RelationResult } from '../data/reconcile';
import type { Dataset, Lang } from '../data/schema';
import type { FailingCheck } from '../library/types';
import { formatNumber, formatSigned } from './format';
import type { Translate } from './messages';

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

/** The numbers of a check, from a report's own relation or a library point's failing check. */
type CheckNumbers = Pick<RelationResult, 'stated' | 'computed' | 'difference'> & {
  relation: Pick<RelationResult['relation'], 'kind'>;
};

export function checkCells(r: CheckNumbers, unit: string | undefined, lang: Lang, t: Translate): CheckCells {
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

/** A check that does not hold, in one line for the figures it reads: what should hold, computed against stated. */
export function failNote(r: RelationResult, d: Pick<Dataset, 'facts'>, lang: Lang, t: Translate): string {
  const c = checkCells(r, relationUnit(r, d), lang, t);
  return t('check.fails', { check: r.relation.label[lang], computed: c.computed, stated: c.stated });
}

/** A library value's failing check in one line, worded as failNote words a report's. */
export function failingNote(f: FailingCheck, lang: Lang, t: Translate): string {
  const c = checkCells({ ...f, relation: { kind: f.kind } }, f.unit, lang, t);
  return t('check.fails', { check: f.label[lang], computed: c.computed, stated: c.stated });
}

/** "Weibo and WeChat", "A, B and C" ("政務微博和政務微信", "甲、乙和丙"). */
export function joinList(items: readonly string[], t: Translate): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(t('list.sep'))}${t('list.and')}${items.at(-1) ?? ''}`;
}

import type { Dataset, QuantityFact, Relation } from './schema';

/**
 * Evaluates the relations a dataset declares between its own figures. The
 * report is never corrected: a relation that does not hold is reported with
 * both sides and the difference.
 */

export type Verdict = 'exact' | 'rounding' | 'fails';

export interface RelationResult {
  relation: Relation;
  verdict: Verdict;
  /** The figure the report states (a fact, a constant, or a list's length for `count`). */
  stated: number;
  /** The figure computed from the other side. */
  computed: number;
  /** computed - stated, except `within` (stated - computed, the remainder) and `cover` (the excess). */
  difference: number;
  /** How far rounding of the written figures can move the result. */
  tolerance: number;
  /** Every fact the relation reads, for linking to provenance. */
  facts: string[];
}

const EPS = 1e-9;
const close = (a: number, b: number) => Math.abs(a - b) <= EPS * Math.max(1, Math.abs(a), Math.abs(b));

function decimals(valueText: string): number {
  const dot = valueText.indexOf('.');
  return dot < 0 ? 0 : valueText.length - dot - 1;
}

/** Half a unit of the last written digit, for figures the report rounds (decimals, percentages). */
function halfUnit(f: QuantityFact): number {
  const d = decimals(f.valueText);
  return d > 0 || f.unit === '%' ? 0.5 * 10 ** -d : 0;
}

function verdictOf(difference: number, tolerance: number): Verdict {
  if (close(difference, 0)) return 'exact';
  return Math.abs(difference) <= tolerance + EPS ? 'rounding' : 'fails';
}

export function evaluateRelation(
  r: Relation,
  d: Pick<Dataset, 'facts' | 'lists'>,
  byId = indexFacts(d),
): RelationResult | null {
  const get = (id: string) => byId.get(id);
  const all = (ids: readonly string[]) => {
    const found = ids.map(get);
    return found.every((f): f is QuantityFact => f !== undefined) ? found : null;
  };
  const sum = (fs: QuantityFact[]) => fs.reduce((s, f) => s + f.value, 0);
  const tol = (fs: QuantityFact[]) => fs.reduce((s, f) => s + halfUnit(f), 0);

  switch (r.kind) {
    case 'sum': {
      const parts = all(r.parts);
      const total = typeof r.total === 'string' ? get(r.total) : null;
      if (!parts || total === undefined) return null;
      const stated = total ? total.value : (r.total as { constant: number }).constant;
      const computed = sum(parts);
      const tolerance = tol(parts) + (total ? halfUnit(total) : 0);
      const difference = computed - stated;
      const facts = [...r.parts, ...(total ? [total.id] : [])];
      return { relation: r, verdict: verdictOf(difference, tolerance), stated, computed, difference, tolerance, facts };
    }
    case 'share': {
      const [share, part, whole] = [get(r.share), get(r.part), get(r.whole)];
      if (!share || !part || !whole || whole.value === 0) return null;
      const computed = (part.value / whole.value) * 100;
      const difference = computed - share.value;
      const tolerance = halfUnit(share);
      return {
        relation: r,
        verdict: verdictOf(difference, tolerance),
        stated: share.value,
        computed,
        difference,
        tolerance,
        facts: [r.share, r.part, r.whole],
      };
    }
    case 'within':
    case 'cover': {
      const parts = all(r.parts);
      const total = get(r.total);
      if (!parts || !total) return null;
      const computed = sum(parts);
      const tolerance = tol(parts) + halfUnit(total);
      const margin = r.kind === 'within' ? total.value - computed : computed - total.value;
      const verdict: Verdict = margin >= -tolerance - EPS ? (margin >= -EPS ? 'exact' : 'rounding') : 'fails';
      return {
        relation: r,
        verdict,
        stated: total.value,
        computed,
        difference: margin,
        tolerance,
        facts: [...r.parts, r.total],
      };
    }
    case 'balance': {
      const [left, right] = [all(r.left), all(r.right)];
      if (!left || !right) return null;
      const [stated, computed] = [sum(right), sum(left)];
      const difference = computed - stated;
      const tolerance = tol(left) + tol(right);
      return {
        relation: r,
        verdict: verdictOf(difference, tolerance),
        stated,
        computed,
        difference,
        tolerance,
        facts: [...r.left, ...r.right],
      };
    }
    case 'equal': {
      const [a, b] = [get(r.facts[0]), get(r.facts[1])];
      if (!a || !b) return null;
      const tolerance = halfUnit(a) + halfUnit(b);
      const difference = b.value - a.value;
      return {
        relation: r,
        verdict: verdictOf(difference, tolerance),
        stated: a.value,
        computed: b.value,
        difference,
        tolerance,
        facts: [...r.facts],
      };
    }
    case 'count': {
      const fact = get(r.fact);
      const list = d.lists.find((l) => l.id === r.list);
      if (!fact || !list) return null;
      const difference = list.items.length - fact.value;
      return {
        relation: r,
        verdict: verdictOf(difference, 0),
        stated: fact.value,
        computed: list.items.length,
        difference,
        tolerance: 0,
        facts: [r.fact],
      };
    }
  }
}

function indexFacts(d: Pick<Dataset, 'facts'>): Map<string, QuantityFact> {
  const m = new Map<string, QuantityFact>();
  for (const f of d.facts) if (f.kind === 'quantity') m.set(f.id, f);
  return m;
}

const cache = new WeakMap<object, RelationResult[]>();

/**
 * Every relation of the dataset with its result; relations that cannot be read
 * are skipped. Computed once per dataset object: the checks view and every
 * provenance drawer read it.
 */
export function reconcile(d: Pick<Dataset, 'facts' | 'lists' | 'relations'>): RelationResult[] {
  const cached = cache.get(d);
  if (cached) return cached;
  const byId = indexFacts(d);
  const results = d.relations.flatMap((r) => evaluateRelation(r, d, byId) ?? []);
  cache.set(d, results);
  return results;
}

/** What the checks that read a figure say: one fails, all that ran hold, or none reads it. */
export type CheckState = 'holds' | 'does-not-hold' | 'not-checked';

const byFactCache = new WeakMap<object, Map<string, RelationResult[]>>();

/** The checks that read each figure (a total and its parts alike), computed once per dataset. */
export function checksByFact(d: Pick<Dataset, 'facts' | 'lists' | 'relations'>): ReadonlyMap<string, RelationResult[]> {
  const cached = byFactCache.get(d);
  if (cached) return cached;
  const map = new Map<string, RelationResult[]>();
  for (const r of reconcile(d))
    for (const id of new Set(r.facts)) {
      const list = map.get(id);
      if (list) list.push(r);
      else map.set(id, [r]);
    }
  byFactCache.set(d, map);
  return map;
}

/** A figure's check state and the checks of it that do not hold. */
export function factCheck(
  d: Pick<Dataset, 'facts' | 'lists' | 'relations'>,
  factId: string,
): { state: CheckState; failing: RelationResult[] } {
  const results = checksByFact(d).get(factId) ?? [];
  const failing = results.filter((r) => r.verdict === 'fails');
  return { state: results.length === 0 ? 'not-checked' : failing.length > 0 ? 'does-not-hold' : 'holds', failing };
}

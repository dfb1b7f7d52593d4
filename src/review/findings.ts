import { evaluateRelation, reconcile, type RelationResult } from '../data/reconcile';
import type { Dataset, Fact, L10n, Relation } from '../data/schema';
import type { AcrossYearResult } from '../library/acrossYears';

/**
 * What a disclosure office sends back about one report: every check that does
 * not hold, sorted by what the office must do with it. An arithmetic identity
 * that fails is an error in the report; a sentence that restates a table figure
 * differently may count another scope (to confirm, not an error); an across-year
 * identity compares this report with last year's; parts not read and checks
 * that could not run say what was not checked. Nothing is corrected.
 */

export type FindingKind = 'arithmetic' | 'text-vs-table' | 'across-years' | 'incomplete' | 'not-run';

/** A figure as the report prints it, with where its quote is. */
export interface FindingFigure {
  id: string;
  label: L10n;
  written: string;
  quote: string;
  offset: number;
  page?: number;
}

export interface Finding {
  kind: FindingKind;
  id: string;
  /** What should hold (the check's own words), or the part not read. */
  check: L10n;
  note?: L10n;
  /** The figure the report states, then the figures the other side is computed from. */
  stated?: FindingFigure;
  others: FindingFigure[];
  statedValue?: number;
  computedValue?: number;
  difference?: number;
  unit?: string;
  /** For a check, its result: a finding that is not a failure is "not run" or "incomplete". */
  result?: RelationResult;
}

export interface Findings {
  findings: Finding[];
  counts: { errors: number; confirm: number; acrossYears: number; incomplete: number; notRun: number; hold: number };
}

const isTextCheck = (r: Relation) => r.id.includes('.restates.');

/** The fact a relation states (its total, share or first figure); the others are what it is computed from. */
function statedId(r: Relation): string | null {
  switch (r.kind) {
    case 'sum':
      return typeof r.total === 'string' ? r.total : null;
    case 'share':
      return r.share;
    case 'within':
    case 'cover':
      return r.total;
    case 'balance':
      return r.right[0] ?? null;
    case 'equal':
      // A restated figure: the table's cell is the one stated, the sentence the other side.
      return isTextCheck(r) ? r.facts[1] : r.facts[0];
    case 'count':
      return r.fact;
  }
}

function figureOf(f: Fact): FindingFigure {
  return {
    id: f.id,
    label: f.label,
    written: f.written,
    quote: f.quote,
    offset: f.valueOffset,
    ...(f.page ? { page: f.page } : {}),
  };
}

/** The facts a relation reads, whether or not they are in the dataset. */
export function relationFacts(r: Relation): string[] {
  switch (r.kind) {
    case 'sum':
      return [...r.parts, ...(typeof r.total === 'string' ? [r.total] : [])];
    case 'share':
      return [r.share, r.part, r.whole];
    case 'within':
    case 'cover':
      return [...r.parts, r.total];
    case 'balance':
      return [...r.left, ...r.right];
    case 'equal':
      return [...r.facts];
    case 'count':
      return [r.fact];
  }
}

export function reviewFindings(d: Dataset, across: readonly AcrossYearResult[] = []): Findings {
  const byId = new Map(d.facts.map((f) => [f.id, f]));
  const fig = (id: string | null) => {
    const f = id === null ? undefined : byId.get(id);
    return f ? figureOf(f) : undefined;
  };
  const results = reconcile(d);
  const failed = results.filter((r) => r.verdict === 'fails');
  const checks = failed.map((r): Finding => {
    const stated = statedId(r.relation);
    const unit = [stated, ...r.facts]
      .map((id) => (id === null ? undefined : byId.get(id)))
      .find((f) => f?.kind === 'quantity');
    const statedFigure = fig(stated);
    // A restated figure reads table first: the table's cell is stated, the sentence's number the other side.
    const text = isTextCheck(r.relation);
    const [statedValue, computedValue] = text ? [r.computed, r.stated] : [r.stated, r.computed];
    return {
      kind: text ? 'text-vs-table' : 'arithmetic',
      id: r.relation.id,
      check: r.relation.label,
      ...(r.relation.note ? { note: r.relation.note } : {}),
      ...(statedFigure ? { stated: statedFigure } : {}),
      others: r.facts.filter((id) => id !== stated).flatMap((id) => fig(id) ?? []),
      statedValue,
      computedValue,
      difference: computedValue - statedValue,
      ...(unit?.kind === 'quantity' && unit.unit ? { unit: unit.unit } : {}),
      result: r,
    };
  });
  const year = d.meta.year;
  const acrossFindings = across
    .filter((a) => a.verdict === 'fails' && a.year === year)
    .map((a): Finding => {
      const stated = a.facts.stated.find((s) => s.report === d.meta.id);
      const statedFigure = fig(stated?.fact ?? null);
      return {
        kind: 'across-years',
        id: a.id,
        check: a.label,
        ...(statedFigure ? { stated: statedFigure } : {}),
        others: [],
        statedValue: a.stated,
        computedValue: a.computed,
        difference: a.difference,
      };
    });
  const incomplete = d.meta.coverage
    .filter((p) => p.status !== 'present')
    .map((p): Finding => ({ kind: 'incomplete', id: `part.${p.part}`, check: p.title, others: [] }));
  // Identities the importer could not make (a blank cell, a row not read), and relations that cannot be evaluated.
  const notRun = [
    ...(d.unchecked ?? []).map((u): Finding => ({
      kind: 'not-run',
      id: u.id,
      check: u.label,
      others: u.missing.flatMap((id) => fig(id) ?? []),
    })),
    ...d.relations
      .filter((r) => evaluateRelation(r, d) === null)
      .map((r): Finding => ({
        kind: 'not-run',
        id: r.id,
        check: r.label,
        others: relationFacts(r).flatMap((id) => fig(id) ?? []),
      })),
  ];
  const errors = checks.filter((f) => f.kind === 'arithmetic').length;
  return {
    findings: [
      ...checks.filter((f) => f.kind === 'arithmetic'),
      ...checks.filter((f) => f.kind === 'text-vs-table'),
      ...acrossFindings,
      ...incomplete,
      ...notRun,
    ],
    counts: {
      errors,
      confirm: checks.length - errors,
      acrossYears: acrossFindings.length,
      incomplete: incomplete.length,
      notRun: notRun.length,
      hold: results.length - failed.length,
    },
  };
}

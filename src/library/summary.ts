import { factCheck, type CheckState } from '../data/reconcile';
import type { Dataset } from '../data/schema';
import { CROSSWALK_2019 } from '../import/crosswalk2019';
import { newApplicationsFromText } from './fromText';
import { INDICATORS } from './indicators';
import type { FailingCheck, Indicator, Point, ReportSummary } from './types';

/**
 * A report's standard indicators, for the library's small files. A 2021-format
 * report reads each indicator's fact by its id; a 2019-format one only through
 * the crosswalk's 'same' entries (a 2019 cell that means something else never
 * stands in for a 2021 id); a free-text report only through a sentence that
 * states exactly the number (fromText.ts). A printed but blank cell is listed in
 * `blank`, never read as 0; a derived indicator needs every fact it reads.
 */

/** 2021 id -> the 2019 id that means the same. */
const SAME_2019 = new Map(CROSSWALK_2019.flatMap((c) => (c.kind === 'same' ? [[c.to, c.from] as const] : [])));

/** What a summary reads of a figure: a dataset's fact, or a row of the open tables' cells. */
export interface FactLike {
  id: string;
  kind: 'quantity' | 'blank' | 'date';
  value?: number;
  unit?: string;
  approx?: string;
}
interface Exact extends FactLike {
  kind: 'quantity';
  value: number;
}

/** What the report's own checks say of one figure, and those of them that fail. */
export type ChecksOf = (factId: string) => { state: CheckState; failing: readonly FailingCheck[] };

type Read = (id2021: string) => FactLike | undefined;

function reader(format: ReportSummary['format'], facts: ReadonlyMap<string, FactLike>): Read {
  const standard = readerOf(format, facts);
  // A row of the pre-2019 statistics table is its own indicator, read by its own id in any report that prints it.
  return (id) => (id.startsWith('old.') ? facts.get(id) : standard(id));
}

function readerOf(format: ReportSummary['format'], facts: ReadonlyMap<string, FactLike>): Read {
  if (format === '2021') return (id) => facts.get(id);
  if (format === '2019')
    return (id) => {
      const from = SAME_2019.get(id);
      return from === undefined ? undefined : facts.get(from);
    };
  return () => undefined;
}

const exact = (f: FactLike | undefined): f is Exact =>
  f?.kind === 'quantity' && f.value !== undefined && f.approx === undefined;

/**
 * What the report's own checks say of the facts a point reads: one that fails
 * marks the point (a derived value too); "holds" only when every fact is read by
 * a check and all hold.
 */
function withCheck(checksOf: ChecksOf, point: Point): Point {
  const states = point.facts.map(checksOf);
  const failing = new Map<string, FailingCheck>();
  for (const { failing: rs } of states) for (const r of rs) failing.set(r.id, r);
  if (failing.size > 0) return { ...point, check: 'does-not-hold', failing: [...failing.values()] };
  return states.every((s) => s.state === 'holds') ? { ...point, check: 'holds' } : point;
}

/** A dataset's checks of a figure, each failing one as a point carries it (the unit of the first figure it reads). */
function datasetChecks(d: Dataset): ChecksOf {
  return (id) => {
    const { state, failing } = factCheck(d, id);
    return {
      state,
      failing: failing.map((r) => {
        const unit = r.facts.map((f) => d.facts.find((x) => x.id === f)).find((f) => f?.kind === 'quantity')?.unit;
        return {
          id: r.relation.id,
          kind: r.relation.kind,
          label: r.relation.label,
          stated: r.stated,
          computed: r.computed,
          difference: r.difference,
          ...(unit ? { unit } : {}),
        };
      }),
    };
  };
}

function derived(ind: Indicator, read: Read): Point | undefined {
  const num = (ind.numerator ?? []).map(read);
  const den = (ind.denominator ?? []).map(read);
  if (!num.every(exact) || !den.every(exact)) return undefined;
  const sum = (fs: Exact[]) => fs.reduce((s, f) => s + f.value, 0);
  const facts = [...num, ...den].map((f) => f.id);
  if (den.length === 0) return { value: sum(num), facts };
  const whole = sum(den);
  // A share of nothing is no share: absent, not 0 %.
  return whole === 0 ? undefined : { value: (sum(num) / whole) * 100, facts, n: whole };
}

export function reportYear(d: Pick<Dataset, 'meta'>): number {
  return d.meta.year ?? Number(d.meta.period.end.slice(0, 4));
}

export function summarize(dataset: Dataset, body: string, id: string): ReportSummary {
  const format = dataset.meta.format ?? 'free';
  return summarizeFacts(
    {
      format,
      year: reportYear(dataset),
      facts: new Map(dataset.facts.map((f) => [f.id, f])),
      checksOf: datasetChecks(dataset),
      fromText: format === 'free' ? newApplicationsFromText(dataset) : undefined,
    },
    body,
    id,
  );
}

/**
 * A report's summary from its figures, wherever they come from (a dataset, or the
 * open tables' cells and checks: library/fromTables.ts): the same indicators, the
 * same gaps, the same checks either way.
 */
export function summarizeFacts(
  input: {
    format: ReportSummary['format'];
    year: number;
    facts: ReadonlyMap<string, FactLike>;
    checksOf: ChecksOf;
    /** A free-text report's new applications, from the one sentence that states them (fromText.ts). */
    fromText?: Point;
  },
  body: string,
  id: string,
): ReportSummary {
  const { format, checksOf } = input;
  const read = reader(format, input.facts);
  const values: Record<string, Point> = {};
  const blank: string[] = [];
  for (const ind of INDICATORS) {
    if (ind.kind === 'derived') {
      const p = derived(ind, read);
      if (p) values[ind.id] = withCheck(checksOf, p);
      continue;
    }
    const f = read(ind.id);
    // An old table's row printed in another unit than most (件 for 条) keeps it: never converted.
    const unit = ind.table && exact(f) && f.unit && f.unit !== ind.unit ? { unit: f.unit } : {};
    if (exact(f)) values[ind.id] = withCheck(checksOf, { value: f.value, facts: [f.id], ...unit });
    else if (f?.kind === 'blank') blank.push(ind.id);
  }
  if (format === 'free' && input.fromText) values['applications.new.all'] = input.fromText;
  return { report: id, body, year: input.year, format, values, ...(blank.length > 0 ? { blank } : {}) };
}

import type { CheckState } from '../data/reconcile';
import type { L10n } from '../data/schema';
import { summarizeFacts, type FactLike } from './summary';
import { INDICATORS } from './indicators';
import { BODY_COLUMNS, CELL_COLUMNS, CHECK_COLUMNS, REPORT_COLUMNS } from './columns';
import { partOf, partPath, type PartsFile, type TableName } from './parts';
import type { Body, BodyFile, Catalogue, FailingCheck, LibraryEntry, Point, ReportSummary } from './types';

/**
 * The library's views from the open tables (public/data/tables/, Parquet): a
 * body's reports summarized from their cells and checks by the same code that
 * summarizes a dataset (summary.ts#summarizeFacts), so a figure reads the same
 * whichever way it came. How rows are fetched is given (ReadTable): hyparquet
 * over range requests in the browser, a file in tests.
 */

export type Row = Record<string, unknown>;
export type { TableName };
export { BODY_COLUMNS, CELL_COLUMNS, CHECK_COLUMNS } from './columns';
/** Rows of a table equal to `where` on each column named, only `columns` of them. */
export type ReadTable = (
  table: TableName,
  where: Record<string, string | number>,
  columns: readonly string[],
) => Promise<Row[]>;

/** Rows of one part's file; undefined when the file is not there (no body of that part). */
export type ReadPart = (
  path: string,
  where: Record<string, string | number>,
  columns: readonly string[],
) => Promise<Row[] | undefined>;

/**
 * A table read from its parts: a body's rows from its part alone (found by its id,
 * parts.ts), any other reading from every part that holds rows.
 */
export function readByParts(readPart: ReadPart, layout: () => Promise<PartsFile>): ReadTable {
  return async (table, where, columns) => {
    const split = await layout();
    // A body's part by its id; only a whole table lists the parts that hold rows.
    const parts = typeof where.body_id === 'string' ? [partOf(where.body_id, split.parts)] : split.present[table];
    const rows = await Promise.all(parts.map((p) => readPart(partPath(table, p), where, columns)));
    return rows.flatMap((r) => r ?? []);
  };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | undefined =>
  typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : undefined;
const l10n = (r: Row, prefix: string): L10n | undefined => {
  const [hant, hans, en] = [r[`${prefix}_zh_hant`], r[`${prefix}_zh_hans`], r[`${prefix}_en`]].map(str);
  return hant && hans && en ? { 'zh-Hant': hant, 'zh-Hans': hans, en } : undefined;
};

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const STATE: Record<string, CheckState> = { holds: 'holds', fails: 'does-not-hold' };

/** Rows by their report_id, in order. */
export function groupBy(rows: readonly Row[]): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const r of rows) {
    const id = String(r.report_id);
    const list = out.get(id);
    if (list) list.push(r);
    else out.set(id, [r]);
  }
  return out;
}

/** One report's summary from its rows of cells and of checks. */
export function summaryFromRows(body: string, cells: readonly Row[], checks: readonly Row[]): ReportSummary {
  const first = cells[0] ?? {};
  const id = String(first.report_id);
  const format = String(first.format) as ReportSummary['format'];
  const facts = new Map<string, FactLike & { state: CheckState }>();
  for (const c of cells) {
    const value = num(c.value);
    facts.set(String(c.fact_id), {
      id: String(c.fact_id),
      kind: value === undefined ? 'blank' : 'quantity',
      ...(value !== undefined ? { value } : {}),
      ...(str(c.unit) ? { unit: str(c.unit) } : {}),
      ...(str(c.approx) ? { approx: str(c.approx) } : {}),
      state: STATE[String(c.check)] ?? 'not-checked',
    });
  }
  // The report's own identities that fail (one across two years is not the report's alone), by each figure read.
  const failingBy = new Map<string, FailingCheck[]>();
  for (const r of checks) {
    if (r.verdict !== 'fails' || str(r.other_report)) continue;
    const read = String(r.facts ?? '')
      .split(' ')
      .filter(Boolean);
    const unit = read.map((f) => facts.get(f)).find((f) => f?.kind === 'quantity')?.unit;
    const label = l10n(r, 'label');
    if (!label) continue;
    const failing: FailingCheck = {
      id: String(r.check_id),
      kind: String(r.kind) as FailingCheck['kind'],
      label,
      stated: num(r.stated) ?? 0,
      computed: num(r.computed) ?? 0,
      difference: num(r.difference) ?? 0,
      ...(unit ? { unit } : {}),
    };
    for (const f of read) failingBy.set(f, [...(failingBy.get(f) ?? []), failing]);
  }
  const fromTextCell = format === 'free' ? cells.find((c) => c.indicator === 'applications.new.all') : undefined;
  const fromText: Point | undefined =
    fromTextCell && num(fromTextCell.value) !== undefined
      ? { value: num(fromTextCell.value) as number, facts: [String(fromTextCell.fact_id)], fromText: true }
      : undefined;
  return summarizeFacts(
    {
      format,
      year: num(first.year) ?? 0,
      facts,
      checksOf: (f) => ({ state: facts.get(f)?.state ?? 'not-checked', failing: failingBy.get(f) ?? [] }),
      fromText,
    },
    body,
    id,
  );
}

export function bodyFromRow(r: Row): Body {
  const aliases = str(r.aliases)?.split(' | ');
  const level = str(r.level) as Body['level'];
  const parent = l10n(r, 'parent');
  return {
    id: String(r.body_id),
    name: l10n(r, 'name') ?? { 'zh-Hant': String(r.body_id), 'zh-Hans': String(r.body_id), en: String(r.body_id) },
    region: l10n(r, 'region') ?? { 'zh-Hant': '', 'zh-Hans': '', en: '' },
    ...(level ? { level } : {}),
    ...(parent ? { parent } : {}),
    ...(aliases ? { aliases } : {}),
  };
}

/** A body's reports, year by year, as the trends view reads them; undefined when the tables have no such body. */
export async function bodyFileFromTables(read: ReadTable, body: string): Promise<BodyFile | undefined> {
  const [bodies, cells, checks] = await Promise.all([
    read('bodies', { body_id: body }, BODY_COLUMNS),
    read('cells', { body_id: body }, CELL_COLUMNS),
    read('checks', { body_id: body }, CHECK_COLUMNS),
  ]);
  const row = bodies[0];
  if (!row) return undefined;
  const checksBy = groupBy(checks);
  const reports = [...groupBy(cells)].map(([id, rows]) => summaryFromRows(body, rows, checksBy.get(id) ?? []));
  reports.sort((a, b) => a.year - b.year);
  return { body: bodyFromRow(row), reports };
}

/** A site path as the catalogue writes a dataset's: relative to the library's folder. */
const relative = (path: string) =>
  path.startsWith('/data/library/') ? path.slice('/data/library/'.length) : `..${path.slice('/data'.length)}`;

function entryFromRow(r: Row): LibraryEntry {
  const n = (c: string) => num(r[c]) ?? 0;
  const headline = Object.fromEntries(
    (
      [
        ['new', 'applications_new'],
        ['disclosed', 'applications_disclosed'],
        ['reviews', 'reviews'],
        ['lawsuits', 'lawsuits'],
        ['in-force', 'normative_docs_in_force'],
      ] as const
    ).flatMap(([key, col]) => (num(r[col]) === undefined ? [] : [[key, num(r[col])]])),
  );
  return {
    id: String(r.report_id),
    body: String(r.body_id),
    year: n('year'),
    format: String(r.format) as LibraryEntry['format'],
    title: l10n(r, 'title') ?? {
      'zh-Hant': String(r.report_id),
      'zh-Hans': String(r.report_id),
      en: String(r.report_id),
    },
    data: relative(String(r.dataset)),
    checks: { total: n('checks'), fails: n('checks_failing') },
    facts: n('facts'),
    review: {
      holds: n('checks') - n('checks_failing'),
      errors: n('checks_failing') - n('to_confirm'),
      confirm: n('to_confirm'),
      incomplete: n('incomplete'),
      notRun: n('not_run'),
      drafted: n('drafted'),
      across: n('across_failing'),
    },
    read: String(r.read_from) as LibraryEntry['read'],
    headline,
  };
}

/**
 * The library's list, from the reports and bodies tables: every report, or one
 * body's (`where` = { body_id }: its part alone, as the trends view reads it at
 * any scale). (At national scale the whole list is searched by body first;
 * reading every report's row is the next step to go.)
 */
export async function catalogueFromTables(read: ReadTable, where: { body_id?: string } = {}): Promise<Catalogue> {
  const [reports, bodies] = await Promise.all([
    read('reports', where, REPORT_COLUMNS),
    read('bodies', where, BODY_COLUMNS),
  ]);
  // Parts come in hash order: the list is by body and year, as one table would be.
  const entries = reports
    .map(entryFromRow)
    .sort((a, b) => byText(a.body, b.body) || a.year - b.year || byText(a.id, b.id));
  return {
    schemaVersion: 1,
    reports: entries,
    bodies: bodies.map(bodyFromRow).sort((a, b) => byText(a.id, b.id)),
    indicators: [...INDICATORS],
  };
}

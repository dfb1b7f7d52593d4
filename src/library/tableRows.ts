import { factCheck, reconcile } from '../data/reconcile';
import type { Dataset, Fact } from '../data/schema';
import { acrossYears } from './acrossYears';
import { INDICATORS } from './indicators';
import { reportYear, summarize } from './summary';
import { headlineOf } from './search';
import { reviewCounts } from '../review/counts';
import type { Body, ReportSummary } from './types';
import { enData } from '../i18n/en-data';

/** A report as the tables are made from it: the library's (scripts/library/read.ts) or the reader's own. */
export interface TableReport {
  id: string;
  body: Body;
  dataset: Dataset;
  /** The report's text, written beside an imported dataset; absent for a hand-built one (it has its own). */
  text?: string;
  /** The dataset JSON, relative to the catalogue. */
  data: string;
  /** Where it was published or found. */
  source?: { url?: string; note?: string };
}

/**
 * The library as four tidy tables (cells, reports, bodies, checks): plain rows,
 * one object per row with its columns in order, for DuckDB to write as Parquet
 * and CSV (scripts/library/duck.ts), or for the console to add the reader's own
 * reports to. The columns and their meaning are declared once here, in
 * COLUMNS, and datapackage.json is written from the same declaration.
 */

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

/** A column: its name, DuckDB type, Table Schema type and what it means (English: i18n/en-data.ts, col.<table>.<name>). */
export interface Column {
  name: string;
  sql: 'VARCHAR' | 'INTEGER' | 'SMALLINT' | 'DOUBLE' | 'BOOLEAN' | 'DATE';
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  description: string;
  /** Values the column may hold (a Table Schema enum constraint). */
  values?: readonly string[];
  required?: boolean;
}

type Declared = Omit<Column, 'description' | 'type'>;
const col = (name: string, sql: Column['sql'], more: Partial<Pick<Column, 'values' | 'required'>> = {}): Declared => ({
  name,
  sql,
  ...more,
});

const TYPES = {
  VARCHAR: 'string',
  DOUBLE: 'number',
  BOOLEAN: 'boolean',
  DATE: 'date',
  INTEGER: 'integer',
  SMALLINT: 'integer',
} as const;

/** Each column with its Table Schema type and its meaning, from the messages the open data page shows. */
function described<T extends Record<string, Declared[]>>(tables: T): { [K in keyof T]: Column[] } {
  const out: Record<string, Column[]> = {};
  for (const [table, cols] of Object.entries(tables))
    out[table] = cols.map((c) => {
      const key = `col.${table}.${c.name}`;
      const description = (enData as Record<string, string>)[key];
      if (description === undefined) throw new Error(`no meaning for ${key} in src/i18n/en-data.ts`);
      return { ...c, type: TYPES[c.sql], description };
    });
  return out as { [K in keyof T]: Column[] };
}

const FORMATS = ['free', '2019', '2021'] as const;
const l10n = (name: string) => (['zh_hant', 'zh_hans', 'en'] as const).map((l) => col(`${name}_${l}`, 'VARCHAR'));
const KEY = [
  col('report_id', 'VARCHAR', { required: true }),
  col('body_id', 'VARCHAR', { required: true }),
  col('year', 'SMALLINT', { required: true }),
];

export const COLUMNS = described({
  cells: [
    ...KEY,
    col('format', 'VARCHAR', {
      values: FORMATS,
      required: true,
    }),
    col('fact_id', 'VARCHAR', {
      required: true,
    }),
    col('indicator', 'VARCHAR'),
    col('label', 'VARCHAR'),
    col('value', 'DOUBLE'),
    col('unit', 'VARCHAR'),
    col('approx', 'VARCHAR', {
      values: ['more-than', 'exceeds'],
    }),
    col('from_text', 'BOOLEAN', {
      required: true,
    }),
    col('check', 'VARCHAR', {
      values: ['holds', 'fails'],
    }),
    col('quote_start', 'INTEGER', {
      required: true,
    }),
    col('quote_end', 'INTEGER', { required: true }),
  ],
  reports: [
    col('report_id', 'VARCHAR', { required: true }),
    col('body_id', 'VARCHAR', { required: true }),
    col('year', 'SMALLINT', { required: true }),
    col('format', 'VARCHAR', { values: FORMATS, required: true }),
    ...l10n('title'),
    col('period_start', 'DATE'),
    col('period_end', 'DATE'),
    col('published', 'DATE'),
    col('source_url', 'VARCHAR'),
    col('source_note', 'VARCHAR'),
    col('read_from', 'VARCHAR', {
      values: ['html', 'pdf', 'text', 'docx', 'hand'],
      required: true,
    }),
    col('dataset', 'VARCHAR', { required: true }),
    col('text', 'VARCHAR'),
    col('facts', 'INTEGER', { required: true }),
    col('checks', 'INTEGER', { required: true }),
    col('checks_failing', 'INTEGER', { required: true }),
    col('across_failing', 'INTEGER', { required: true }),
    col('to_confirm', 'INTEGER', { required: true }),
    col('incomplete', 'INTEGER', { required: true }),
    col('not_run', 'INTEGER', { required: true }),
    col('drafted', 'INTEGER', { required: true }),
    col('applications_new', 'DOUBLE'),
    col('applications_disclosed', 'DOUBLE'),
    col('reviews', 'DOUBLE'),
    col('lawsuits', 'DOUBLE'),
    col('normative_docs_in_force', 'DOUBLE'),
  ],
  bodies: [
    col('body_id', 'VARCHAR', { required: true }),
    ...l10n('name'),
    col('level', 'VARCHAR', {
      values: ['province', 'city', 'county', 'district', 'department', 'township', 'zone'],
    }),
    ...l10n('region'),
    ...l10n('parent'),
    col('aliases', 'VARCHAR'),
  ],
  checks: [
    ...KEY,
    col('check_id', 'VARCHAR', { required: true }),
    col('kind', 'VARCHAR', {
      values: ['sum', 'share', 'within', 'cover', 'balance', 'equal', 'count', 'carried', 'in-force'],
      required: true,
    }),
    ...l10n('label'),
    col('verdict', 'VARCHAR', {
      values: ['exact', 'rounding', 'fails'],
      required: true,
    }),
    col('stated', 'DOUBLE', { required: true }),
    col('computed', 'DOUBLE', { required: true }),
    col('difference', 'DOUBLE', {
      required: true,
    }),
    col('facts', 'VARCHAR'),
    col('other_report', 'VARCHAR'),
    col('other_facts', 'VARCHAR'),
  ],
});

export type TableName = keyof typeof COLUMNS;
export const TABLES = Object.keys(COLUMNS) as TableName[];

/**
 * The views' own tables, made from the others (scripts/library/points.ts), Parquet only: compare's points
 * (the ranking's columns first, so a row group's are one request; the figure is the file's folder), their top
 * of each year with the year's counts, and the search's names.
 */
const POINT_COLUMNS = [
  col('year', 'SMALLINT'),
  col('value', 'DOUBLE'),
  col('level', 'VARCHAR'),
  col('province', 'VARCHAR'),
  col('body_id', 'VARCHAR'),
  col('report_id', 'VARCHAR'),
  col('format', 'VARCHAR'),
  col('point', 'VARCHAR'),
  ...l10n('name'),
];

export const DERIVED = described({
  points: POINT_COLUMNS,
  top: [...POINT_COLUMNS, col('year_values', 'INTEGER'), col('year_blanks', 'INTEGER')],
  names: [col('body_id', 'VARCHAR'), ...l10n('name'), col('aliases', 'VARCHAR'), col('reports', 'INTEGER')],
});
export type DerivedName = keyof typeof DERIVED;

const FROM_TEXT_FORMATS = new Set(['free']);

function factRow(r: TableReport, year: number, indicatorOf: ReadonlyMap<string, string>, f: Fact): Row | undefined {
  if (f.kind === 'date') return undefined;
  const d = r.dataset;
  const format = d.meta.format ?? 'free';
  const state = factCheck(d, f.id).state;
  return {
    report_id: r.id,
    body_id: r.body.id,
    year,
    format,
    fact_id: f.id,
    indicator: indicatorOf.get(f.id) ?? null,
    label: f.label[d.meta.language],
    value: f.kind === 'quantity' ? f.value : null,
    unit: f.kind === 'quantity' ? (f.unit ?? null) : null,
    approx: f.kind === 'quantity' ? (f.approx ?? null) : null,
    from_text: FROM_TEXT_FORMATS.has(format) || f.drafted === true,
    check: state === 'holds' ? 'holds' : state === 'does-not-hold' ? 'fails' : null,
    quote_start: f.offset,
    quote_end: f.offset + f.quote.length,
  };
}

/** Fact id -> the stated indicator it gives (a derived indicator reads several and names none). */
function indicatorsOf(summary: ReportSummary): Map<string, string> {
  const stated = new Set(INDICATORS.filter((i) => i.kind === 'stated').map((i) => i.id));
  const out = new Map<string, string>();
  for (const [id, point] of Object.entries(summary.values))
    if (stated.has(id) && point.facts.length === 1 && point.facts[0]) out.set(point.facts[0], id);
  return out;
}

/** What the library's list and the review board show of a report: its findings by kind, its headline figures. */
function reviewColumns(r: TableReport, summary: ReportSummary): Row {
  const counts = reviewCounts(r.dataset);
  const headline = headlineOf(summary);
  return {
    across_failing: 0,
    to_confirm: counts.confirm,
    incomplete: counts.incomplete,
    not_run: counts.notRun,
    drafted: counts.drafted,
    applications_new: headline.new ?? null,
    applications_disclosed: headline.disclosed ?? null,
    reviews: headline.reviews ?? null,
    lawsuits: headline.lawsuits ?? null,
    normative_docs_in_force: headline['in-force'] ?? null,
  };
}

/** A path relative to the library's folder as a path on the site (/data/library/x.json, /data/luzhou-2018.json). */
export const sitePath = (rel: string) => (rel.startsWith('../') ? `/data/${rel.slice(3)}` : `/data/library/${rel}`);

const labels = (prefix: string, l: { 'zh-Hant': string; 'zh-Hans': string; en: string } | undefined) => ({
  [`${prefix}_zh_hant`]: l?.['zh-Hant'] ?? null,
  [`${prefix}_zh_hans`]: l?.['zh-Hans'] ?? null,
  [`${prefix}_en`]: l?.en ?? null,
});

/** Rows of the four tables, reports in the order given (assemble.ts sorts them by body, then year). */
export function tableRows(
  reports: readonly TableReport[],
  bodies: readonly Body[],
  /** Where a file beside the datasets is, as the reports table says it (a path on the site by default). */
  where: (rel: string) => string = sitePath,
): Record<TableName, Row[]> {
  const cells: Row[] = [];
  const checks: Row[] = [];
  const reportRows: Row[] = [];
  // Each report summarized once: its cells' indicators, its headline figures, the identities across years.
  const summaries = new Map(reports.map((r) => [r, summarize(r.dataset, r.body.id, r.id)]));
  const summaryOf = (r: TableReport) => summaries.get(r) as ReportSummary;
  for (const r of reports) {
    const d = r.dataset;
    const year = reportYear(d);
    const key = { report_id: r.id, body_id: r.body.id, year };
    const summary = summaryOf(r);
    const indicatorOf = indicatorsOf(summary);
    for (const f of d.facts) {
      const row = factRow(r, year, indicatorOf, f);
      if (row) cells.push(row);
    }
    const results = reconcile(d);
    for (const x of results)
      checks.push({
        ...key,
        check_id: x.relation.id,
        kind: x.relation.kind,
        ...labels('label', x.relation.label),
        verdict: x.verdict,
        stated: x.stated,
        computed: x.computed,
        difference: x.difference,
        facts: x.facts.join(' '),
        other_report: null,
        other_facts: null,
      });
    const source = r.source;
    reportRows.push({
      ...key,
      format: d.meta.format ?? 'free',
      ...labels('title', d.meta.title),
      period_start: d.meta.period.start,
      period_end: d.meta.period.end,
      published: d.meta.published ?? null,
      source_url: source?.url ?? null,
      source_note: source?.note ?? null,
      read_from: d.meta.imported?.from ?? 'hand',
      dataset: where(r.data),
      text:
        r.text !== undefined
          ? where(d.meta.source?.file ?? `${r.id}.txt`)
          : d.meta.source
            ? where(`../${d.meta.source.file}`)
            : null,
      facts: d.facts.length,
      checks: results.length,
      checks_failing: results.filter((x) => x.verdict === 'fails').length,
      ...reviewColumns(r, summary),
    });
  }
  // Identities across two years of one body, filed under the later year's report.
  const used = bodies.filter((b) => reports.some((r) => r.body.id === b.id));
  for (const body of used) {
    const own = reports.filter((r) => r.body.id === body.id);
    const file = { body, reports: own.map(summaryOf) };
    for (const a of acrossYears(file)) {
      const report = file.reports.find((s) => s.year === a.year)?.report;
      const before = a.facts.computed[0]?.report;
      if (!report) continue;
      checks.push({
        report_id: report,
        body_id: body.id,
        year: a.year,
        check_id: a.id,
        kind: a.kind,
        ...labels('label', a.label),
        verdict: a.verdict,
        stated: a.stated,
        computed: a.computed,
        difference: a.difference,
        facts: a.facts.stated.map((f) => f.fact).join(' '),
        other_report: before ?? null,
        other_facts: a.facts.computed.map((f) => f.fact).join(' '),
      });
    }
  }
  // A report's identities across years that fail where it is the later year (the review board counts them).
  for (const row of reportRows)
    row.across_failing = checks.filter(
      (c) => c.report_id === row.report_id && c.other_report !== null && c.verdict === 'fails',
    ).length;
  const rank = new Map(reports.map((r, i) => [r.id, i]));
  checks.sort((a, b) => (rank.get(String(a.report_id)) ?? 0) - (rank.get(String(b.report_id)) ?? 0));
  return {
    cells,
    reports: reportRows,
    bodies: used.map((b) => ({
      body_id: b.id,
      ...labels('name', b.name),
      level: b.level ?? null,
      ...labels('region', b.region),
      ...labels('parent', b.parent),
      aliases: b.aliases && b.aliases.length > 0 ? b.aliases.join(' | ') : null,
    })),
    checks,
  };
}

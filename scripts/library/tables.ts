import { factCheck, reconcile } from '../../src/data/reconcile';
import type { Fact } from '../../src/data/schema';
import { acrossYears } from '../../src/library/acrossYears';
import { INDICATORS } from '../../src/library/indicators';
import { reportYear, summarize } from '../../src/library/summary';
import type { Body } from '../../src/library/types';
import type { ReadReport } from './read';

/**
 * The library as four tidy tables (cells, reports, bodies, checks): plain rows,
 * one object per row with its columns in order, for DuckDB to write as Parquet
 * and CSV (duck.ts). The columns and their meaning are declared once here, in
 * COLUMNS, and datapackage.json is written from the same declaration.
 */

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

/** A column: its name, DuckDB type, Table Schema type and what it means (English). */
export interface Column {
  name: string;
  sql: 'VARCHAR' | 'INTEGER' | 'SMALLINT' | 'DOUBLE' | 'BOOLEAN' | 'DATE';
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  description: string;
  /** Values the column may hold (a Table Schema enum constraint). */
  values?: readonly string[];
  required?: boolean;
}

const col = (
  name: string,
  sql: Column['sql'],
  description: string,
  more: Partial<Pick<Column, 'values' | 'required'>> = {},
): Column => ({
  name,
  sql,
  type:
    sql === 'VARCHAR'
      ? 'string'
      : sql === 'DOUBLE'
        ? 'number'
        : sql === 'BOOLEAN'
          ? 'boolean'
          : sql === 'DATE'
            ? 'date'
            : 'integer',
  description,
  ...more,
});

const FORMATS = ['free', '2019', '2021'] as const;
const l10n = (name: string, what: string) =>
  (['zh_hant', 'zh_hans', 'en'] as const).map((l) =>
    col(
      `${name}_${l}`,
      'VARCHAR',
      `${what} in ${{ zh_hant: 'Traditional Chinese', zh_hans: 'Simplified Chinese', en: 'English' }[l]}.`,
    ),
  );
const KEY = [
  col('report_id', 'VARCHAR', 'The report (reports.report_id).', { required: true }),
  col('body_id', 'VARCHAR', 'The body that published it (bodies.body_id).', { required: true }),
  col('year', 'SMALLINT', 'The year the report covers.', { required: true }),
];

export const COLUMNS = {
  cells: [
    ...KEY,
    col('format', 'VARCHAR', "The report's table format: 2021, 2019, or free (no standard tables).", {
      values: FORMATS,
      required: true,
    }),
    col(
      'fact_id',
      'VARCHAR',
      "The figure's id: a fixed id of the format's tables, text.N for a figure drafted from a sentence.",
      {
        required: true,
      },
    ),
    col(
      'indicator',
      'VARCHAR',
      'The standard indicator this figure states, the same across formats and years (empty when none).',
    ),
    col('label', 'VARCHAR', "What the figure counts, in the report's own language."),
    col(
      'value',
      'DOUBLE',
      'The number as the report writes it, in the report\'s unit; empty when the cell is blank, "/", "—" or "无" (never 0).',
    ),
    col('unit', 'VARCHAR', 'The unit the report writes (件, 条, 万人次, %); empty for a blank cell or a bare ordinal.'),
    col(
      'approx',
      'VARCHAR',
      'more-than (余, 多) or exceeds (超过, 突破) when the report gives a bound, not an exact figure.',
      {
        values: ['more-than', 'exceeds'],
      },
    ),
    col('from_text', 'BOOLEAN', 'True when the figure is taken from a sentence of the text, not from a table.', {
      required: true,
    }),
    col(
      'check',
      'VARCHAR',
      "The report's own identities that read this figure: holds, fails (one does not hold), or empty (none reads it).",
      {
        values: ['holds', 'fails'],
      },
    ),
    col(
      'quote_start',
      'INTEGER',
      "Where the quote of the figure starts in the report's text (reports.text, 0-based UTF-16 offset).",
      {
        required: true,
      },
    ),
    col('quote_end', 'INTEGER', 'Where the quote ends (exclusive).', { required: true }),
  ],
  reports: [
    col('report_id', 'VARCHAR', 'The report: <body>-<year>.', { required: true }),
    col('body_id', 'VARCHAR', 'The body that published it (bodies.body_id).', { required: true }),
    col('year', 'SMALLINT', 'The year the report covers.', { required: true }),
    col('format', 'VARCHAR', "The report's table format.", { values: FORMATS, required: true }),
    ...l10n('title', 'The title'),
    col('period_start', 'DATE', 'First day of the statistics period.'),
    col('period_end', 'DATE', 'Last day of the statistics period.'),
    col('published', 'DATE', 'The date the report states (empty when it states none).'),
    col('source_url', 'VARCHAR', 'Where the body published it, when known.'),
    col('source_note', 'VARCHAR', 'Where the file read was found, when the original address is not known.'),
    col(
      'read_from',
      'VARCHAR',
      'What was read: the published web page (html), PDF, text, Word file, or a dataset built by hand.',
      {
        values: ['html', 'pdf', 'text', 'docx', 'hand'],
        required: true,
      },
    ),
    col('dataset', 'VARCHAR', "The report's dataset (JSON), a path on this site.", { required: true }),
    col('text', 'VARCHAR', "The report's text the quotes' offsets point into, a path on this site."),
    col('facts', 'INTEGER', 'How many figures the dataset holds.', { required: true }),
    col('checks', 'INTEGER', "How many of the report's own identities were checked.", { required: true }),
    col('checks_failing', 'INTEGER', 'How many of them do not hold.', { required: true }),
  ],
  bodies: [
    col('body_id', 'VARCHAR', 'The body.', { required: true }),
    ...l10n('name', 'Its name'),
    col('level', 'VARCHAR', 'Administrative level.', {
      values: ['province', 'city', 'county', 'district', 'department', 'township', 'zone'],
    }),
    ...l10n('region', 'Where it is'),
    ...l10n('parent', 'The level above it'),
  ],
  checks: [
    ...KEY,
    col('check_id', 'VARCHAR', 'The identity.', { required: true }),
    col(
      'kind',
      'VARCHAR',
      'sum, share, within, cover, balance, equal, count; carried or in-force for identities across two years.',
      {
        values: ['sum', 'share', 'within', 'cover', 'balance', 'equal', 'count', 'carried', 'in-force'],
        required: true,
      },
    ),
    ...l10n('label', 'What should hold'),
    col('verdict', 'VARCHAR', 'exact, rounding (holds within the rounding of the written figures) or fails.', {
      values: ['exact', 'rounding', 'fails'],
      required: true,
    }),
    col('stated', 'DOUBLE', 'The figure the report states.', { required: true }),
    col('computed', 'DOUBLE', 'The figure computed from the other side.', { required: true }),
    col('difference', 'DOUBLE', 'computed − stated (for within: the remainder; for cover: the excess).', {
      required: true,
    }),
    col('facts', 'VARCHAR', "The report's figures it reads (cells.fact_id), separated by spaces."),
    col('other_report', 'VARCHAR', 'For an identity across two years: the report of the year before.'),
    col('other_facts', 'VARCHAR', "That report's figures it reads, separated by spaces."),
  ],
} satisfies Record<string, Column[]>;

export type TableName = keyof typeof COLUMNS;
export const TABLES = Object.keys(COLUMNS) as TableName[];

const FROM_TEXT_FORMATS = new Set(['free']);

function factRow(r: ReadReport, year: number, indicatorOf: ReadonlyMap<string, string>, f: Fact): Row | undefined {
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
function indicatorsOf(r: ReadReport): Map<string, string> {
  const summary = summarize(r.dataset, r.body.id, r.id);
  const stated = new Set(INDICATORS.filter((i) => i.kind === 'stated').map((i) => i.id));
  const out = new Map<string, string>();
  for (const [id, point] of Object.entries(summary.values))
    if (stated.has(id) && point.facts.length === 1 && point.facts[0]) out.set(point.facts[0], id);
  return out;
}

/** A path relative to the library's folder as a path on the site (/data/library/x.json, /data/luzhou-2018.json). */
const sitePath = (rel: string) => (rel.startsWith('../') ? `/data/${rel.slice(3)}` : `/data/library/${rel}`);

const labels = (prefix: string, l: { 'zh-Hant': string; 'zh-Hans': string; en: string } | undefined) => ({
  [`${prefix}_zh_hant`]: l?.['zh-Hant'] ?? null,
  [`${prefix}_zh_hans`]: l?.['zh-Hans'] ?? null,
  [`${prefix}_en`]: l?.en ?? null,
});

/** Rows of the four tables, reports in the order given (assemble.ts sorts them by body, then year). */
export function tableRows(reports: readonly ReadReport[], bodies: readonly Body[]): Record<TableName, Row[]> {
  const cells: Row[] = [];
  const checks: Row[] = [];
  const reportRows: Row[] = [];
  const yearOf = new Map<string, number>();
  for (const r of reports) {
    const d = r.dataset;
    const year = reportYear(d);
    yearOf.set(r.id, year);
    const key = { report_id: r.id, body_id: r.body.id, year };
    const indicatorOf = indicatorsOf(r);
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
      dataset: sitePath(r.data),
      text:
        r.text !== undefined ? sitePath(`${r.id}.txt`) : d.meta.source ? sitePath(`../${d.meta.source.file}`) : null,
      facts: d.facts.length,
      checks: results.length,
      checks_failing: results.filter((x) => x.verdict === 'fails').length,
    });
  }
  // Identities across two years of one body, filed under the later year's report.
  const used = bodies.filter((b) => reports.some((r) => r.body.id === b.id));
  for (const body of used) {
    const own = reports.filter((r) => r.body.id === body.id);
    const file = { body, reports: own.map((r) => summarize(r.dataset, body.id, r.id)) };
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
    })),
    checks,
  };
}

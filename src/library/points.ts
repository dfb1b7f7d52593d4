import { parquetRead, parquetReadObjects, type AsyncBuffer, type FileMetaData } from 'hyparquet';
import { compressors, readRows } from '../data/parquet';
import type { L10n } from '../data/schema';
import { rankRows, type CompareRow } from './compare';
import { factsRead, INDICATORS } from './indicators';
import { stateOf } from './series';
import type { Body, Indicator, Point, ReportSummary } from './types';

/**
 * The compare view's own table, `points`: one row per report and indicator the
 * report gives a value for or prints blank, derived from cells and checks by the
 * summary every view uses. One Parquet file per indicator
 * (`points/indicator=applications.new.all/data_0.parquet`), its rows by year,
 * largest value first, blanks last: the ranking of one year is the first rows
 * of that year, so a view reads a few row groups, not 150,000 bodies' cells.
 */

export const pointsPath = (indicator: string) => `points/indicator=${indicator}/data_0.parquet`;

/**
 * The compare view's first read, `top`: of each year, the first SHOWN values and SHOWN blanks of the points (in
 * their order) and the year's counts, one small file per indicator. The points of a year at national scale are a
 * 300 KB footer and 10,000 rows to decode for the 30 shown; a province or kind of body kept still reads them.
 */
export const topPath = (indicator: string) => `top/indicator=${indicator}/data_0.parquet`;

export interface PointRow {
  year: number;
  indicator: string;
  body_id: string;
  report_id: string;
  format: string;
  /** null: the report prints the cell blank. */
  value: number | null;
  /** The Point (facts, checks, a rate's base) as JSON; null when blank. */
  point: string | null;
  level: string | null;
  province: string | null;
  name_zh_hant: string;
  name_zh_hans: string;
  name_en: string;
}

/** The points of one report: every indicator it gives a value for, or prints blank. */
export function pointRows(s: ReportSummary, body: Body, province: string | null): PointRow[] {
  return INDICATORS.flatMap((ind) => {
    const { state, point } = stateOf(s, ind.id);
    if (state !== 'value' && state !== 'blank') return [];
    return [
      {
        year: s.year,
        indicator: ind.id,
        body_id: s.body,
        report_id: s.report,
        format: s.format,
        value: point ? point.value : null,
        point: point ? JSON.stringify(point) : null,
        level: body.level ?? null,
        province,
        name_zh_hant: body.name['zh-Hant'],
        name_zh_hans: body.name['zh-Hans'],
        name_en: body.name.en,
      },
    ];
  });
}

/** Rows a year's ranking shows at most, and bodies printed blank named at most (the rest are counted). */
export const SHOWN = 30;

export interface Keep {
  level: string;
  province: string;
}

/** One indicator of one year across the library: the largest values (ranked), the blanks, and how many of each. */
export interface YearPoints {
  /** The largest values kept, largest first, then the first blanks kept. */
  rows: CompareRow[];
  /** Kept bodies with a value, and printed blank: all of them, not only those in rows. */
  values: number;
  blanks: number;
}

export const NO_POINTS: YearPoints = { rows: [], values: 0, blanks: 0 };

type Parquet = { file: AsyncBuffer; metadata: FileMetaData };
/** Every column, in the file's order (the ranking's columns first, so one group's are one request). */
const COLUMNS = [
  'value',
  'level',
  'province',
  'body_id',
  'report_id',
  'format',
  'point',
  'name_zh_hant',
  'name_zh_hans',
  'name_en',
];

/** A turn of the page's event loop (a timer, not a microtask): what is decoded after it is another task. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * One year's points of an indicator's file, kept by kind of body and province:
 * the columns that rank and keep (value, level, province) of that year's row
 * groups, then every column of only the rows shown.
 */
export async function readYearPoints(
  pf: Parquet | undefined,
  indicator: Indicator,
  year: number,
  keep: Keep,
  provinces: ReadonlyMap<string, L10n>,
): Promise<YearPoints> {
  const groups = pf ? yearGroups(pf.metadata, year) : [];
  const [first, last] = [groups[0], groups.at(-1)];
  if (!pf || !first || !last) return NO_POINTS;
  // The year's largest values are at the start of its first group: its bytes are asked for at once, beside the
  // rest (the reader cuts the columns it reads later from them).
  const [from, to] = columnsSpan(pf.metadata, first.index, COLUMNS);
  if (to > from) Promise.resolve(pf.file.slice(from, to)).catch(() => undefined);
  const { valued, blank } =
    keep.level || keep.province
      ? await keptRows(pf, year, keep, [first.start, last.end])
      : await yearRows(pf, year, groups);
  // Each step decodes what it fetched in one go; between them the page paints and answers (with the bytes here
  // already, the steps would be one task, long on a phone).
  await nextTask();
  const rows = await readRowsAt(pf, [...valued.slice(0, SHOWN), ...blank.slice(0, SHOWN)]);
  return { rows: rows.map((r) => rowOf(r, indicator, provinces)), values: valued.length, blanks: blank.length };
}

/** One year's points of an indicator's `top` file (topPath): what readYearPoints gives when nothing is kept. */
export async function readTopYear(
  pf: Parquet | undefined,
  indicator: Indicator,
  year: number,
  provinces: ReadonlyMap<string, L10n>,
): Promise<YearPoints> {
  if (!pf) return NO_POINTS;
  const rows = await readRows(pf, { year }, [...COLUMNS, 'year_values', 'year_blanks']);
  const first = rows[0];
  if (!first) return NO_POINTS;
  return {
    rows: rows.map((r) => rowOf(r, indicator, provinces)),
    values: Number(first.year_values),
    blanks: Number(first.year_blanks),
  };
}

/** Row positions of a year's values and blanks, kept by kind of body and province: read from those columns. */
async function keptRows(pf: Parquet, year: number, keep: Keep, span: [number, number]) {
  const names = ['year', 'value', ...(keep.level ? ['level'] : []), ...(keep.province ? ['province'] : [])];
  const cols = await readColumns(pf, names, span);
  const [years = [], values = [], ...kinds] = names.map((n) => cols.get(n) ?? []);
  const levels = keep.level ? kinds[0] : undefined;
  const places = keep.province ? kinds.at(-1) : undefined;
  const valued: number[] = [];
  const blank: number[] = [];
  for (let i = 0; i < years.length; i++) {
    if (Number(years[i]) !== year) continue;
    if (levels && levels[i] !== keep.level) continue;
    if (places && places[i] !== keep.province) continue;
    (values[i] === null || values[i] === undefined ? blank : valued).push(span[0] + i);
  }
  return { valued, blank };
}

/**
 * Row positions of all of a year's values and blanks. A year's rows are one run, values first (largest first),
 * blanks last; a group wholly of the year is counted from its statistics (rows, and nulls of value), so only
 * the groups it shares with the years beside it are read.
 */
async function yearRows(pf: Parquet, year: number, groups: readonly Group[]) {
  const read = await Promise.all(
    groups.map((g) =>
      g.inner && g.nulls !== undefined ? undefined : readColumns(pf, ['year', 'value'], [g.start, g.end]),
    ),
  );
  let start = -1;
  let values = 0;
  let blanks = 0;
  groups.forEach((g, k) => {
    const cols = read[k];
    if (!cols) {
      if (start < 0) start = g.start;
      values += g.end - g.start - (g.nulls ?? 0);
      blanks += g.nulls ?? 0;
      return;
    }
    const [years = [], vs = []] = [cols.get('year'), cols.get('value')];
    for (let i = 0; i < years.length; i++) {
      if (Number(years[i]) !== year) continue;
      if (start < 0) start = g.start + i;
      if (vs[i] === null || vs[i] === undefined) blanks++;
      else values++;
    }
  });
  const run = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
  return { valued: run(start, values), blank: run(start + values, blanks) };
}

interface Group {
  /** The row group's place in the file. */
  index: number;
  start: number;
  end: number;
  /** Every row of the group is of the year (its statistics say so). */
  inner: boolean;
  /** Rows of the group whose value is blank, from its statistics. */
  nulls?: number;
}

/** The bytes of a row group's `columns`, first to last: [start, end). */
function columnsSpan(metadata: FileMetaData, group: number, columns: readonly string[]): [number, number] {
  let [from, to] = [Infinity, 0];
  for (const c of metadata.row_groups[group]?.columns ?? []) {
    const m = c.meta_data;
    if (!m || !columns.includes(m.path_in_schema[0] ?? '')) continue;
    const start = Number(m.dictionary_page_offset ?? m.data_page_offset);
    from = Math.min(from, start);
    to = Math.max(to, start + Number(m.total_compressed_size));
  }
  return [from, to];
}

/** The row groups whose statistics may hold `year` (the file is ordered by year). */
function yearGroups(metadata: FileMetaData, year: number): Group[] {
  let start = 0;
  const out: Group[] = [];
  for (const [index, g] of metadata.row_groups.entries()) {
    const end = start + Number(g.num_rows);
    const stats = (name: string) =>
      g.columns.find((c) => c.meta_data?.path_in_schema[0] === name)?.meta_data?.statistics;
    const bound = (v: unknown) => (v === undefined || v === null ? NaN : Number(v));
    const [min, max] = [bound(stats('year')?.min_value), bound(stats('year')?.max_value)];
    const nulls = stats('value')?.null_count;
    // A group without statistics may hold any year.
    if (!(min > year) && !(max < year))
      out.push({
        index,
        start,
        end,
        inner: min === year && max === year,
        ...(nulls !== undefined ? { nulls: Number(nulls) } : {}),
      });
    start = end;
  }
  return out;
}

/**
 * Columns of the rows in `span`, as arrays: hyparquet plans every column chunk at
 * once and fetches them together (a filter would look at each group in turn).
 */
async function readColumns(pf: Parquet, columns: readonly string[], [rowStart, rowEnd]: [number, number]) {
  const out = new Map(columns.map((c) => [c, new Array<unknown>(rowEnd - rowStart)]));
  await parquetRead({
    ...pf,
    columns: [...columns],
    rowStart,
    rowEnd,
    compressors,
    onChunk: ({ columnName, columnData, rowStart: at }) => {
      const into = out.get(columnName);
      if (!into) return;
      for (let i = 0; i < columnData.length; i++) {
        const k = at - rowStart + i;
        if (k >= 0 && k < into.length) into[k] = columnData[i];
      }
    },
  });
  return out;
}

/** Every column of the rows at `indices` (ascending): one read per row group they fall in. */
async function readRowsAt(pf: Parquet, indices: readonly number[]): Promise<Record<string, unknown>[]> {
  const groups: [number, number][] = [];
  let start = 0;
  for (const g of pf.metadata.row_groups) {
    const end = start + Number(g.num_rows);
    const inside = indices.filter((i) => i >= start && i < end);
    const first = inside[0];
    const last = inside.at(-1);
    if (first !== undefined && last !== undefined) groups.push([first, last + 1]);
    start = end;
  }
  const read = await Promise.all(
    groups.map(([rowStart, rowEnd]) =>
      parquetReadObjects({
        ...pf,
        columns: COLUMNS,
        rowStart,
        rowEnd,
        compressors,
        rowFormat: 'object',
      }).then((rows) => rows.map((r, i) => [rowStart + i, r] as const)),
    ),
  );
  const want = new Set(indices);
  return read.flat().flatMap(([i, r]) => (want.has(i) ? [r] : []));
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

function rowOf(r: Record<string, unknown>, indicator: Indicator, provinces: ReadonlyMap<string, L10n>): CompareRow {
  const point = typeof r.point === 'string' ? (JSON.parse(r.point) as Point) : undefined;
  const region = provinces.get(text(r.province)) ?? { 'zh-Hant': '', 'zh-Hans': '', en: '' };
  const body: Body = {
    id: text(r.body_id),
    name: { 'zh-Hant': text(r.name_zh_hant), 'zh-Hans': text(r.name_zh_hans), en: text(r.name_en) },
    region,
    ...(r.level ? { level: text(r.level) as Body['level'] } : {}),
  };
  return {
    body,
    state: point ? 'value' : 'blank',
    report: text(r.report_id),
    format: text(r.format) as CompareRow['format'],
    ...(point ? { point } : {}),
    facts: point ? point.facts : factsRead(indicator),
  };
}

/** The year's points with the reader's reports: the largest values ranked, the blanks, and how many of each. */
export interface JoinedYear {
  values: CompareRow[];
  blanks: CompareRow[];
  valueCount: number;
  blankCount: number;
}

/**
 * The library's points joined with rows of the reader's reports (compareYear of
 * them, already kept by the filters); a library value the reader rejected in
 * review (`rejected(row)`) is dropped, as the other views drop it.
 */
export function joinYear(
  points: YearPoints,
  mine: readonly CompareRow[],
  rejected: (row: CompareRow) => boolean,
): JoinedYear {
  const library = points.rows.filter((r) => !(r.point && rejected(r)));
  const dropped = points.rows.length - library.length;
  const of = (rows: readonly CompareRow[], valued: boolean) => rows.filter((r) => Boolean(r.point) === valued);
  const mineValues = of(mine, true);
  const mineBlanks = mine.filter((r) => r.state === 'blank');
  return {
    values: rankRows([...of(library, true), ...mineValues]).slice(0, SHOWN),
    blanks: [...of(library, false), ...mineBlanks].slice(0, SHOWN),
    valueCount: points.values - dropped + mineValues.length,
    blankCount: points.blanks + mineBlanks.length,
  };
}

import { parquetReadObjects, rowIndex, type AsyncBuffer, type FileMetaData } from 'hyparquet';
import { compressors } from '../data/parquet';
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
const HEAVY = [
  'body_id',
  'report_id',
  'format',
  'point',
  'level',
  'province',
  'name_zh_hant',
  'name_zh_hans',
  'name_en',
];

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
  if (!pf) return NO_POINTS;
  const light = await parquetReadObjects({
    ...pf,
    columns: ['year', 'value', 'level', 'province'],
    filter: { year: { $eq: year } },
    includeRowIndex: true,
    compressors,
    rowFormat: 'object',
  });
  const kept = light.filter(
    (r) => (!keep.level || r.level === keep.level) && (!keep.province || r.province === keep.province),
  );
  const valued = kept.filter((r) => r.value !== null && r.value !== undefined);
  const blank = kept.filter((r) => r.value === null || r.value === undefined);
  const wanted = [...valued.slice(0, SHOWN), ...blank.slice(0, SHOWN)].map((r) =>
    Number((r as Record<symbol, unknown>)[rowIndex]),
  );
  const rows = await readRowsAt(pf, wanted);
  return { rows: rows.map((r) => rowOf(r, indicator, provinces)), values: valued.length, blanks: blank.length };
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
        columns: ['value', ...HEAVY],
        rowStart,
        rowEnd,
        includeRowIndex: true,
        compressors,
        rowFormat: 'object',
      }),
    ),
  );
  const want = new Set(indices);
  return read.flat().filter((r) => want.has(Number((r as Record<symbol, unknown>)[rowIndex])));
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

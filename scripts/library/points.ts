import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { L10n } from '../../src/data/schema';
import { provinceOf } from '../../src/library/compare';
import {
  BODY_COLUMNS,
  CELL_COLUMNS,
  CHECK_COLUMNS,
  bodyFromRow,
  groupBy,
  summaryFromRows,
  type Row,
} from '../../src/library/fromTables';
import { partPath, type PartsFile, type TableName } from '../../src/library/parts';
import { writePartsFile } from './partsFile';
import { NAMES_PATH, nameRow } from '../../src/library/names';
import { pointRows, SHOWN } from '../../src/library/points';
import { DERIVED, type DerivedName } from '../../src/library/tableRows';

/**
 * The views' own tables, made from the tables already written in `out`, part by
 * part: compare's points (src/library/points.ts: each report summarized from its
 * cells and checks as the views summarize it) and their top of each year, the library search's names of every
 * body in one file (src/library/names.ts), and the library's outline in parts.json.
 */

const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** read_json's column types of a derived table (`more`: the partition column, not written in the files). */
const jsonColumns = (table: DerivedName, more = '') =>
  [...DERIVED[table].map((c) => `"${c.name}": '${c.sql}'`), ...(more ? [more] : [])].join(', ');

/** Row groups of a year's ranking: about 16 a year at the library's busiest year, 2,048 rows at least. */
export const pointsRowGroup = (busiest: number) => Math.max(2048, 2048 * Math.ceil(busiest / 16 / 2048));

/**
 * The compare view's `top` from the points written in `out` (src/library/points.ts topPath): of each indicator
 * and year, the first SHOWN values and SHOWN blanks in the points' order, each row with the year's counts.
 */
export async function writeTop(db: DuckDBConnection, out: string): Promise<void> {
  rmSync(join(out, 'top'), { recursive: true, force: true });
  // Reports that give no figure (a shard of free-text reports) have no points: an empty top, as their points.
  if (!existsSync(join(out, 'points')) || readdirSync(join(out, 'points')).length === 0) {
    mkdirSync(join(out, 'top'), { recursive: true });
    return;
  }
  const order = 'value DESC NULLS LAST, body_id, report_id';
  const year = 'PARTITION BY indicator, year';
  await db.run(
    `COPY (SELECT * EXCLUDE (k) FROM (
        SELECT *, row_number() OVER (${year}, value IS NULL ORDER BY ${order}) AS k,
          count(value) OVER (${year})::INTEGER AS year_values,
          (count(*) OVER (${year}) - count(value) OVER (${year}))::INTEGER AS year_blanks
        FROM read_parquet(${quote(join(out, 'points', '*', '*.parquet'))}, hive_partitioning = true))
      WHERE k <= ${SHOWN} ORDER BY indicator, year, ${order})
    TO ${quote(join(out, 'top'))} (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (indicator),
      FILENAME_PATTERN 'data_{i}', OVERWRITE_OR_IGNORE)`,
  );
}

/** Writes points/, top/, names/ and parts.json (how the tables are split, and the outline) into `out`. */
export async function writePoints(
  db: DuckDBConnection,
  out: string,
  layout: Pick<PartsFile, 'parts' | 'present'>,
): Promise<PartsFile> {
  const years: Record<string, number> = {};
  const levels = new Set<string>();
  const provinces = new Map<string, { id: string; name: L10n }>();
  const staging = mkdtempSync(join(tmpdir(), 'points-'));
  const file = join(staging, 'points.ndjson');
  const namesFile = join(staging, 'names.ndjson');
  try {
    const fd = openSync(file, 'w');
    const namesFd = openSync(namesFile, 'w');
    const read = async (table: TableName, part: string, columns: readonly string[]) =>
      (
        await db.runAndReadAll(
          `SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM read_parquet(${quote(join(out, partPath(table, part)))})`,
        )
      ).getRowObjectsJS() as Row[];
    try {
      for (const part of layout.present.reports) {
        const has = (t: TableName) => layout.present[t].includes(part);
        const [bodyRows, reports, cells, checks] = await Promise.all([
          has('bodies') ? read('bodies', part, BODY_COLUMNS) : [],
          read('reports', part, ['report_id', 'body_id', 'year']),
          has('cells') ? read('cells', part, ['body_id', ...CELL_COLUMNS]) : [],
          has('checks') ? read('checks', part, CHECK_COLUMNS) : [],
        ]);
        const bodies = new Map(bodyRows.map((r) => [String(r.body_id), bodyFromRow(r)]));
        const provinceOfBody = new Map<string, string | null>();
        for (const [id, b] of bodies) {
          if (b.level) levels.add(b.level);
          const p = provinceOf(b);
          if (p) provinces.set(p.id, p);
          provinceOfBody.set(id, p?.id ?? null);
        }
        const cellsBy = groupBy(cells);
        const checksBy = groupBy(checks);
        const lines: string[] = [];
        for (const r of reports) {
          const id = String(r.report_id);
          const bodyId = String(r.body_id);
          years[String(r.year)] = (years[String(r.year)] ?? 0) + 1;
          const own = cellsBy.get(id);
          const body = bodies.get(bodyId);
          if (!own || !body) continue;
          const summary = summaryFromRows(bodyId, own, checksBy.get(id) ?? []);
          for (const row of pointRows(summary, body, provinceOfBody.get(bodyId) ?? null))
            lines.push(JSON.stringify(row));
        }
        if (lines.length > 0) writeSync(fd, `${lines.join('\n')}\n`);
        const counts = new Map<string, number>();
        for (const r of reports) counts.set(String(r.body_id), (counts.get(String(r.body_id)) ?? 0) + 1);
        const names = [...bodies.values()].map((b) => JSON.stringify(nameRow(b, counts.get(b.id) ?? 0)));
        if (names.length > 0) writeSync(namesFd, `${names.join('\n')}\n`);
      }
    } finally {
      closeSync(fd);
      closeSync(namesFd);
    }
    rmSync(join(out, 'points'), { recursive: true, force: true });
    const busiest = Math.max(0, ...Object.values(years));
    await db.run(
      `COPY (SELECT * FROM read_json(${quote(file)}, format = 'newline_delimited', columns = {${jsonColumns('points', `"indicator": 'VARCHAR'`)}})
        ORDER BY indicator, year, value DESC NULLS LAST, body_id, report_id)
      TO ${quote(join(out, 'points'))} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${pointsRowGroup(busiest)},
        PARTITION_BY (indicator), FILENAME_PATTERN 'data_{i}', OVERWRITE_OR_IGNORE)`,
    );
    await writeTop(db, out);
    rmSync(join(out, 'names'), { recursive: true, force: true });
    mkdirSync(join(out, 'names'), { recursive: true });
    await db.run(
      `COPY (SELECT * FROM read_json(${quote(namesFile)}, format = 'newline_delimited', columns = {${jsonColumns('names')}}) ORDER BY body_id)
      TO ${quote(join(out, NAMES_PATH))} (FORMAT parquet, COMPRESSION zstd)`,
    );
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  const parts: PartsFile = {
    ...layout,
    years,
    levels: [...levels].sort(),
    provinces: [...provinces.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
  writePartsFile(out, parts);
  return parts;
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { asyncBufferFromFile } from 'hyparquet';
import type { Dataset } from '../../../src/data/schema';
import { readRows } from '../../../src/data/parquet';
import { bodyFileFromTables, catalogueFromTables, readByParts } from '../../../src/library/fromTables';
import { buildLibrary } from '../../../scripts/library/build';
import { BodyFile, Catalogue, YearFile, type ReportSummary } from '../../../src/library/types';
import { readPartsFile } from '../../../scripts/library/partsFile';

/**
 * The real library, built once per test file from reports/ (as `npm run data` does, without writing), with the
 * reference summaries made straight from the datasets (catalogue.json, bodies/, years/: never written to the site).
 */
let built: Promise<Map<string, string>> | undefined;
export const library = () => (built ??= buildLibrary());

const parse = async (path: string) => {
  const content = (await library()).get(path);
  if (content === undefined) throw new Error(`the build wrote no ${path}`);
  return JSON.parse(content) as unknown;
};
export const catalogue = async () => Catalogue.parse(await parse('catalogue.json'));
export const bodyFile = async (body: string) => BodyFile.parse(await parse(`bodies/${body}.json`));
export const yearFile = async (year: number) => YearFile.parse(await parse(`years/${year}.json`));
export const dataset = async (id: string) => (await parse(`${id}.json`)) as Dataset;

export async function summaryOf(id: string): Promise<ReportSummary> {
  const body = id.replace(/-\d{4}$/, '');
  const s = (await bodyFile(body)).reports.find((r) => r.report === id);
  if (!s) throw new Error(`no summary of ${id}`);
  return s;
}

/** A summary typed by hand: indicator -> value (one fact, the indicator's own id). */
export function summary(
  body: string,
  year: number,
  format: ReportSummary['format'],
  values: Record<string, number>,
  blank?: string[],
): ReportSummary {
  return {
    report: `${body}-${year}`,
    body,
    year,
    format,
    values: Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value, facts: [id] }])),
    ...(blank ? { blank } : {}),
  };
}

export const body = (id: string) => ({
  id,
  name: { 'zh-Hant': id, 'zh-Hans': id, en: id },
  region: { 'zh-Hant': id, 'zh-Hans': id, en: id },
});

const TABLES = join(import.meta.dirname, '../../../public/data/tables');
const parts = readPartsFile(TABLES);

/** The committed open tables (public/data/tables/), read as the views read them, from files. */
export const readTables = readByParts(
  async (path, where, columns) =>
    existsSync(join(TABLES, path))
      ? readRows({ file: await asyncBufferFromFile(join(TABLES, path)) }, where, columns)
      : undefined,
  async () => parts,
);

/** The library's list as the views have it: from the open tables. */
export const tablesCatalogue = () => catalogueFromTables(readTables);

/** A body's years as the trends view has them: from the open tables. */
export async function tablesBodyFile(body: string): Promise<BodyFile> {
  const file = await bodyFileFromTables(readTables, body);
  if (!file) throw new Error(`the tables have no body ${body}`);
  return file;
}

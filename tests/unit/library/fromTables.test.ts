import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asyncBufferFromFile } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { readRows } from '../../../src/data/parquet';
import {
  bodyFileFromTables,
  catalogueFromTables,
  readByParts,
  yearFileFromTables,
  type ReadTable,
} from '../../../src/library/fromTables';
import type { PartsFile } from '../../../src/library/parts';
import { BodyFile, Catalogue, YearFile } from '../../../src/library/types';

/** The views' reading of the open tables gives what the JSON files the views read before said, figure for figure. */

const root = join(import.meta.dirname, '../../..');
const tables = join(root, 'public/data/tables');
const parts = JSON.parse(readFileSync(join(tables, 'parts.json'), 'utf8')) as PartsFile;
const read = readByParts(
  async (path, where, columns) =>
    existsSync(join(tables, path))
      ? readRows({ file: await asyncBufferFromFile(join(tables, path)) }, where, columns)
      : undefined,
  async (table) => parts.present[table],
);

describe('a body read from the Parquet tables', () => {
  const catalogue = Catalogue.parse(JSON.parse(readFileSync(join(root, 'public/data/library/catalogue.json'), 'utf8')));
  for (const { id } of catalogue.bodies)
    it(`${id}: every year's figures, gaps, blanks, checks and failing checks as its body file has them`, async () => {
      const fromJson = BodyFile.parse(
        JSON.parse(readFileSync(join(root, `public/data/library/bodies/${id}.json`), 'utf8')),
      );
      const fromTables = await bodyFileFromTables(read, id);
      expect(BodyFile.parse(fromTables)).toEqual(fromJson);
    });

  it('is absent for a body the tables do not hold', async () => {
    expect(await bodyFileFromTables(read, 'nobody')).toBeUndefined();
  });
});

describe('a year read from the Parquet tables', () => {
  const catalogue = Catalogue.parse(JSON.parse(readFileSync(join(root, 'public/data/library/catalogue.json'), 'utf8')));
  const years = [...new Set(catalogue.reports.map((r) => r.year))];
  it(`holds every body's report of each year (${years.length} years) as the year files do`, async () => {
    for (const year of years) {
      const fromJson = YearFile.parse(
        JSON.parse(readFileSync(join(root, `public/data/library/years/${year}.json`), 'utf8')),
      );
      const fromTables = YearFile.parse(await yearFileFromTables(read, year));
      const byReport = (f: YearFile) => [...f.reports].sort((a, b) => a.report.localeCompare(b.report));
      expect(byReport(fromTables), String(year)).toEqual(byReport(fromJson));
    }
    expect(await yearFileFromTables(read, 1999)).toBeUndefined();
  });
});

describe('the library list read from the Parquet tables', () => {
  it('lists every report with its headline figures, checks and review counts as the catalogue does', async () => {
    const fromJson = Catalogue.parse(
      JSON.parse(readFileSync(join(root, 'public/data/library/catalogue.json'), 'utf8')),
    );
    const fromTables = Catalogue.parse(await catalogueFromTables(read));
    const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(fromTables.reports)).toEqual(byId(fromJson.reports));
    expect(byId(fromTables.bodies)).toEqual(byId(fromJson.bodies));
    expect(fromTables.indicators).toEqual(fromJson.indicators);
  });
});

describe('a broken table', () => {
  it('is an error the view can show, never a crash or an empty library', async () => {
    const junk = new TextEncoder().encode('PAR1 this is not a Parquet file PAR1');
    const broken: ReadTable = (_table, where, columns) =>
      readRows(
        { file: { byteLength: junk.byteLength, slice: async (a, b) => junk.slice(a, b).buffer } },
        where,
        columns,
      );
    await expect(catalogueFromTables(broken)).rejects.toThrow(/parquet/i);
    await expect(bodyFileFromTables(broken, 'pingtan')).rejects.toThrow(/parquet/i);
  });
});

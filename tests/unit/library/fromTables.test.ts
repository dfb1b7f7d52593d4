import { beforeAll, describe, expect, it } from 'vitest';
import { BODIES, REPORTS } from '../../../reports/library';
import { readRows } from '../../../src/data/parquet';
import { bodyFileFromTables, catalogueFromTables, type ReadTable } from '../../../src/library/fromTables';
import { BodyFile, Catalogue } from '../../../src/library/types';
import { bodyFile, catalogue, library, readTables } from './fixtures';

// The reference is the whole library imported (PDFs too): once, before the comparisons.
beforeAll(() => library(), 120_000);

/**
 * The views' reading of the open tables gives what the datasets say when summarized straight from them (the
 * reference fixtures.ts builds, as the JSON files the views once read), figure for figure.
 */

const read = readTables;

describe('a body read from the Parquet tables', () => {
  for (const { id } of BODIES.filter((b) => REPORTS.some((r) => r.body === b.id)))
    it(`${id}: every year's figures, gaps, blanks, checks and failing checks as summarized from its datasets`, async () => {
      const fromJson = await bodyFile(id);
      const fromTables = await bodyFileFromTables(read, id);
      expect(BodyFile.parse(fromTables)).toEqual(fromJson);
    });

  it('is absent for a body the tables do not hold', async () => {
    expect(await bodyFileFromTables(read, 'nobody')).toBeUndefined();
  });
});

describe('the library list read from the Parquet tables', () => {
  it('lists every report with its headline figures, checks and review counts as the catalogue does', async () => {
    const fromJson = await catalogue();
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

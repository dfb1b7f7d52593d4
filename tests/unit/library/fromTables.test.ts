import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asyncBufferFromFile } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { readRows } from '../../../src/data/parquet';
import { bodyFileFromTables, type ReadTable } from '../../../src/library/fromTables';
import { BodyFile, Catalogue } from '../../../src/library/types';

/** The views' reading of the open tables gives what the JSON files the views read before said, figure for figure. */

const root = join(import.meta.dirname, '../../..');
const read: ReadTable = async (table, where, columns) =>
  readRows({ file: await asyncBufferFromFile(join(root, `public/data/tables/${table}.parquet`)) }, where, columns);

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

import { describe, expect, it } from 'vitest';
import { readAhead, takeAhead } from '../../../src/data/readAhead';
import { bodyFileFromTables, catalogueFromTables, readByParts } from '../../../src/library/fromTables';
import { TABLE_NAMES, type PartsFile } from '../../../src/library/parts';

/**
 * The tables' worker reads a body's rows before the app asks (src/data/readAhead.ts): only worth it if every
 * read the trends view then makes is one it read ahead, the same file, rows and columns.
 */

const BASE = 'https://example.org/data/tables/';
type Where = Record<string, string | number>;

describe("a body's trends read ahead in the tables' worker", () => {
  it('reads exactly what the trends view asks of the body’s part, each file, row and column', async () => {
    for (const [body, parts] of [
      ['pingtan', 1],
      ['hongze', 16],
      ['s075000', 4096],
    ] as const) {
      const ahead: string[] = [];
      readAhead(body, parts, BASE, (url, where, columns) => {
        ahead.push(`${url} ${JSON.stringify(where)} ${columns.join(',')}`);
        return Promise.resolve([]);
      });
      const layout = {
        parts,
        present: Object.fromEntries(TABLE_NAMES.map((t) => [t, []])),
      } as unknown as PartsFile;
      const asks: [string, Where, readonly string[]][] = [];
      const read = readByParts(
        (path, where, columns) => {
          asks.push([`${BASE}${path}`, where, columns]);
          return Promise.resolve([]);
        },
        () => Promise.resolve(layout),
      );
      // What the trends view reads of a body (library/load.ts: fetchCatalogue and fetchBodyFile).
      await catalogueFromTables(read, { body_id: body });
      await bodyFileFromTables(read, body);
      expect(asks.length).toBeGreaterThanOrEqual(4);
      for (const [url, where, columns] of asks) expect(takeAhead(url, where, columns), url).toBeDefined();
      // Nothing read ahead that the view does not ask.
      expect(new Set(asks.map(([u, w, c]) => `${u} ${JSON.stringify(w)} ${c.join(',')}`))).toEqual(new Set(ahead));
      // Another body's asks are not answered from it.
      expect(takeAhead(asks[0]![0], { body_id: `${body}x` }, asks[0]![2])).toBeUndefined();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { readByParts } from '../../../src/library/fromTables';
import { partOf, partsFor, type PartsFile } from '../../../src/library/parts';

/** How the open tables are split by body, and what a view opens of them. */

describe('the tables’ parts', () => {
  it('are one for a small library and grow with it, to 8,192 at national scale', () => {
    expect(partsFor(5)).toBe(1);
    expect(partsFor(16)).toBe(1);
    expect(partsFor(17)).toBe(2);
    expect(partsFor(1_000)).toBe(64);
    expect(partsFor(65_536)).toBe(4096);
    expect(partsFor(150_000)).toBe(8192);
    expect(partsFor(1_000_000)).toBe(8192);
  });

  it('name a body by FNV-1a of its id, so any reader finds it without an index', () => {
    // FNV-1a 32 of "a" is 0xe40c292c; of "" the offset basis 0x811c9dc5.
    expect(partOf('a', 4096)).toBe('92c');
    expect(partOf('', 4096)).toBe('dc5');
    expect(partOf('a', 1)).toBe('000');
    // Among 8,192 parts a name has four digits, every one of them (a reader lists them in order).
    expect(partOf('a', 8192)).toBe('092c');
    expect(partOf('', 8192)).toBe('1dc5');
    // UTF-8 bytes, not UTF-16 code units: a Chinese id has a part of its own too.
    expect(partOf('平潭', 4096)).toMatch(/^[0-9a-f]{3}$/);
  });

  it('a body’s rows are read from its part alone; a whole table from every part that holds rows', async () => {
    const layout: PartsFile = {
      parts: 4096,
      present: { cells: ['001', '92c', 'fff'], reports: ['92c'], bodies: ['92c'], checks: ['001'] },
      years: {},
      levels: [],
      provinces: [],
    };
    const opened: string[] = [];
    const read = readByParts(
      async (path) => {
        opened.push(path);
        return path.includes('part=92c') ? [{ body_id: 'a' }] : undefined;
      },
      async () => layout,
    );
    expect(await read('cells', { body_id: 'a' }, ['body_id'])).toEqual([{ body_id: 'a' }]);
    expect(opened).toEqual(['cells/part=92c/data_0.parquet']);
    opened.length = 0;
    // A part with no file (no body of it has rows in that table) is no rows, not an error.
    expect(await read('checks', { body_id: 'b' }, ['body_id'])).toEqual([]);
    opened.length = 0;
    await read('cells', { year: 2020 }, ['body_id']);
    expect(opened).toEqual([
      'cells/part=001/data_0.parquet',
      'cells/part=92c/data_0.parquet',
      'cells/part=fff/data_0.parquet',
    ]);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { partsLayout } from '../../../src/library/partsLayout';
import { partNames, partOf, partsJson, TABLE_NAMES, type PartsFile } from '../../../src/library/parts';

/** parts.json is every library view's first read: small at any size, and refused when it names parts otherwise. */

const layout = (parts: number, present: (t: string) => string[]): PartsFile => ({
  parts,
  present: Object.fromEntries(TABLE_NAMES.map((t) => [t, present(t)])) as PartsFile['present'],
  years: { '2024': 3 },
  levels: [],
  provinces: [],
});

const answer = (body: unknown) => vi.fn(async () => new Response(JSON.stringify(body)));

afterEach(() => vi.unstubAllGlobals());

describe('parts.json', () => {
  it('names the parts without rows: at 8,192 parts it stays a few hundred bytes, and reads back the same', async () => {
    // Every part holds rows but two parts of the checks.
    const national = layout(8192, (t) =>
      partNames(8192).filter((p) => t !== 'checks' || (p !== '0000' && p !== '1fff')),
    );
    const file = partsJson(national);
    expect(file.empty).toEqual({ cells: [], reports: [], bodies: [], checks: ['0000', '1fff'] });
    expect(JSON.stringify(file).length).toBeLessThan(400);
    vi.stubGlobal('fetch', answer(file));
    const read = await partsLayout();
    expect(read).toEqual(national);
    expect(read.present.checks).toHaveLength(8190);
    expect(read.present.cells[0x92c]).toBe(partOf('a', 8192));
  });
});

describe('a parts.json the app does not make', () => {
  it('is refused with a message, not read: names of another width, a count out of range, the old list of parts', async () => {
    vi.resetModules();
    const { partsLayout: fresh } = await import('../../../src/library/partsLayout');
    const ok = partsJson(layout(16, () => ['000', '00a']));
    for (const wrong of [
      { ...ok, parts: 8192 },
      { ...ok, empty: { ...ok.empty, cells: ['0a'] } },
      { ...ok, parts: 2 ** 30 },
      { ...ok, parts: 16.5 },
      layout(16, () => ['000']),
    ]) {
      vi.stubGlobal('fetch', answer(wrong));
      await expect(fresh()).rejects.toThrow(/does not say how the tables are split/);
    }
  });
});

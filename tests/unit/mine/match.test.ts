import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BODIES } from '../../../reports/library';
import { importReport } from '../../../src/import';
import type { Built } from '../../../src/mine/record';
import type { BodyName } from '../../../src/library/names';
import type { Catalogue } from '../../../src/library/types';
import { corpusBytes } from '../import/corpus';

/**
 * An import at national scale (150,000 bodies, no list of them handed over): the title is matched against
 * the names table, and the body matched is read whole from its own part of the tables.
 */

const load = vi.hoisted(() => ({ fetchNames: vi.fn(), fetchCatalogue: vi.fn() }));
vi.mock('../../../src/library/load', () => load);

const names: BodyName[] = BODIES.map((b) => ({ id: b.id, name: b.name, aliases: b.aliases ?? [], reports: 1 }));
const partOf = (id: string): Catalogue => ({
  schemaVersion: 1,
  reports: [],
  bodies: BODIES.filter((b) => b.id === id),
  indicators: [],
});

async function pingtan2024(): Promise<Built> {
  const r = await importReport(corpusBytes('pingtan/2024.html'), 'pingtan-2024.html');
  if (!r.ok) throw new Error(r.message);
  return {
    file: 'pingtan-2024.html',
    sha: 'a'.repeat(64),
    readAs: 'page',
    partly: false,
    dataset: r.value.dataset,
    text: r.value.text,
    warnings: r.warnings,
  };
}

// A fresh module each time: the names are read once per worker and kept.
const matched = async (b: Built, national: boolean) =>
  (await import('../../../src/mine/match')).matchedRecord(b, [], 1, national);

describe('an import matched against a national library', () => {
  beforeEach(() => {
    vi.resetModules();
    load.fetchNames.mockReset().mockResolvedValue(names);
    load.fetchCatalogue.mockReset().mockImplementation(async (id: string) => partOf(id));
  });

  it('finds the body by its names, then reads that body alone: its region and level are the library’s', async () => {
    const s = await matched(await pingtan2024(), true);
    const registered = BODIES.find((b) => b.id === 'pingtan');
    expect(s.report.id).toBe('pingtan-2024');
    expect(s.report.known).toBe(true);
    expect(s.report.body).toEqual(registered);
    expect(s.data.dataset.meta.region).toEqual(registered?.region);
    expect(load.fetchCatalogue.mock.calls).toEqual([['pingtan']]);
  });

  it('keeps the report as written when the names cannot be read (offline), never refusing it', async () => {
    load.fetchNames.mockRejectedValue(new TypeError('Failed to fetch'));
    const s = await matched(await pingtan2024(), true);
    expect(s.report.known).toBe(false);
    expect(s.report.id).not.toBe('pingtan-2024');
    expect(load.fetchCatalogue).not.toHaveBeenCalled();
  });

  it('files it under the body found by name, with the report’s own region, when that body’s part cannot be read', async () => {
    load.fetchCatalogue.mockRejectedValue(new TypeError('Failed to fetch'));
    const b = await pingtan2024();
    const s = await matched(b, true);
    expect(s.report.id).toBe('pingtan-2024');
    expect(s.report.known).toBe(true);
    expect(s.report.body.region).toEqual(b.dataset.meta.region);
  });

  it('reads no names for a library small enough to hand its bodies over', async () => {
    const s = await matched(await pingtan2024(), false);
    expect(s.report.known).toBe(false);
    expect(load.fetchNames).not.toHaveBeenCalled();
  });
});

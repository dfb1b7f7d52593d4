import { join } from 'node:path';
import { asyncBufferFromFile, parquetMetadataAsync } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { BODIES } from '../../../reports/library';
import { NAMES_PATH, readNames } from '../../../src/library/names';
import { bodySearchTexts, findBodies, queryWords } from '../../../src/library/search';
import { tablesCatalogue } from './fixtures';

/** The library's search at national scale: every body's names from one file, searched before any report is read. */

const TABLES = join(import.meta.dirname, '../../../public/data/tables');

async function names() {
  const file = await asyncBufferFromFile(join(TABLES, NAMES_PATH));
  return readNames({ file, metadata: await parquetMetadataAsync(file) });
}

describe('the names table', () => {
  it('holds every body once, named as the registry names it, with its count of reports', async () => {
    const read = await names();
    const catalogue = await tablesCatalogue();
    expect(read.map((b) => b.id)).toEqual(catalogue.bodies.map((b) => b.id));
    for (const b of read) {
      const registered = BODIES.find((r) => r.id === b.id);
      expect(b.name, b.id).toEqual(registered?.name);
      expect(b.aliases, b.id).toEqual(registered?.aliases ?? []);
      expect(b.reports, b.id).toBe(catalogue.reports.filter((r) => r.body === b.id).length);
    }
    expect(read.reduce((n, b) => n + b.reports, 0)).toBe(catalogue.reports.length);
  });

  it('finds bodies by a name in any language, an id in pinyin or another name; a year alone finds none', async () => {
    const read = await names();
    const texts = bodySearchTexts(read);
    const find = (q: string, limit = 20) => findBodies(read, texts, queryWords(q), limit);
    expect(find('平潭').found.map((b) => b.id)).toEqual(['pingtan']);
    expect(find('Pingtan 2021').found.map((b) => b.id)).toEqual(['pingtan']);
    expect(find('hongze').found.map((b) => b.id)).toEqual(['hongze']);
    expect(find('沭陽').found.map((b) => b.id)).toEqual(['shuyang']);
    expect(find('2021')).toEqual({ found: [], total: 0 });
    // Other numbers are part of a name or an id (s000123 splits into s and 000123).
    expect(find('shanghai 2024').found.map((b) => b.id)).toEqual(['shanghai-office']);
    // Every body of a word they share (人民政府), counted whole however few are listed.
    const governments = read.filter((b) => b.name['zh-Hans'].includes('人民政府'));
    expect(governments.length).toBeGreaterThan(1);
    const some = find('人民政府', 1);
    expect(some.found).toHaveLength(1);
    expect(some.total).toBe(governments.length);
  });

  it('finds a made-up body by its id, digits and all', () => {
    const made = ['s000500', 's000501', 's001500'].map((id) => ({ id, name: { en: 'County' }, aliases: [] }));
    const found = findBodies(made, bodySearchTexts(made), queryWords('s000500'), 20);
    expect(found).toEqual({ found: [made[0]], total: 1 });
  });
});

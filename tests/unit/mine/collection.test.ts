import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BODIES } from '../../../reports/library';
import { importReport } from '../../../src/import';
import { collectionZip, readCollection } from '../../../src/mine/collection';
import { buildRecord, type Stored } from '../../../src/mine/record';
import { corpusBytes } from '../import/corpus';

/** My reports as one ZIP, opened on another machine (issue 20, item 2). */

async function stored(path: string, sha: string): Promise<Stored> {
  const r = await importReport(corpusBytes(path), path);
  if (!r.ok) throw new Error(r.message);
  const b = { file: path, sha, readAs: 'page' as const, partly: false, ...r.value, warnings: r.warnings };
  return buildRecord(b, BODIES, 1_700_000_000_000);
}

const unpack = (zip: Uint8Array) => new Map(Object.entries(unzipSync(zip)));

describe('a collection of my reports', () => {
  it('holds a manifest, each dataset and its text, and restores them as they were', async () => {
    const reports = [
      await stored('pingtan/2022.html', '1'.repeat(64)),
      await stored('pingtan/2023.html', '2'.repeat(64)),
    ];
    const files = unpack(collectionZip(reports, new Date('2026-12-02T10:00:00Z')));
    expect([...files.keys()].sort()).toEqual([
      'datasets/pingtan-2022.json',
      'datasets/pingtan-2023.json',
      'manifest.json',
      'texts/pingtan-2022.txt',
      'texts/pingtan-2023.txt',
    ]);
    expect(JSON.parse(strFromU8(files.get('manifest.json') as Uint8Array))).toMatchObject({
      format: 'disclosure-dashboard/my-reports',
      version: 1,
      exported: '2026-12-02T10:00:00.000Z',
    });
    const restorable = readCollection('mine.zip', files);
    expect(restorable?.map((r) => r.name)).toEqual(['mine.zip/pingtan/2022.html', 'mine.zip/pingtan/2023.html']);
    const back = await Promise.all((restorable ?? []).map((r) => r.restore()));
    expect(back).toEqual(reports);
  });

  it('refuses a report whose dataset was tampered with, and restores the others', async () => {
    const reports = [
      await stored('pingtan/2022.html', '1'.repeat(64)),
      await stored('pingtan/2023.html', '2'.repeat(64)),
    ];
    const files = unpack(collectionZip(reports, new Date()));
    const d = JSON.parse(strFromU8(files.get('datasets/pingtan-2022.json') as Uint8Array));
    d.facts[0].value = 'many';
    files.set('datasets/pingtan-2022.json', strToU8(JSON.stringify(d)));
    const [bad, good] = readCollection('c.zip', files) ?? [];
    await expect(bad?.restore()).rejects.toThrow('datasets/pingtan-2022.json: $.facts[0].value');
    await expect(good?.restore()).resolves.toEqual(reports[1]);
  });

  it('is not taken for one unless its manifest says so', () => {
    const plain = unpack(zipSync({ 'manifest.json': strToU8('{"name":"a web app"}'), 'a.html': strToU8('<p>') }));
    expect(readCollection('x.zip', plain)).toBeUndefined();
    expect(readCollection('x.zip', unpack(zipSync({ 'a.html': strToU8('<p>') })))).toBeUndefined();
  });
});

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BODIES } from '../../../reports/library';
import { importReport } from '../../../src/import';
import { getStored, listMine, putStored, StorageFull } from '../../../src/mine/db';
import { buildRecord, withId, type Stored } from '../../../src/mine/record';
import { corpusBytes } from '../import/corpus';

/** My reports in IndexedDB (Dexie over an in-memory IndexedDB here; the e2e tests use Chromium's). */

async function stored(): Promise<Stored> {
  const r = await importReport(corpusBytes('pingtan/2024.html'), '2024.html');
  if (!r.ok) throw new Error(r.message);
  return buildRecord(
    { file: '2024.html', sha: 'f'.repeat(64), readAs: 'page', partly: false, ...r.value, warnings: r.warnings },
    BODIES,
    1,
  );
}

describe('the store of my reports', () => {
  it('keeps a report whole, and says so when the browser refuses more, keeping what it holds', async () => {
    const first = await stored();
    await putStored(first);
    expect(await getStored('pingtan-2024')).toEqual(first);
    // The browser's quota error, as IndexedDB raises it on a write.
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      await expect(putStored(withId(first, 'pingtan-2024-2'))).rejects.toBeInstanceOf(StorageFull);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect((await listMine()).map((r) => r.id)).toEqual(['pingtan-2024']);
    expect(await getStored('pingtan-2024-2')).toBeUndefined();
  });
});

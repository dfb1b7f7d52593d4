import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { archiveGuard, MAX_ENTRIES } from '../../../src/import/archive';

/** A .zip of reports is refused whole when it is hostile (issue 20, item 6): checked before anything is unpacked. */

function guarded(zip: Uint8Array) {
  const guard = archiveGuard();
  const files = unzipSync(zip, { filter: guard.filter });
  return { files: Object.keys(files), refused: guard.refused() };
}

describe('the archive guard', () => {
  it('lets a zip of reports through, skipping hidden and macOS entries', () => {
    const zip = zipSync({
      'a/2023.html': strToU8('<p>2023</p>'),
      '__MACOSX/a/._x': strToU8('x'),
      'a/.DS_Store': strToU8('x'),
    });
    expect(guarded(zip)).toEqual({ files: ['a/2023.html'], refused: undefined });
  });

  it('refuses a zip bomb by its compression ratio', () => {
    const zip = zipSync({ 'bomb.txt': new Uint8Array(64 * 1024 * 1024) }, { level: 9 });
    expect(zip.byteLength).toBeLessThan(200_000);
    const { refused } = guarded(zip);
    expect(refused).toMatchObject({ code: 'ratio', entry: 'bomb.txt' });
    expect((refused as { ratio: number }).ratio).toBeGreaterThan(200);
  });

  it(`refuses more than ${MAX_ENTRIES} files`, () => {
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i <= MAX_ENTRIES; i++) many[`f${i}.txt`] = strToU8('x');
    expect(guarded(zipSync(many, { level: 0 })).refused).toEqual({ code: 'entries', max: MAX_ENTRIES });
  });
});

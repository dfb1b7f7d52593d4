import { zipSync } from 'fflate';

/** A ZIP built in the browser. PNGs are already compressed, so they are stored, not deflated again. */
export async function zipBlob(files: { name: string; blob: Blob }[]): Promise<Blob> {
  const entries: Record<string, [Uint8Array, { level: 0 | 6 }]> = {};
  for (const f of files) {
    const data = new Uint8Array(await f.blob.arrayBuffer());
    entries[f.name] = [data, { level: f.name.endsWith('.png') ? 0 : 6 }];
  }
  const zipped = zipSync(entries);
  return new Blob([zipped.buffer as ArrayBuffer], { type: 'application/zip' });
}

/// <reference lib="webworker" />
import { unzipSync } from 'fflate';
import { archiveGuard, type ArchiveRefusal } from '../import/archive';

/** Unpacks a .zip off the main thread, refusing a hostile one whole (archive.ts) before unpacking it. */

export type UnzipAnswer =
  { ok: true; files: { name: string; bytes: Uint8Array }[] } | { ok: false; refused?: ArchiveRefusal; message: string };

self.onmessage = (event: MessageEvent<ArrayBuffer>) => {
  const guard = archiveGuard();
  let answer: UnzipAnswer;
  try {
    const files = unzipSync(new Uint8Array(event.data), { filter: guard.filter });
    const refused = guard.refused();
    answer = refused
      ? { ok: false, refused, message: 'refused' }
      : {
          ok: true,
          files: Object.keys(files)
            .sort()
            .map((name) => ({ name, bytes: files[name] as Uint8Array })),
        };
  } catch (e) {
    answer = { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  self.postMessage(answer, answer.ok ? answer.files.map((f) => f.bytes.buffer as ArrayBuffer) : []);
};

import { parentPort } from 'node:worker_threads';
import { importReport } from '../../src/import';
import { noteEnglish } from '../../src/import/notes';
import type { Dataset } from '../../src/data/schema';

/** One report at a time, off the main thread: the pool (pool.ts) keeps every worker busy. */

export interface Job {
  index: number;
  name: string;
  bytes: Uint8Array;
  partial: boolean;
}

export type JobResult =
  | { index: number; ok: true; partly: boolean; dataset: Dataset; text: string; warnings: string[] }
  | { index: number; ok: false; message: string };

const base = (name: string) => name.split(/[\\/]/).pop() ?? name;

async function run(job: Job): Promise<JobResult> {
  try {
    const strict = await importReport(job.bytes, base(job.name));
    if (strict.ok)
      return { index: job.index, ok: true, partly: false, ...strict.value, warnings: strict.warnings.map(noteEnglish) };
    // What could be read, when asked for: rows it could not read are listed and their parts marked partial.
    if (!job.partial) return { index: job.index, ok: false, message: strict.message };
    const partial = await importReport(job.bytes, base(job.name), { partial: true });
    if (partial.ok)
      return {
        index: job.index,
        ok: true,
        partly: true,
        ...partial.value,
        warnings: partial.warnings.map(noteEnglish),
      };
    return { index: job.index, ok: false, message: partial.message };
  } catch (e) {
    // A file that breaks the reader is refused; the others go on.
    return {
      index: job.index,
      ok: false,
      message: `the importer failed: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
}

parentPort?.on('message', (job: Job) => {
  void run(job).then((r) => parentPort?.postMessage(r));
});

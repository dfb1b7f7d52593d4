import type { Note } from '../import/notes';
/// <reference lib="webworker" />
import { importReport } from '../import';
import { sniff } from '../import/decode';
import type { FormatRefusal } from '../import/doc';
import type { Body } from '../library/types';
import { matchedRecord } from './match';
import { readAsOf, type Stored } from './record';

/**
 * One report at a time for the pool (pool.ts): the importer reads it whole, or
 * else what it can (the rest marked incomplete), and the record to keep is
 * built here, off the main thread: body matched, summary and checks computed.
 */

export interface Job {
  bytes: ArrayBuffer;
  name: string;
  sha: string;
  bodies: readonly Body[];
  /** The library is too large to hand its bodies over: match against its names table (match.ts). */
  names: boolean;
  added: number;
}

export type Answer =
  { ok: true; stored: Stored } | { ok: false; message: string; format?: FormatRefusal; note?: Note; details?: Note[] };

async function run(job: Job): Promise<Answer> {
  const bytes = new Uint8Array(job.bytes);
  const base = job.name.split('/').pop() ?? job.name;
  let partly = false;
  let r = await importReport(bytes, base);
  // A report with rows the reader could not read is kept, marked partly read, never as complete.
  if (!r.ok && !r.format) {
    const partial = await importReport(bytes, base, { partial: true });
    if (partial.ok) [r, partly] = [partial, true];
  }
  if (!r.ok) {
    const { message, format, note, details } = r;
    return {
      ok: false,
      message,
      ...(format ? { format } : {}),
      ...(note ? { note } : {}),
      ...(details ? { details } : {}),
    };
  }
  const built = {
    file: job.name,
    sha: job.sha,
    readAs: readAsOf(sniff(bytes, base), base),
    partly,
    dataset: r.value.dataset,
    text: r.value.text,
    warnings: r.warnings,
  };
  return { ok: true, stored: await matchedRecord(built, job.bodies, job.added, job.names) };
}

self.onmessage = async (event: MessageEvent<Job>) => {
  try {
    self.postMessage(await run(event.data));
  } catch (e) {
    self.postMessage({ ok: false, message: e instanceof Error ? e.message : String(e) } satisfies Answer);
  }
};

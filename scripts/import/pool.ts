import { Worker } from 'node:worker_threads';
import type { Job, JobResult } from './worker';

/**
 * Runs jobs on `size` worker threads, each taking the next job as it finishes
 * one; results arrive in the order they finish. A worker that dies (out of
 * memory on a hostile file) refuses its job and is replaced, so the other
 * files go on. Each thread starts in worker.mjs, which registers tsx there.
 */
export async function runPool(jobs: readonly Job[], size: number, onResult: (r: JobResult) => void): Promise<void> {
  if (jobs.length === 0) return;
  let next = 0;
  const lane = () =>
    new Promise<void>((resolve) => {
      let current: Job | undefined;
      const start = () => {
        const w = new Worker(new URL('./worker.mjs', import.meta.url));
        const feed = () => {
          current = jobs[next++];
          if (!current) {
            void w.terminate().then(() => resolve());
            return;
          }
          w.postMessage(current);
        };
        w.on('message', (r: JobResult) => {
          onResult(r);
          feed();
        });
        w.on('error', (e) => {
          if (current) onResult({ index: current.index, ok: false, message: `the importer stopped: ${e.message}` });
          void w.terminate();
          start();
        });
        feed();
      };
      start();
    });
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, jobs.length)) }, lane));
}

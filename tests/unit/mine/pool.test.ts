import { describe, expect, it } from 'vitest';
import { createPool, PoolClosed } from '../../../src/mine/pool';

/** The import pool (issue 20, item 1): every worker busy, a crash fails only its own job. */

class FakeWorker {
  static live = 0;
  static most = 0;
  static made = 0;
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.made += 1;
  }
  postMessage(job: { ms: number; crash?: boolean }) {
    FakeWorker.live += 1;
    FakeWorker.most = Math.max(FakeWorker.most, FakeWorker.live);
    setTimeout(() => {
      FakeWorker.live -= 1;
      if (job.crash) this.onerror?.({ message: 'out of memory', preventDefault: () => undefined } as ErrorEvent);
      else this.onmessage?.({ data: job.ms * 2 } as MessageEvent);
    }, job.ms);
  }
  terminate() {}
}

const make = () => new FakeWorker() as unknown as Worker;

describe('the worker pool', () => {
  it('runs as many jobs at once as it has workers, and answers each job', async () => {
    FakeWorker.most = 0;
    const pool = createPool<{ ms: number }, number>(make, 3);
    const answers = await Promise.all([5, 1, 8, 2, 3, 4, 1].map((ms) => pool.run({ ms })));
    expect(answers).toEqual([10, 2, 16, 4, 6, 8, 2]);
    expect(FakeWorker.most).toBe(3);
    pool.close();
  });

  it('fails only the job whose worker died, and replaces the worker', async () => {
    FakeWorker.made = 0;
    const pool = createPool<{ ms: number; crash?: boolean }, number>(make, 1);
    const results = await Promise.allSettled([
      pool.run({ ms: 1 }),
      pool.run({ ms: 1, crash: true }),
      pool.run({ ms: 2 }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe('out of memory');
    expect(FakeWorker.made).toBe(2);
    pool.close();
  });

  it('on close, fails what is running or waiting as closed', async () => {
    const pool = createPool<{ ms: number }, number>(make, 1);
    const jobs = [pool.run({ ms: 50 }), pool.run({ ms: 1 })];
    pool.close();
    for (const r of await Promise.allSettled(jobs))
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(PoolClosed);
    await expect(pool.run({ ms: 1 })).rejects.toBeInstanceOf(PoolClosed);
    // The fake workers' timers run out, so no test after this one counts them as live.
    await new Promise((r) => setTimeout(r, 60));
  });
});

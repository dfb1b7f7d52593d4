/**
 * A few long-lived workers sharing a queue of jobs: each worker takes the next
 * job when it answers, so a slow PDF never holds up the pages behind it. A
 * worker that dies (out of memory, a crash in a decoder) fails only its own job
 * and is replaced; `close` ends every worker and fails what was waiting.
 */

interface Task<J, A> {
  job: J;
  transfer: Transferable[];
  resolve: (a: A) => void;
  reject: (e: Error) => void;
}

export interface Pool<J, A> {
  run: (job: J, transfer?: Transferable[]) => Promise<A>;
  close: () => void;
  size: number;
}

export class PoolClosed extends Error {}

export function poolSize(): number {
  const cores = typeof navigator === 'undefined' ? 2 : navigator.hardwareConcurrency || 2;
  // One core stays with the page, so progress and scrolling keep up.
  return Math.max(1, cores - 1);
}

export function createPool<J, A>(make: () => Worker, size = poolSize()): Pool<J, A> {
  const queue: Task<J, A>[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Task<J, A>>();
  let closed = false;

  const next = (w: Worker) => {
    const task = queue.shift();
    if (!task) {
      idle.push(w);
      return;
    }
    busy.set(w, task);
    w.postMessage(task.job, task.transfer);
  };
  const spawn = () => {
    const w = make();
    w.onmessage = (e: MessageEvent<A>) => {
      const task = busy.get(w);
      busy.delete(w);
      task?.resolve(e.data);
      if (!closed) next(w);
    };
    w.onerror = (e) => {
      e.preventDefault();
      const task = busy.get(w);
      busy.delete(w);
      w.terminate();
      task?.reject(new Error(e.message || 'the worker stopped'));
      if (!closed) next(spawn());
    };
    return w;
  };
  // Workers start as jobs come, so a single file never starts a whole pool.
  let started = 0;
  return {
    size,
    run: (job, transfer = []) =>
      new Promise<A>((resolve, reject) => {
        if (closed) return reject(new PoolClosed('closed'));
        queue.push({ job, transfer, resolve, reject });
        const w = idle.pop();
        if (w) next(w);
        else if (started < size) {
          started += 1;
          next(spawn());
        }
      }),
    close: () => {
      closed = true;
      for (const w of [...idle, ...busy.keys()]) w.terminate();
      for (const t of [...busy.values(), ...queue.splice(0)]) t.reject(new PoolClosed('closed'));
      busy.clear();
      idle.length = 0;
    },
  };
}

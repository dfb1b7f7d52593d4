/**
 * One question to a worker made for it: posts `message`, resolves with the
 * worker's one answer and ends the worker either way. The caller writes
 * `new Worker(new URL(…, import.meta.url))` itself, as the bundler needs to see it.
 */
export async function askWorker<T>(worker: Worker, message: unknown, failed: (message: string) => Error): Promise<T> {
  try {
    return await new Promise<T>((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<T>) => resolve(e.data);
      worker.onerror = (e) => reject(failed(e.message));
      worker.postMessage(message);
    });
  } finally {
    worker.terminate();
  }
}

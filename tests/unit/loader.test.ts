import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetLoadError, fetchDataset, MAX_URL_BYTES } from '../../src/data/loader';
import { downloadProgress } from '../../src/data/progress';
import { datasetJson } from './helpers';

function streamed(text: string, chunk = 16 * 1024, headers: Record<string, string> = {}): Response {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(at, at + chunk));
      at += chunk;
    },
  });
  return new Response(body, { headers });
}

const kind = async (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof DatasetLoadError ? e.kind : String(e)),
  );

afterEach(() => vi.unstubAllGlobals());

describe('fetching a dataset', () => {
  it('reports progress while the body streams in, and validates the result', async () => {
    const text = JSON.stringify(datasetJson);
    vi.stubGlobal('fetch', async () => streamed(text, 16 * 1024, { 'content-length': String(text.length) }));
    const seen: number[] = [];
    const stop = downloadProgress.subscribe(() => seen.push(downloadProgress.get('/d.json')?.loaded ?? 0));
    const d = await fetchDataset('/d.json');
    stop();
    expect(d.meta.id).toBe('luzhou-2018');
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.at(-1)).toBe(new TextEncoder().encode(text).length);
  });

  it('stops reading past the cap even when the server sends no length', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(4 * 1024 * 1024).fill(32));
      },
    });
    vi.stubGlobal('fetch', async () => new Response(body));
    expect(await kind(fetchDataset('/big.json'))).toBe('too-large');
    expect(pulled).toBeLessThanOrEqual(MAX_URL_BYTES / (4 * 1024 * 1024) + 2);
  });

  it('refuses a declared length over the cap before reading', async () => {
    vi.stubGlobal(
      'fetch',
      async () => new Response('{}', { headers: { 'content-length': String(MAX_URL_BYTES + 1) } }),
    );
    expect(await kind(fetchDataset('/big.json'))).toBe('too-large');
  });

  it('names each failure', async () => {
    vi.stubGlobal('fetch', async () => new Response('x', { status: 404 }));
    expect(await kind(fetchDataset('/a'))).toBe('not-found');
    vi.stubGlobal('fetch', async () => new Response('x', { status: 502 }));
    expect(await kind(fetchDataset('/a'))).toBe('http');
    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await kind(fetchDataset('/a'))).toBe('network');
    vi.stubGlobal('fetch', async () => new Response('{oops'));
    expect(await kind(fetchDataset('/a'))).toBe('json');
    vi.stubGlobal('fetch', async () => new Response('  '));
    expect(await kind(fetchDataset('/a'))).toBe('empty');
    vi.stubGlobal('fetch', async () => new Response('{"schemaVersion": 2}'));
    expect(await kind(fetchDataset('/a'))).toBe('schema');
  });
});

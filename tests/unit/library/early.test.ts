import { describe, expect, it, vi } from 'vitest';
import { EARLY_SOURCE } from '../../../scripts/prerender/early';
import { DEFAULT_INDICATOR } from '../../../src/library/indicators';
import { NAMES_PATH } from '../../../src/library/names';
import { partOf, partPath, TABLE_NAMES, TAIL_BYTES, type PartsFile } from '../../../src/library/parts';
import { pointsPath, topPath } from '../../../src/library/points';

/**
 * The boot script's early requests (scripts/prerender/early.ts), run as the page runs them: what it asks
 * for must be what the app would ask first, byte range for byte range, or the app asks again.
 */

const ORIGIN = 'https://example.org';
const TABLES = '/data/tables/';

interface Asked {
  path: string;
  range: string | null;
  noStore: boolean;
}

/** A worker as the boot script sees it: what it was posted. */
const fakeWorker = () => {
  const posted: unknown[] = [];
  return { posted, postMessage: (m: unknown) => posted.push(m) };
};

const settle = async () => {
  for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r));
};

/**
 * Runs the early script for `query` against a server whose parts.json is `layout` and whose files are `size` bytes
 * with a footer of `footer`, with `worker` if the page started one.
 */
async function run(
  query: string,
  layout: Partial<PartsFile>,
  size = 1e6,
  footer = 20_000,
  worker: ReturnType<typeof fakeWorker> | null = null,
  known = 0,
) {
  const asked: Asked[] = [];
  const win: { __early?: Record<string, Promise<Response>> } = {};
  const fetchFake = (url: string, init?: RequestInit) => {
    const range = (init?.headers as Record<string, string> | undefined)?.Range ?? null;
    asked.push({ path: url.replace(ORIGIN + TABLES, ''), range, noStore: init?.cache === 'no-store' });
    if (url.endsWith('parts.json')) return Promise.resolve(new Response(JSON.stringify(layout)));
    const tail = new Uint8Array(TAIL_BYTES);
    new DataView(tail.buffer).setUint32(TAIL_BYTES - 8, footer, true);
    tail.set([0x50, 0x41, 0x52, 0x31], TAIL_BYTES - 4);
    const headers = { 'Content-Range': `bytes ${size - TAIL_BYTES}-${size - 1}/${size}` };
    return Promise.resolve(
      new Response(range === `bytes=-${TAIL_BYTES}` ? tail : new Uint8Array(1), { status: 206, headers }),
    );
  };
  const early = new Function('window', 'location', 'fetch', `return (${EARLY_SOURCE});`)(
    win,
    { origin: ORIGIN },
    fetchFake,
  ) as (p: URLSearchParams, tables: string, w: unknown, known: number) => void;
  early(new URLSearchParams(query), TABLES, worker, known);
  await settle();
  return { asked, early: win.__early };
}

const layout = (parts: number, present: string[] = ['000', '001', '0ef', 'ef6']): Partial<PartsFile> => ({
  parts,
  present: Object.fromEntries(TABLE_NAMES.map((t) => [t, present])) as PartsFile['present'],
});

describe('the boot script asks for what a library view reads first', () => {
  it("a body's trends: its part of each table, the same part the app computes", async () => {
    const bodies = [
      'pingtan',
      'shanghai-office',
      'hongze',
      ...Array.from({ length: 200 }, (_, i) => `s${String(i * 731).padStart(6, '0')}`),
    ];
    // 8,192 parts (national scale) name a part in four digits; up to 4,096, three.
    for (const [body, parts] of bodies.flatMap((b) => [16, 4096, 8192].map((n) => [b, n] as const))) {
      const part = partOf(body, parts);
      const { asked, early } = await run(
        `view=trends&body=${body}&lang=en`,
        layout(parts, [part]),
        1e6,
        20_000,
        null,
        parts,
      );
      expect(asked[0]).toEqual({ path: 'parts.json', range: null, noStore: false });
      expect(asked.slice(1).map((a) => a.path)).toEqual(TABLE_NAMES.map((t) => partPath(t, part)));
      expect(asked.slice(1).every((a) => a.range === `bytes=-${TAIL_BYTES}` && a.noStore)).toBe(true);
      // Each waits under the URL and range the app asks (src/data/early.ts).
      expect(Object.keys(early ?? {})).toContain(`${ORIGIN}${TABLES}${partPath('cells', part)}#bytes=-${TAIL_BYTES}`);
    }
  });

  it("a body's trends with the tables' worker: the tails are fetched here and posted to it, the body's rows read ahead", async () => {
    const part = partOf('pingtan', 16);
    const worker = fakeWorker();
    const { asked, early } = await run('view=trends&body=pingtan', layout(16, [part]), 1e6, 20_000, worker, 16);
    const urls = TABLE_NAMES.map((t) => `${ORIGIN}${TABLES}${partPath(t, part)}`);
    const range = `bytes=-${TAIL_BYTES}`;
    expect(asked.slice(1).map((a) => [a.path, a.range, a.noStore])).toEqual(
      TABLE_NAMES.map((t) => [partPath(t, part), range, true]),
    );
    expect(worker.posted[0]).toEqual({
      ahead: { body: 'pingtan', parts: 16, base: `${ORIGIN}${TABLES}`, tails: urls, range },
    });
    const given = worker.posted.slice(1) as {
      given: { url: string; range: string; status: number; body: ArrayBuffer };
    }[];
    expect(given.map((g) => [g.given.url, g.given.range, g.given.status, g.given.body.byteLength])).toEqual(
      urls.map((u) => [u, range, 206, TAIL_BYTES]),
    );
    // Handed to the worker, not left for the page (which would post them again).
    expect(Object.keys(early ?? {})).toEqual([`${ORIGIN}${TABLES}parts.json`]);
  });

  it('the page says how many parts its tables are in: what parts.json says is not waited for', async () => {
    const part = partOf('pingtan', 16);
    const worker = fakeWorker();
    // parts.json still comes (the app reads it), but what it says is not waited for: its layout here is wrong.
    const { asked } = await run('view=trends&body=pingtan', layout(4096, ['000']), 1e6, 20_000, worker, 16);
    expect(asked.map((a) => a.path)).toEqual(['parts.json', ...TABLE_NAMES.map((t) => partPath(t, part))]);
    expect(worker.posted[0]).toMatchObject({ ahead: { body: 'pingtan', parts: 16 } });
    // A page without the count (no tables shipped), or with one that is not a whole number: parts.json alone.
    for (const parts of [0, 2.5, -4, NaN])
      expect((await run('view=trends&body=pingtan', layout(16), 1e6, 20_000, null, parts)).asked).toHaveLength(1);
  });

  it('a body the address spells badly, or none, asks for nothing but parts.json', async () => {
    for (const q of ['view=trends&body=../../etc/passwd', 'view=trends', 'view=trends&body='])
      expect((await run(q, layout(8), 1e6, 20_000, null, 8)).asked.map((a) => a.path)).toEqual(['parts.json']);
  });

  it("compare: the indicator's top, or its points when a kind of body or province is kept, and the rest of a footer longer than the tail, as hyparquet asks it", async () => {
    const size = 30_000_000;
    const footer = 325_000;
    const { asked } = await run('view=compare&indicator=review.total&region=fujian', layout(4096), size, footer);
    expect(asked.map((a) => [a.path, a.range])).toEqual([
      ['parts.json', null],
      [pointsPath('review.total'), `bytes=-${TAIL_BYTES}`],
      // hyparquet's parquetMetadataAsync: slice(size - footer - 8, size - initialFetchSize).
      [pointsPath('review.total'), `bytes=${size - footer - 8}-${size - TAIL_BYTES - 1}`],
    ]);
    // Nothing kept: the figure's top. A footer inside the tail: nothing more; no indicator, or one that cannot be
    // an id: the default.
    const short = await run('view=compare&indicator=<script>', layout(4096), size, 20_000);
    expect(short.asked.map((a) => a.path)).toEqual(['parts.json', topPath(DEFAULT_INDICATOR)]);
    const kind = await run('view=compare&level=county', layout(4096), size, 20_000);
    expect(kind.asked.map((a) => a.path)).toEqual(['parts.json', pointsPath(DEFAULT_INDICATOR)]);
  });

  it('the library: every body’s names only when it is too large to list', async () => {
    const asked = async (parts: number) =>
      (await run('view=library', layout(parts), 1e6, 20_000, null, parts)).asked.map((a) => a.path);
    expect(await asked(32)).toEqual(['parts.json', NAMES_PATH]);
    expect(await asked(16)).toEqual(['parts.json']);
    expect(await asked(1)).toEqual(['parts.json']);
  });

  it('a report’s dashboard and the other views ask for nothing early', async () => {
    for (const q of ['', 'area=new-media', 'view=text', 'view=mine', 'view=data', 'view=query', 'view=trendsx']) {
      const { asked, early } = await run(q, layout(1), 1e6, 20_000, fakeWorker(), 1);
      expect(asked).toEqual([]);
      expect(early).toBeUndefined();
    }
  });
});

describe('the app takes the early answers (src/data/early.ts)', () => {
  it('each once, by URL and range, even when the boot script ran after the module loaded; a failed one is asked again', async () => {
    const { takeEarly } = await import('../../../src/data/early');
    vi.stubGlobal('location', { href: `${ORIGIN}/?view=trends` });
    const again = vi.fn(() => Promise.resolve(new Response('again')));
    vi.stubGlobal('fetch', again);
    const tail = Promise.resolve(new Response('tail'));
    const failed = Promise.reject(new Error('offline'));
    failed.catch(() => undefined);
    (globalThis as { __early?: Record<string, Promise<Response>> }).__early = {
      [`${ORIGIN}${TABLES}cells/part=000/data_0.parquet#bytes=-32768`]: tail,
      [`${ORIGIN}${TABLES}parts.json`]: failed,
    };
    try {
      const path = `${TABLES}cells/part=000/data_0.parquet`;
      expect(takeEarly(path, 'bytes=-10')).toBeUndefined();
      expect(await (await takeEarly(path, 'bytes=-32768'))?.text()).toBe('tail');
      expect(takeEarly(path, 'bytes=-32768')).toBeUndefined();
      expect(await (await takeEarly(`${TABLES}parts.json`))?.text()).toBe('again');
      expect(again).toHaveBeenCalledTimes(1);
    } finally {
      delete (globalThis as { __early?: unknown }).__early;
      vi.unstubAllGlobals();
    }
  });
});

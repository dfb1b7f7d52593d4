import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The JavaScript a first visit must fetch: the entry script plus every modulepreload of a page, gzipped. */
export function initialJs(
  dist: string,
  page = 'index.html',
): {
  gzipBytes: number;
  rawBytes: number;
  files: { file: string; gzip: number }[];
} {
  const html = readFileSync(join(dist, page), 'utf8');
  const srcs = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].flatMap((m) => (m[1] ? [m[1]] : []));
  const files = [...new Set(srcs)].map((src) => {
    const bytes = readFileSync(join(dist, src.replace(/^\//, '')));
    return { file: src, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return {
    gzipBytes: files.reduce((s, f) => s + f.gzip, 0),
    rawBytes: files.reduce((s, f) => s + f.raw, 0),
    files: files.map(({ file, gzip }) => ({ file, gzip })),
  };
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript a first visit must fetch: the entry script plus every
 * modulepreload of a page, and its inline scripts, gzipped. The built dashboard's
 * inline boot script asks for the app's scripts (scripts/prerender/boot.ts) and
 * lists them; other pages list them in their markup.
 */
export function initialJs(
  dist: string,
  page = 'index.html',
): {
  gzipBytes: number;
  rawBytes: number;
  files: { file: string; gzip: number }[];
} {
  const html = readFileSync(join(dist, page), 'utf8');
  let srcs = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].flatMap((m) => (m[1] ? [m[1]] : []));
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].flatMap((m) => (m[1] ? [m[1]] : []));
  // The boot script's list of the app's scripts: a JSON string literal (the minifier may quote it with backticks).
  const literal = inline.map((s) => /JSON\.parse\((`[^`]*`|"(?:[^"\\]|\\.)*")\)/.exec(s)?.[1]).find(Boolean);
  const app = literal?.startsWith('`') ? literal.slice(1, -1) : literal && (JSON.parse(literal) as string);
  if (app) {
    const parsed = JSON.parse(app) as { entry: string; preload: string[] };
    srcs = [...srcs, parsed.entry, ...parsed.preload];
  }
  const measure = (file: string, bytes: Buffer) => ({
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
  });
  const files = [
    ...inline.map((s, i) => measure(`${page} inline script ${i + 1}`, Buffer.from(s))),
    ...[...new Set(srcs)].map((src) => measure(src, readFileSync(join(dist, src.replace(/^\//, ''))))),
  ];
  return {
    gzipBytes: files.reduce((s, f) => s + f.gzip, 0),
    rawBytes: files.reduce((s, f) => s + f.raw, 0),
    files: files.map(({ file, gzip }) => ({ file, gzip })),
  };
}

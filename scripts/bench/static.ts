import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

/**
 * A static server as a CDN behaves: files as they are, Range requests answered
 * as RFC 9110 says (a suffix `bytes=-N` is the last N bytes; vite preview reads
 * it as the first N), text compressed (gzip) when asked whole, any other path
 * answered with index.html (the app reads its URL). For the library bench,
 * whose views read the tables by range.
 */

const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.csv']);
const gzipped = new Map<string, Buffer>();

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.parquet': 'application/vnd.apache.parquet',
};

/** The bytes a Range header asks of a file of `size` bytes; undefined when it asks for none it has. */
function range(header: string, size: number): [number, number] | undefined {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  if (m[1] === '') return [Math.max(0, size - Number(m[2])), size - 1];
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  return start <= end ? [start, end] : undefined;
}

export function serveStatic(port: number, folder: string): Promise<{ url: string; stop: () => void }> {
  const dir = resolve(folder);
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    let file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      // A table's part that is not there is a 404 (the view reads it as "no such body"); a page is the app.
      if (path.startsWith('/data/')) return void res.writeHead(404).end();
      file = join(dir, 'index.html');
    }
    const size = statSync(file).size;
    const headers = {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Accept-Ranges': 'bytes',
      // As a CDN serves a Vite build: the hashed assets are kept for good, pages and data asked again.
      'Cache-Control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    const asked = req.headers.range;
    if (!asked && COMPRESSED.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      let body = gzipped.get(file);
      if (!body) gzipped.set(file, (body = gzipSync(readFileSync(file))));
      return void res
        .writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': body.length })
        .end(body);
    }
    if (!asked) {
      res.writeHead(200, { ...headers, 'Content-Length': size });
      return void createReadStream(file).pipe(res);
    }
    const r = range(asked, size);
    if (!r) return void res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
    res.writeHead(206, {
      ...headers,
      'Content-Length': r[1] - r[0] + 1,
      'Content-Range': `bytes ${r[0]}-${r[1]}/${size}`,
    });
    createReadStream(file, { start: r[0], end: r[1] }).pipe(res);
  });
  return new Promise((done) =>
    server.listen(port, '127.0.0.1', () => done({ url: `http://127.0.0.1:${port}`, stop: () => server.close() })),
  );
}

import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
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

/** A self-signed certificate for 127.0.0.1 (a browser speaks HTTP/2 only over TLS); the bench's browser accepts it. */
function selfSigned(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-tls-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  const pair = { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  rmSync(dir, { recursive: true, force: true });
  return pair;
}

/**
 * `http2`: over TLS with HTTP/2, as CDNs answer (every request on one connection); without it HTTP/1.1, where a
 * browser opens six connections to a host and queues the rest, each waiting a round trip of its own.
 */
export function serveStatic(
  port: number,
  folder: string,
  { http2 = false } = {},
): Promise<{ url: string; stop: () => void }> {
  const dir = resolve(folder);
  const answer = (req: IncomingMessage | Http2ServerRequest, res: ServerResponse | Http2ServerResponse) => {
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
  };
  const server = http2 ? createSecureServer({ ...selfSigned(), allowHTTP1: true }, answer) : createServer(answer);
  const scheme = http2 ? 'https' : 'http';
  return new Promise((done) =>
    server.listen(port, '127.0.0.1', () => done({ url: `${scheme}://127.0.0.1:${port}`, stop: () => server.close() })),
  );
}

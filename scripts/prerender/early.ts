import { DEFAULT_INDICATOR } from '../../src/library/indicators';
import { LIST_PARTS, PARTS_FILE, partPath, TABLE_NAMES, TAIL_BYTES, type TableName } from '../../src/library/parts';
import { NAMES_PATH } from '../../src/library/names';
import { pointsPath, topPath } from '../../src/library/points';

/** A path with holes ({name}) filled by ES5 expressions: the paths are written once, in src. */
function filled(path: string, holes: Record<string, string>): string {
  let out = JSON.stringify(path);
  for (const [name, expr] of Object.entries(holes)) out = out.replace(`{${name}}`, `" + ${expr} + "`);
  return out;
}

/**
 * The data a library view reads first, asked for by the page's boot script
 * (boot.ts) with the app's scripts, not after they have run: parts.json; for a
 * body's trends, the tails (footers) of that body's part of each table; for
 * compare, the tail of the indicator's top (its points where a kind of body or province is kept); for a library too large to list,
 * the tail of every body's names. Each answer waits in `window.__early` under its
 * URL and range until the app takes it (src/data/early.ts); a request the app
 * asks differently is never taken and costs only its bytes. A body's trends,
 * where the boot script started the tables' worker, hand the tails to it instead,
 * and it reads the body's rows before the app asks (src/data/tables.worker.ts).
 * ES5: it runs before the app, in any browser. `p`: the page's parameters;
 * `tables`: the tables' folder; `worker`: the tables' worker on a body's trends, or null;
 * `parts`: how many parts the page says its tables are in (boot.ts withTablesParts; 0: the build shipped no
 * tables, and a body's or the names' files are not asked for). Not waiting for parts.json saves a round trip;
 * a count that is wrong (a page built with other tables) asks for files the app then does not take.
 */
export const EARLY_SOURCE = `function (p, tables, worker, parts) {
  var view = p.get('view');
  if (view !== 'library' && view !== 'trends' && view !== 'compare') return;
  var early = (window.__early = {});
  var at = location.origin + tables;
  var ask = function (path, range) {
    var r = fetch(at + path, range ? { headers: { Range: range }, cache: 'no-store' } : {});
    r.catch(function () {});
    early[at + path + (range ? '#' + range : '')] = r;
    return r;
  };
  // A footer longer than the tail (compare's points at national scale: 325 KB) is asked for whole as soon as the
  // tail says how long it is: the range hyparquet then asks (src/data/parquet.ts).
  var tail = function (path) {
    var r = ask(path, 'bytes=-${TAIL_BYTES}');
    r.then(function (res) {
      var size = /\\/(\\d+)$/.exec(res.headers.get('Content-Range') || '');
      return res.clone().arrayBuffer().then(function (b) {
        if (!size || b.byteLength < 8) return;
        var end = Number(size[1]) - ${TAIL_BYTES};
        var from = Number(size[1]) - new DataView(b).getUint32(b.byteLength - 8, true) - 8;
        if (from >= 0 && from < end) ask(path, 'bytes=' + from + '-' + (end - 1));
      });
    }).catch(function () {});
  };
  // The tails of a body's part, fetched here and posted to the tables' worker as they arrive (its messages:
  // src/data/tablesOffMain.ts, ReadAhead and Given).
  var handOver = function (worker, body, parts, urls) {
    var range = 'bytes=-${TAIL_BYTES}';
    worker.postMessage({ ahead: { body: body, parts: parts, base: at, tails: urls, range: range } });
    for (var u = 0; u < urls.length; u++) (function (url) {
      fetch(url, { headers: { Range: range }, cache: 'no-store' })
        .then(function (res) {
          return res.arrayBuffer().then(function (b) {
            var h = [];
            res.headers.forEach(function (v, k) { h.push([k, v]); });
            worker.postMessage({ given: { url: url, range: range, status: res.status, headers: h, body: b } }, [b]);
          });
        })
        .catch(function () { worker.postMessage({ given: { url: url, range: range } }); });
    })(urls[u]);
  };
  // An id from the address bar is asked for only if it could be one.
  var id = function (v) { return v !== null && /^[A-Za-z0-9._-]{1,80}$/.test(v) ? v : null; };
  ask('${PARTS_FILE}');
  if (view === 'compare') {
    var indicator = id(p.get('indicator')) || '${DEFAULT_INDICATOR}';
    // Its top (src/library/points.ts), or its points where a kind of body or province is kept.
    return tail(p.get('level') || p.get('region') ? ${filled(pointsPath('{indicator}'), { indicator: 'indicator' })} : ${filled(topPath('{indicator}'), { indicator: 'indicator' })});
  }
  if (!(parts > 0 && parts % 1 === 0)) return;
  if (view === 'library') {
    if (parts > ${LIST_PARTS}) tail('${NAMES_PATH}');
    return;
  }
  var body = id(p.get('body'));
  if (!body) return;
  // FNV-1a of the id's UTF-8 bytes (the id is ASCII), modulo the parts: src/library/parts.ts partOf.
  var h = 0x811c9dc5;
  for (var i = 0; i < body.length; i++) {
    h ^= body.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // In hex, as many digits as the last part needs and at least three (partDigits).
  var part = ('000' + (h % parts).toString(16)).slice(-Math.max(3, (parts - 1).toString(16).length));
  var names = ${JSON.stringify(TABLE_NAMES)};
  var paths = [];
  // Every table's: one without rows in this part answers 404 (no rows), as the app reads it.
  for (var t = 0; t < names.length; t++) paths.push(${filled(partPath('{table}' as TableName, '{part}'), { table: 'names[t]', part: 'part' })});
  if (worker) return handOver(worker, body, parts, paths.map(function (x) { return at + x; }));
  for (var k = 0; k < paths.length; k++) tail(paths[k]);
}`;

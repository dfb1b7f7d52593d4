import { createHash } from 'node:crypto';
import { minifySync } from 'vite';
import { LIBRARY_VIEWS } from '../../src/data/url';
import { EARLY_SOURCE } from './early';
import { SCREEN_KEY_SOURCE } from './key';

/**
 * The boot script: a small classic script inlined in the page's head (admitted
 * by its hash in the CSP) that runs before the first paint. It sets the theme,
 * asks for the prerendered first screen of this view and language (named by
 * scripts/prerender/key.ts; a URL without one gets a 404 and starts the app at
 * once) and shows it: text as it is, each chart as drawn where the reader's
 * chart box is as wide as the capture's, else its box at the height its table
 * gives for this width. The app takes over in place when its own render is
 * ready (src/components/TakeOver.tsx).
 */
export interface AppScripts {
  entry: string;
  preload: string[];
  /** Data the page preloads (the embedded report), requested with the scripts. */
  data: string[];
  /** What the library views ask for with the app (their chunks, the charts', the tables' worker); null on a page without them. */
  library: LibraryScripts | null;
}

/**
 * The library views' chunks and stylesheets, the charts' (trends and compare), the tables' worker ('' if none),
 * and the screens the build made of them (their keys: key.ts).
 */
export interface LibraryScripts {
  library: string[];
  charts: string[];
  worker: string;
  screens: string[];
  /** How many parts the tables the build ships are in (their parts.json); 0 when it has none. */
  parts: number;
}

/**
 * The page says how many parts its tables are in, so a body's trends can ask for its part at once instead of
 * after parts.json (a round trip: 165 ms on a phone's 4G). A meta tag, not the script, so the tables can be
 * swapped without touching the script's hash (the library bench does); a count that is wrong only asks for files
 * the app then does not take (early.ts).
 */
export function withTablesParts(html: string, parts: number): string {
  const meta = `<meta name="tables-parts" content="${parts}" />`;
  const at = /<meta name="tables-parts" content="\d+" \/>/;
  return at.test(html)
    ? html.replace(at, meta)
    : html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    ${meta}`);
}

/** Which page the script boots: the dashboard (a screen per view) or the embed (one caption per chart). */
export type BootPage = { kind: 'dashboard'; width: number } | { kind: 'embed' };

const LANG = `var lang = p.get('lang');
  if (!lang) {
    lang = 'en';
    var ls = navigator.languages || [navigator.language];
    for (var j = 0; j < ls.length; j++) {
      var t = String(ls[j]).toLowerCase();
      if (t.indexOf('zh') !== 0) continue;
      lang = /^zh-(hant|tw|hk|mo)\\b/.test(t) ? 'zh-Hant' : 'zh-Hans';
      break;
    }
  }`;

/** The file of the prerendered screen for this URL, or '' (same rules as the app: src/app/theme.ts, src/embed/main.tsx). */
function pick(page: BootPage): string {
  if (page.kind === 'embed')
    return `var theme = p.get('theme');
  if (theme === 'dark' || (theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches)) html.classList.add('dark');
  if (!only(p, { embed: 1, lang: 1, theme: 1 }) || !/^[a-z0-9.-]{1,80}$/.test(p.get('embed') || '')) return '';
  ${LANG}
  return lang + '/embed-' + p.get('embed') + '.html';`;
  return `try {
    var theme = localStorage.getItem('disclosure-dashboard.theme');
    if (theme === 'dark' || (theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches)) html.classList.add('dark');
  } catch (e) {}
  ${LANG}
  var key = (${SCREEN_KEY_SOURCE})(p);
  // A library view the build made no screen of (another body; every body of a national library) starts the app
  // and asks for its data at once, not after a 404.
  if (library && app.library && app.library.screens.indexOf(key) < 0) return '';
  return key ? lang + '/' + key + '.html' : '';`;
}

/**
 * Each chart of a screen as the reader's width needs it: the drawing made at its
 * box's width where the capture drew one (one per common phone width), else an
 * empty box; either way as tall as its table says for that width (reads every
 * box's width first, then writes: one layout).
 */
const FIT_CHARTS = `var style = function (el) {
    var styled = el.querySelectorAll('[data-pre-style]');
    for (var k = 0; k < styled.length; k++) styled[k].style.cssText = styled[k].getAttribute('data-pre-style');
  };
  var fit = function (el) {
    var boxes = el.querySelectorAll('.chart-body[data-h]');
    var widths = [];
    for (var i = 0; i < boxes.length; i++) widths.push(boxes[i].clientWidth);
    for (var j = 0; j < boxes.length; j++) {
      var b = boxes[j];
      var c = b.firstChild;
      var kept = null;
      while (c) {
        var next = c.nextSibling;
        if (!kept && c.nodeType === 1 && c.getAttribute('data-w') === String(widths[j])) kept = c;
        else b.removeChild(c);
        c = next;
      }
      // The drawing waits in a template (scripts/prerender.ts): it is styled once it is in the page.
      if (kept && kept.content) {
        var d = kept.content.firstElementChild;
        b.replaceChild(kept.content, kept);
        if (d) {
          d.style.cssText = d.getAttribute('data-pre-style') || '';
          style(d);
        }
      }
      var runs = b.getAttribute('data-h').split(',');
      var h = null;
      for (var k = 0; k < runs.length; k++) {
        var r = runs[k].split(':');
        if (Number(r[0]) <= widths[j]) h = Number(r[1]);
      }
      if (h !== null) b.style.height = h + 'px';
      // The app's figure starts at this width (src/charts/useWidth.ts): its take-over then forces no layout.
      if (widths[j] > 0) b.setAttribute('data-bw', widths[j]);
    }
  };`;

/**
 * The app's own scripts are requested by the boot script, not by the page: at
 * once where no first screen is prerendered, after that screen has painted where
 * one is, so the first paint never waits for (or competes with) the app's JavaScript.
 */
export function bootScript(page: BootPage, base: string, app: AppScripts): string {
  return `/* generated by scripts/prerender.ts */
(function () {
  var html = document.documentElement;
  // A JSON string, so the list survives minifying as it is (scripts/bench/initialJs.ts reads it).
  var app = JSON.parse(${JSON.stringify(JSON.stringify(app))});
  ${FIT_CHARTS}
  var started = false;
  var start = function () {
    if (started) return;
    started = true;
    var q = new URLSearchParams(location.search);
    // A library view's data first (early.ts): on a slow link what is asked first comes first. A body's trends
    // decode its tables in a worker (src/data/tablesOffMain.ts), started now and handed the tails as they
    // arrive; one that fails to start says so, and the app reads on its own thread.
    if (library && app.library) {
      var w = null;
      if (q.get('view') === 'trends' && app.library.worker) {
        try {
          w = new Worker(app.library.worker, { type: 'module' });
          w.onerror = function () { w.failed = true; };
          window.__tablesWorker = w;
        } catch (e) { w = null; }
      }
      (${EARLY_SOURCE})(q, '${base}data/tables/', w, Number((document.querySelector('meta[name=tables-parts]') || {}).content) || 0);
    }
    var s = document.createElement('script');
    s.type = 'module';
    s.crossOrigin = '';
    s.src = app.entry;
    document.head.appendChild(s);
    // The embedded report is preloaded only where it is what the page shows.
    var own = !q.has('data') && !library;
    for (var d = 0; own && d < app.data.length; d++) {
      var f = document.createElement('link');
      f.rel = 'preload';
      f.as = 'fetch';
      f.crossOrigin = 'anonymous';
      f.href = app.data[d];
      document.head.appendChild(f);
    }
    // The app's chunks, then a library view's own, and the charts' on trends and compare with no screen shown (a
    // screen's charts are kept as drawn: their code waits until one is to draw).
    var more = app.preload;
    var drawn = html.classList.contains('pre');
    if (library && app.library)
      more = more.concat(app.library.library, !drawn && /^(trends|compare)$/.test(q.get('view') || '') ? app.library.charts : []);
    for (var i = 0; i < more.length; i++) {
      var l = document.createElement('link');
      l.rel = /\\.css$/.test(more[i]) ? 'stylesheet' : 'modulepreload';
      l.crossOrigin = '';
      l.href = more[i];
      document.head.appendChild(l);
    }
  };
  // Once the browser has reported the prerendered screen as painted (its largest
  // paint), not merely scheduled a frame: nothing of the app is requested before
  // the first screen is on the glass. The timer covers a tab in the background,
  // which reports no paint.
  var afterPaint = function () {
    var t0 = performance.now();
    var timer = setTimeout(start, 1000);
    try {
      new PerformanceObserver(function (list, obs) {
        var e = list.getEntries();
        for (var i = 0; i < e.length; i++)
          if (e[i].startTime >= t0) { obs.disconnect(); clearTimeout(timer); setTimeout(start, 0); return; }
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    } catch (e) {
      clearTimeout(timer);
      requestAnimationFrame(function () { setTimeout(start, 0); });
    }
  };
  // Only the parameters a prerendered screen can stand for.
  var only = function (p, allowed) {
    var ok = true;
    p.forEach(function (v, k) { if (!allowed[k]) ok = false; });
    return ok;
  };
  var library = /^(${LIBRARY_VIEWS.join('|')})$/.test(new URLSearchParams(location.search).get('view') || '');
  var file = (function (p) {
  ${pick(page)}
  })(new URLSearchParams(location.search));
  if (!file) return start();
  html.classList.add('pre');
  fetch('${base}pre/' + file)
    .then(function (r) { if (!r.ok) throw new Error(String(r.status)); return r.text(); })
    .then(function (body) {
      // A host that answers a missing file with its index page (an SPA fallback) is not a screen.
      if (/^\\s*<!doctype|<html[\\s>]/i.test(body)) throw new Error('not a screen');
      return body;
    })
    .then(function (body) {
      var show = function () {
        var el = document.getElementById('pre');
        if (el && !window.__appReady) {
          el.innerHTML = body;
          style(el);
          fit(el);
        } else html.classList.remove('pre');
        afterPaint();
      };
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
      else show();
    })
    .catch(function () { html.classList.remove('pre'); start(); });
})();
`;
}

/**
 * The page no longer asks for the app's scripts or data itself: the boot script
 * does, in its own time. It is inlined (one round trip fewer before the first
 * screen is requested) and allowed by its hash in the CSP, so the policy still
 * admits no other inline script. The stylesheet is inlined the same way (the
 * first screen needs it, and a request for it is a round trip on a phone).
 */
export function withBoot(
  html: string,
  page: BootPage,
  read: (href: string) => string,
  library: LibraryScripts | null,
): string {
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(html);
  const preload = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g)];
  const data = [...html.matchAll(/<link rel="preload" href="([^"]+)" as="fetch" crossorigin="anonymous" \/>\s*/g)];
  const styles = [...html.matchAll(/<link rel="stylesheet" crossorigin href="([^"]+)">/g)];
  if (!entry?.[1]) throw new Error('prerender: no module script in the page');
  if (!html.includes('<script src="/boot.js"></script>')) throw new Error('prerender: no boot script in the page');
  let out = html.replace(entry[0], '');
  for (const p of [...preload, ...data]) out = out.replace(p[0], '');
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const css = styles.map((m) => (m[1] ? read(m[1]) : ''));
  // A stylesheet that could close the element early is not inlined.
  if (css.some((c) => /<\/style/i.test(c))) throw new Error('prerender: a stylesheet contains </style>');
  // A disabled link to the inlined sheet is never fetched, but Vite's loader of a lazy chunk finds it there:
  // without it, the first lazy import asked for the sheet again and waited for it (a round trip).
  styles.forEach(
    (m, i) =>
      (out = out.replace(m[0], () => `<style>${css[i]}</style><link rel="stylesheet" href="${m[1]}" disabled>`)),
  );
  const hrefs = (list: RegExpMatchArray[]) => list.flatMap((p) => (p[1] ? [p[1]] : []));
  // Minified: it is inlined into every page, before the first paint.
  const source = bootScript(page, '/', { entry: entry[1], preload: hrefs(preload), data: hrefs(data), library });
  const { code: script, errors } = minifySync('boot.js', source, {});
  if (errors.length > 0) throw new Error(`prerender: the boot script does not minify: ${errors[0]?.message ?? ''}`);
  if (library && library.parts > 0) out = withTablesParts(out, library.parts);
  return out
    .replace('<script src="/boot.js"></script>', () => `<script>${script}</script>`)
    .replace("script-src 'self'", `script-src 'self' ${hash(script)}`)
    .replace("style-src 'self'", () => `style-src 'self'${css.map((c) => ` ${hash(c)}`).join('')}`);
}

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { chromium, type Browser, type Page as Tab } from '@playwright/test';
import { CHROMIUM_ARGS } from './chromium';
import { withBoot, type BootPage, type LibraryScripts } from './prerender/boot';
import { screenKey } from './prerender/key';
import { LIBRARY_VIEWS } from '../src/data/url';
import { TALLER } from '../src/charts/prerendering';
import { servePreview } from './bench/serve';
import { freePort } from './port';

/**
 * `npm run build`'s last step: the first screen of every view a link can reach
 * (each area, alone and under each single filter; the checks, text, library,
 * trends, compare and open data views; every library report, every body's trends, compare
 * for every year), rendered by the app itself in Chromium and saved as HTML
 * for the page's boot script to show before the app's JavaScript has run
 * (dist/pre/<lang>/<key>.html; scripts/prerender/key.ts names them). One
 * screen serves every width: it is laid out by CSS, and each chart's box
 * carries its height at any width (the chart is drawn at a few common phone
 * widths and shown at those; elsewhere the box holds the chart's place until the
 * app draws it). The app renders the same DOM, so it takes over in place. The
 * embed page gets each chart's caption alone (text reflows at any width).
 * Without Chromium the build still works, only without these screens.
 */

const LANGS = ['en', 'zh-Hant', 'zh-Hans'] as const;
/** The capture's viewport: a common phone. */
const VIEWPORT = { width: 390, height: 844 };
/**
 * The phone widths the first screen's charts are drawn at besides the capture's (iPhones are 390 and 393 px
 * wide, most Android phones 360 or 412): a reader at one of them sees the chart before the app runs, and the
 * app keeps that drawing until the reader reaches for the page (src/charts/kept.ts).
 */
const MORE_WIDTHS = [412, 360, 393];

interface DatasetShape {
  areas: { id: string }[];
  groupings: { id: string }[];
  facts: { area: string; tags?: Record<string, string[]> }[];
}
/** The library's reports and bodies, from its open tables (what the library's views read). */
async function library(): Promise<{ reports: { dataset: string; year: number }[]; bodies: string[] }> {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  try {
    const rows = async (sql: string) => (await db.runAndReadAll(sql)).getRowObjectsJS();
    const reports = await rows(`SELECT dataset, year::INTEGER AS year FROM 'public/data/tables/reports/*/*.parquet'`);
    const bodies = await rows(`SELECT body_id FROM 'public/data/tables/bodies/*/*.parquet'`);
    return {
      reports: reports.map((r) => ({ dataset: String(r.dataset), year: Number(r.year) })),
      bodies: bodies.map((b) => String(b.body_id)),
    };
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

const json = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;

/** Every view a link can reach, as its query without `lang`. */
async function views(): Promise<string[]> {
  const d = json<DatasetShape>('public/data/luzhou-2018.json');
  const c = await library();
  const areas = d.areas.map((a) => a.id).filter((a) => a !== 'overview');
  // A single filter on the overview or an area: each value its figures are tagged with.
  const filtered = ['overview', ...areas].flatMap((area) => {
    const values = new Set<string>();
    for (const f of d.facts)
      if (area === 'overview' || f.area === area)
        for (const [dim, ids] of Object.entries(f.tags ?? {})) for (const id of ids) values.add(`${dim}=${id}`);
    const at = area === 'overview' ? '' : `area=${area}&`;
    return [...values].sort().map((v) => `${at}${v}`);
  });
  const years = [...new Set(c.reports.map((r) => r.year))].sort();
  return [
    '',
    ...areas.map((a) => `area=${a}`),
    'area=checks',
    'view=text',
    'view=library',
    // The board is linked from every page's header: its first screen lists the library's reports (the reader's
    // own join when the app takes over, as on the library's screen).
    'view=review',
    // My reports, also in the header: its heading and buttons (the reports kept are this browser's: skipped).
    'view=mine',
    // The SQL console, linked from the open data page: its text and editor (DuckDB loads only when a query runs).
    'view=query',
    'view=trends',
    'view=compare',
    'view=data',
    ...filtered,
    // The library's reports (the embedded one is the default view), bodies and years.
    ...c.reports.filter((r) => r.dataset.startsWith('/data/library/')).map((r) => `data=${r.dataset}`),
    ...c.bodies.map((b) => `view=trends&body=${b}`),
    ...years.flatMap((y) => [`view=compare&year=${y}`, `view=compare&year=${y}&indicator=applications.new.all`]),
  ];
}

/**
 * The app's DOM as the reader first sees it, copied (window.__preRoot) with each
 * chart box's height table; serialize() writes it out.
 */
// Strings, not functions: the bundler's helpers (keepNames) do not exist in the page.
const capture = `(() => {
  const live = document.getElementById('root');
  if (!live) return false;
  // What starts below one and a half screens is left out (the app adds it when it takes
  // over, below what is shown, so nothing moves): the reading view's whole text would
  // otherwise weigh 17 KB gzip before the first paint.
  const cutoff = innerHeight * 1.5;
  // Each chart box's height at every width it may be drawn at, as "width:height" runs from 200 to 1000 px
  // ("200:412,237:398"): sampled every 4 px, pixel by pixel where two samples differ. The boot script sizes
  // the box for the reader's width from it, so one screen is right at every width.
  for (const box of live.querySelectorAll('.chart-body')) {
    const at = box.chartHeightAt;
    if (!at) continue;
    const runs = [[200, at(200)]];
    let last = runs[0][1];
    for (let w = 204; w <= 1000; w += 4) {
      if (at(w) === last) continue;
      for (let x = w - 3; x <= w; x++) {
        const h = at(x);
        if (h !== last) { runs.push([x, h]); last = h; }
      }
    }
    box.setAttribute('data-h', runs.map(([w, h]) => w + ':' + Math.round(h)).join(','));
  }
  const drop = (node) => {
    for (const child of node.children) {
      const top = child.getBoundingClientRect().top;
      if (top > cutoff) child.setAttribute('data-pre-drop', '');
      else if (!(child instanceof SVGElement)) drop(child);
    }
  };
  drop(live);
  const root = live.cloneNode(true);
  for (const el of live.querySelectorAll('[data-pre-drop]')) el.removeAttribute('data-pre-drop');
  // Each drawn chart says the width it was drawn at and what it draws (src/charts/kept.ts), on itself: other
  // widths' drawings of it join it (addWidth).
  for (const box of root.querySelectorAll('.chart-body')) {
    const drawn = box.querySelector(':scope > .recharts-wrapper');
    if (drawn) for (const a of ['data-w', 'data-sig']) if (box.hasAttribute(a)) drawn.setAttribute(a, box.getAttribute(a));
    box.removeAttribute('data-w');
    box.removeAttribute('data-sig');
  }
  window.__preRoot = root;
  return root.querySelectorAll('figure[data-chart-id] .chart-body > .recharts-wrapper').length;
})()`;

/**
 * Whether every chart the capture drew is drawn again at the page's new width
 * (a resize redraws them: src/charts/useWidth.ts).
 */
const redrawn = `(() => [...window.__preRoot.querySelectorAll('figure[data-chart-id] .chart-body > .recharts-wrapper')].every((kept) => {
  if (kept.closest('[data-pre-drop]')) return true;
  const id = kept.closest('figure').getAttribute('data-chart-id');
  const box = document.querySelector('#root figure[data-chart-id="' + CSS.escape(id) + '"] .chart-body');
  const svg = box && box.querySelector(':scope > .recharts-wrapper > svg.recharts-surface');
  // The box's width now (a layout), so a chart still drawn at the width before is not taken for redrawn.
  const w = box && String(box.clientWidth);
  return !box || (svg && box.getAttribute('data-w') === w && svg.getAttribute('width') === w && svg.querySelector('.chart-mark'));
}))()`;

/** The charts as drawn at the page's new width join the capture's, beside them in their boxes. */
const addWidth = `(() => {
  for (const kept of window.__preRoot.querySelectorAll('figure[data-chart-id] .chart-body > .recharts-wrapper:first-child')) {
    if (kept.closest('[data-pre-drop]')) continue;
    const id = kept.closest('figure').getAttribute('data-chart-id');
    const box = document.querySelector('#root figure[data-chart-id="' + CSS.escape(id) + '"] .chart-body');
    const drawn = box && box.querySelector(':scope > .recharts-wrapper');
    if (!drawn || kept.parentElement.querySelector(':scope > [data-w="' + box.getAttribute('data-w') + '"]')) continue;
    const copy = drawn.cloneNode(true);
    copy.setAttribute('data-w', box.getAttribute('data-w'));
    if (box.hasAttribute('data-sig')) copy.setAttribute('data-sig', box.getAttribute('data-sig'));
    kept.parentElement.append(copy);
  }
})()`;

/**
 * The capture as HTML that parses back into the same nodes: adjacent text nodes
 * (React writes "a", " · ", "b" as three) are kept apart by empty comments, so the
 * browser paints the same text boxes before and after the app takes over.
 * `caption`: only the figure's caption (the embed page).
 */
const serialize = (caption: boolean) => `(() => {
  const live = document.getElementById('root');
  const root = window.__preRoot;
  for (const el of root.querySelectorAll('[data-pre-drop]')) el.remove();
  // A textarea's text is a property React sets, not markup: written in, the screen shows it (the SQL console).
  const typed = live.querySelectorAll('textarea');
  root.querySelectorAll('textarea').forEach((el, i) => (el.textContent = typed[i] ? typed[i].value : ''));
  // What only this browser knows (My reports' list, read from IndexedDB) is never in a screen: the app adds it.
  for (const el of root.querySelectorAll('[data-pre-skip]')) el.remove();
  if (${caption}) {
    const figure = root.querySelector('figure');
    if (!figure || !figure.querySelector('figcaption')) return '';
    while (figure.lastElementChild && figure.lastElementChild.tagName !== 'FIGCAPTION') figure.lastElementChild.remove();
    while (figure.parentElement && figure.nextElementSibling) figure.nextElementSibling.remove();
  }
  // A kept drawing is never redrawn in place (src/charts/kept.ts): what draws nothing goes (empty groups and
  // titles, Recharts' own class names inside the drawing, its layers' tabindex, a line's x/y/width/height),
  // about a fifth of the screens' bytes. Our classes (chart-mark, chart-value...) and the surface's stay.
  for (const svg of root.querySelectorAll('.chart-body > .recharts-wrapper > svg')) {
    for (const el of svg.querySelectorAll('title:empty, desc:empty')) el.remove();
    for (const el of svg.querySelectorAll('line'))
      for (const a of ['x', 'y', 'width', 'height', 'angle', 'orientation']) el.removeAttribute(a);
    for (const el of svg.querySelectorAll('[class]')) {
      const ours = [...el.classList].filter((c) => !c.startsWith('recharts-') || c === 'recharts-cartesian-grid-vertical');
      if (ours.length > 0) el.setAttribute('class', ours.join(' '));
      else el.removeAttribute('class');
    }
    for (const g of svg.querySelectorAll('g[tabindex="-1"]')) g.removeAttribute('tabindex');
    for (const g of [...svg.querySelectorAll('g')].reverse()) {
      if (!g.firstChild) g.remove();
      else if (g.attributes.length === 0) g.replaceWith(...g.childNodes);
    }
  }
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 && child.nextSibling && child.nextSibling.nodeType === 3)
        node.insertBefore(document.createComment(''), child.nextSibling);
      else walk(child);
    }
  };
  walk(root);
  // The page's CSP has no 'unsafe-inline' for styles: markup may not carry style
  // attributes, so the boot script applies these through the CSSOM, which the CSP allows.
  for (const el of root.querySelectorAll('[style]')) {
    el.setAttribute('data-pre-style', el.getAttribute('style'));
    el.removeAttribute('style');
  }
  // Each drawing (one per phone width) waits in a template, parsed but never styled or laid out: the boot
  // script shows the one drawn at the reader's width, so the others cost the first paint nothing.
  for (const drawn of root.querySelectorAll('.chart-body > .recharts-wrapper[data-w]')) {
    const t = document.createElement('template');
    t.setAttribute('data-w', drawn.getAttribute('data-w'));
    drawn.replaceWith(t);
    t.content.append(drawn);
  }
  return root.innerHTML;
})()`;

interface Page {
  path: string;
  file: string;
  caption: boolean;
}

async function pages(): Promise<Page[]> {
  const all = await views();
  const dashboard = LANGS.flatMap((lang) =>
    all.map((query) => {
      const path = `/?lang=${lang}${query ? `&${query}` : ''}`;
      return { path, file: `${lang}/${screenKey(new URLSearchParams(query))}.html`, caption: false };
    }),
  );
  const embed = LANGS.flatMap((lang) =>
    json<DatasetShape>('public/data/luzhou-2018.json').groupings.map((g) => ({
      path: `/embed.html?embed=${g.id}&lang=${lang}`,
      file: `${lang}/embed-${g.id}.html`,
      caption: true,
    })),
  );
  return [...embed, ...dashboard];
}

/**
 * Whether every chart on the first screen of the tallest common phone has drawn
 * (Recharts arrives after the app): one still pending there counts as not drawn,
 * or a slow chunk would leave a screen without its charts (and a 412×915 phone
 * drawing one on load).
 */
const chartsDrawn = (taller: number) =>
  [...document.querySelectorAll<HTMLElement>('#root .chart-body:not([hidden])')]
    .filter((b) => b.dataset.testid !== 'chart-pending' || b.getBoundingClientRect().top < window.innerHeight + taller)
    .every((b) => b.querySelector('svg.recharts-surface .chart-mark'));

/** Whether `expression` turns true within `timeout` ms (polled from here: the page's CSP forbids eval, which waitForFunction uses for a string). */
async function until(page: Tab, expression: string, timeout: number): Promise<boolean> {
  for (const end = Date.now() + timeout; Date.now() < end; await new Promise((r) => setTimeout(r, 50)))
    if (await page.evaluate(expression)) return true;
  return false;
}

async function render(browser: Browser, base: string, queue: Page[], written: Set<string>) {
  let bytes = 0;
  const context = await browser.newContext({ viewport: VIEWPORT, isMobile: true });
  // The app's chart boxes write their height tables only for a capture.
  await context.addInitScript(() => {
    window.__prerender = true;
  });
  const page = await context.newPage();
  for (let p = queue.shift(); p; p = queue.shift()) {
    // The dashboard's next URL opens in the app already loaded, as a fresh load would (src/app/prerenderNav.ts):
    // a third of the time.
    const inApp = !p.caption && (await page.evaluate(() => typeof window.__preNavigate === 'function'));
    if (inApp) await page.evaluate((path) => window.__preNavigate?.(path), p.path);
    else await page.goto(`${base}${p.path}`);
    await page.waitForFunction(() => window.__appReady === true, null, { timeout: 30_000 });
    await page.waitForFunction(chartsDrawn, TALLER, { timeout: 30_000 });
    // Two frames: anything a layout effect changed is on the page.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    // A URL the app rewrote (a default dropped, an unknown id) is not the view it asked for.
    const shown = await page.evaluate(() => location.pathname + location.search);
    if (!p.caption && shown !== p.path) throw new Error(`prerender: ${p.path} shows as ${shown}`);
    // The number of charts the capture drew (false: no app on the page).
    const drawn = (await page.evaluate(capture)) as number | false;
    if (drawn === false) continue;
    if (!p.caption && drawn > 0) {
      for (const width of MORE_WIDTHS) {
        await page.setViewportSize({ width, height: VIEWPORT.height });
        if (await until(page, redrawn, 10_000)) await page.evaluate(addWidth);
        // A chart that does not draw again in time is left to the app at that width, not a failed build.
        else console.warn(`prerender: ${p.path} not drawn again at ${width} px`);
      }
      await page.setViewportSize(VIEWPORT);
    }
    const html = (await page.evaluate(serialize(p.caption))) as string;
    if (!html) continue;
    const file = join('dist/pre', p.file);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
    bytes += html.length;
    written.add(p.file);
  }
  await context.close();
  return bytes;
}

/** Vite's build manifest: each module's chunk and the chunks it imports statically. */
type Manifest = Record<string, { file: string; imports?: string[]; css?: string[] }>;

/** The chunks and stylesheets `entry` needs (its own and every static import's), less those `page` loads, as URLs. */
function chunksOf(manifest: Manifest, entry: string, page: string): string[] {
  const closure = (key: string, seen = new Set<string>()) => {
    if (seen.has(key) || !manifest[key]) return seen;
    seen.add(key);
    for (const i of manifest[key].imports ?? []) closure(i, seen);
    return seen;
  };
  if (!manifest[entry]) throw new Error(`prerender: ${entry} is not a chunk of the build`);
  const loaded = closure(page);
  const needed = [...closure(entry)].filter((k) => !loaded.has(k)).map((k) => manifest[k]);
  return needed.flatMap((c) => (c ? [c.file, ...(c.css ?? [])] : [])).map((f) => `/${f}`);
}

/** The keys of the library views' screens written (in any language): the boot script asks for no other's. */
function libraryScreens(written: Set<string>): string[] {
  const view = new RegExp(`^view-(${LIBRARY_VIEWS.join('|')})(\\.|$)`);
  const keys = [...written].map((f) => f.replace(/^[^/]+\//, '').replace(/\.html$/, ''));
  return [...new Set(keys.filter((k) => view.test(k)))].sort();
}

async function main() {
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  let browser;
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  } catch {
    console.warn(`prerender: no Chromium at ${executablePath}; the build has no prerendered first screens.`);
    return;
  }
  const server = await servePreview(freePort());
  const written = new Set<string>();
  const started = Date.now();
  let bytes: number;
  try {
    // Two pages at a time: Chromium is busy on both cores (three were no faster: 149 and 173 s with two,
    // 165 and 164 s with three, when each screen was a page load).
    const queue = await pages();
    const done = await Promise.all([1, 2].map(() => render(browser, server.url, queue, written)));
    bytes = done.reduce((a, b) => a + b, 0);
  } finally {
    await browser.close();
    server.stop();
  }
  const read = (href: string) => readFileSync(join('dist', href.replace(/^\//, '')), 'utf8');
  const boot = (file: string, page: BootPage, library: LibraryScripts | null) =>
    writeFileSync(file, withBoot(readFileSync(file, 'utf8'), page, read, library));
  const manifest = json<Manifest>('dist/.vite/manifest.json');
  // The worker is its own bundle, not in the manifest: found by its name.
  const tablesWorker = readdirSync('dist/assets').find((f) => /^tables\.worker-[\w-]+\.js$/.test(f));
  boot(
    'dist/index.html',
    { kind: 'dashboard', width: VIEWPORT.width },
    {
      library: chunksOf(manifest, 'src/app/LibraryShell.tsx', 'index.html'),
      charts: chunksOf(manifest, 'src/charts/recharts/index.ts', 'index.html'),
      worker: tablesWorker ? `/assets/${tablesWorker}` : '',
      screens: libraryScreens(written),
      parts: existsSync('dist/data/tables/parts.json')
        ? json<{ parts: number }>('dist/data/tables/parts.json').parts
        : 0,
    },
  );
  boot('dist/embed.html', { kind: 'embed' }, null);
  rmSync('dist/boot.js', { force: true });
  rmSync('dist/.vite', { recursive: true, force: true });
  console.log(
    `prerendered ${written.size} first screens (${(bytes / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

await main();

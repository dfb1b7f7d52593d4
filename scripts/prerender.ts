import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS } from './chromium';
import { withBoot, type BootPage } from './prerender/boot';
import { servePreview } from './bench/serve';
import { freePort } from './port';

/**
 * `npm run build`'s last step: the first screen of every view, rendered by the
 * app itself in Chromium and saved as HTML for the page's boot script to show
 * before the app's JavaScript has run (dist/pre/<lang>/<view>-<width>.html).
 * Widths: common phones, and every desktop from 1280 px (the layout stops
 * growing there). The app renders the same DOM at the same width, so it takes
 * over in place. The embed page gets each chart's caption alone (text reflows
 * at any width; the chart and what follows it are added below, moving nothing).
 * Without Chromium the build still works, only without these screens.
 */

const LANGS = ['en', 'zh-Hant', 'zh-Hans'] as const;
const WIDTHS = [360, 375, 390, 393, 412, 414, 430, 1440];
const WIDE = 1280;

const dataset = () =>
  JSON.parse(readFileSync('public/data/luzhou-2018.json', 'utf8')) as {
    areas: { id: string }[];
    groupings: { id: string }[];
  };

function views(): [key: string, query: string][] {
  const d = dataset();
  return [
    ['overview', ''],
    ...d.areas.filter((a) => a.id !== 'overview').map((a): [string, string] => [`area-${a.id}`, `&area=${a.id}`]),
    ['area-checks', '&area=checks'],
    ['text', '&view=text'],
    ['library', '&view=library'],
    ['trends', '&view=trends'],
    ['compare', '&view=compare'],
  ];
}

/**
 * The app's DOM as HTML that parses back into the same nodes: adjacent text nodes
 * (React writes "a", " · ", "b" as three) are kept apart by empty comments, so the
 * browser paints the same text boxes before and after the app takes over.
 * `caption`: only the figure's caption (the embed page).
 */
// A string, not a function: the bundler's helpers (keepNames) do not exist in the page.
const serialize = (caption: boolean) => `(() => {
  const live = document.getElementById('root');
  if (!live) return '';
  // What starts below one and a half screens is left out (the app adds it when it takes
  // over, below what is shown, so nothing moves): the reading view's whole text would
  // otherwise weigh 17 KB gzip before the first paint.
  const cutoff = innerHeight * 1.5;
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
  for (const el of root.querySelectorAll('[data-pre-drop]')) el.remove();
  if (${caption}) {
    const figure = root.querySelector('figure');
    if (!figure || !figure.querySelector('figcaption')) return '';
    while (figure.lastElementChild && figure.lastElementChild.tagName !== 'FIGCAPTION') figure.lastElementChild.remove();
    while (figure.parentElement && figure.nextElementSibling) figure.nextElementSibling.remove();
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
  return root.innerHTML;
})()`;

interface Job {
  lang: string;
  width: number;
  pages: { key: string; path: string; file: string; caption: boolean }[];
}

function jobs(): Job[] {
  const dashboard = LANGS.flatMap((lang) =>
    WIDTHS.map((width) => ({
      lang,
      width,
      pages: views().map(([key, query]) => ({
        key: `${lang}/${key}`,
        path: `/?lang=${lang}${query}`,
        file: `${lang}/${key}-${width}.html`,
        caption: false,
      })),
    })),
  );
  const embed = LANGS.map((lang) => ({
    lang,
    width: 412,
    pages: dataset().groupings.map((g) => ({
      key: `${lang}/embed-${g.id}`,
      path: `/embed.html?embed=${g.id}&lang=${lang}`,
      file: `${lang}/embed-${g.id}.html`,
      caption: true,
    })),
  }));
  return [...embed, ...dashboard];
}

async function render(browser: Browser, base: string, queue: Job[], manifests: Record<string, number[]>[]) {
  let bytes = 0;
  for (let job = queue.shift(); job; job = queue.shift()) {
    const { width } = job;
    const context = await browser.newContext({ viewport: { width, height: 900 }, isMobile: width < 1000 });
    const page = await context.newPage();
    for (const p of job.pages) {
      await page.goto(`${base}${p.path}`);
      await page.waitForFunction(() => window.__appReady === true, null, { timeout: 30_000 });
      // Two frames: anything a layout effect changed is on the page.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const html = (await page.evaluate(serialize(p.caption))) as string;
      if (!html) continue;
      const file = join('dist/pre', p.file);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, html);
      bytes += html.length;
      const manifest = p.caption ? manifests[1] : manifests[0];
      if (manifest) (manifest[p.key] ??= []).push(p.caption ? 0 : width);
    }
    await context.close();
  }
  return bytes;
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
  const dashboard: Record<string, number[]> = {};
  const embed: Record<string, number[]> = {};
  const started = Date.now();
  let bytes: number;
  try {
    // Two browser contexts at a time: the build waits on Chromium, not on Node.
    const queue = jobs();
    const done = await Promise.all([1, 2].map(() => render(browser, server.url, queue, [dashboard, embed])));
    bytes = done.reduce((a, b) => a + b, 0);
  } finally {
    await browser.close();
    server.stop();
  }
  const read = (href: string) => readFileSync(join('dist', href.replace(/^\//, '')), 'utf8');
  const boot = (file: string, page: BootPage, manifest: Record<string, number[]>) =>
    writeFileSync(file, withBoot(readFileSync(file, 'utf8'), page, manifest, read));
  boot('dist/index.html', { kind: 'dashboard', wide: WIDE }, dashboard);
  boot('dist/embed.html', { kind: 'embed' }, embed);
  rmSync('dist/boot.js', { force: true });
  const n = [dashboard, embed].flatMap((m) => Object.values(m)).reduce((s, w) => s + w.length, 0);
  console.log(
    `prerendered ${n} first screens (${(bytes / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

await main();

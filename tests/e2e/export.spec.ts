import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { unzipSync } from 'fflate';
import { csvTable, decodePng, exportFrom, ink } from './download';
import { dataset } from './fixtures';

test('PNG: twice the chart’s size, not blank, named for what it is', async ({ page }) => {
  await page.goto('/?lang=en&area=new-media');
  const figure = page.locator('figure[data-chart-id="posts-by-level"]');
  const svg = await exportFrom(page, figure, 'svg');
  const size = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg.bytes.toString('utf8'))!;
  const png = await exportFrom(page, figure, 'png');
  expect(png.name).toBe('luzhou-2018-posts-by-level.png');
  const image = decodePng(png.bytes);
  expect(image.width).toBe(2 * Number(size[1]));
  expect(image.height).toBe(2 * Number(size[2]));
  const box = await figure.locator('.chart-body svg').first().boundingBox();
  expect(image.width).toBeGreaterThanOrEqual(2 * Math.floor(box!.width));
  const { share, colours } = ink(image);
  expect(share).toBeGreaterThan(0.05);
  expect(colours).toBeGreaterThan(20);
});

test('PNG at 3x is offered too', async ({ page }) => {
  await page.goto('/?lang=en&area=websites');
  const figure = page.locator('figure[data-chart-id="website-cluster"]');
  const two = decodePng((await exportFrom(page, figure, 'png')).bytes);
  const three = await exportFrom(page, figure, 'png3');
  expect(three.name).toBe('luzhou-2018-website-cluster@3x.png');
  expect(decodePng(three.bytes).width).toBe((two.width / 2) * 3);
});

test('SVG: standalone, parses, carries title, filters, legend and source in the chosen language', async ({ page }) => {
  await page.goto('/?lang=zh-Hant&area=new-media&level=city');
  const figure = page.locator('figure[data-chart-id="posts-by-level"]');
  const { name, bytes } = await exportFrom(page, figure, 'svg', /匯出/);
  expect(name).toBe('luzhou-2018-posts-by-level-level-city.svg');
  const text = bytes.toString('utf8');
  const parsed = await page.evaluate((src) => {
    const doc = new DOMParser().parseFromString(src, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      title: doc.querySelector('svg > title')?.textContent,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      lang: doc.documentElement.getAttribute('xml:lang'),
      marks: doc.querySelectorAll('rect[tabindex], [role="button"]').length,
      vars: /var\(--/.test(src),
    };
  }, text);
  expect(parsed.error).toBeNull();
  expect(parsed.title).toBe('微博微信推送信息：市級部門、區縣與渠道總數');
  expect(parsed.lang).toBe('zh-Hant');
  expect(parsed.texts).toContain('篩選：層級：市級');
  expect(parsed.texts).toContain('市級部門'); // legend
  expect(parsed.texts.some((t) => t?.startsWith('來源：2018年瀘州市政府信息公開工作年度報告'))).toBe(true);
  expect(parsed.texts).toContain('21,818條');
  expect(parsed.marks).toBe(0); // no interaction left in the file
  expect(parsed.vars).toBe(false); // colours resolved, so it renders the same anywhere
});

const csvRows = (bytes: Buffer) =>
  bytes
    .toString('utf8')
    .slice(1)
    .trimEnd()
    .split('\r\n')
    .map((r) => r.split(','));

test('CSV: BOM, the same header of ids in every language, one row per bar, numbers unformatted, provenance of the table', async ({
  page,
}) => {
  const headers: string[][] = [];
  for (const lang of ['zh-Hans', 'zh-Hant', 'en']) {
    await page.goto(`/?lang=${lang}&area=reading-points`);
    const figure = page.locator('figure[data-chart-id="reading-visits-by-kind"]');
    const { name, bytes } = await exportFrom(page, figure, 'csv', /导出|匯出|Export/);
    expect(name).toBe('luzhou-2018-reading-visits-by-kind.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvRows(bytes);
    headers.push(rows[0]!);
    // The value's unit in the file's language (555,800 visits, never 555,800 萬人次), the report's own at the end.
    expect(rows[1]![5]).toBe({ en: 'visits', 'zh-Hans': '人次', 'zh-Hant': '人次' }[lang]);
    expect(rows[1]!.at(-1)).toBe('萬人次');
    if (lang !== 'zh-Hans') continue;
    expect(rows.slice(1).map((r) => r.slice(0, 11))).toEqual([
      [
        'service-centres',
        '政务服务中心',
        '',
        '',
        '555800',
        '人次',
        '55.58萬人次',
        '',
        'false',
        '第二部分（三）',
        'reading-visits-service-centres',
      ],
      [
        'archives',
        '档案馆',
        '',
        '',
        '59500',
        '人次',
        '5.95萬人次',
        '',
        'false',
        '第二部分（三）',
        'reading-visits-archives',
      ],
      [
        'libraries',
        '图书馆',
        '',
        '',
        '37300',
        '人次',
        '3.73萬人次',
        '',
        'false',
        '第二部分（三）',
        'reading-visits-libraries',
      ],
    ]);
    // Where the table came from travels with every row: report, view link, filters, date.
    const [reportId, report, url, , retrieved] = rows[1]!.slice(11);
    expect([reportId, report]).toEqual(['luzhou-2018', '2018年泸州市政府信息公开工作年度报告']);
    expect(url).toMatch(/\?lang=zh-Hans&area=reading-points$/);
    expect(retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
  expect(headers[0]).toEqual([
    'category_id',
    'category',
    'series_id',
    'series',
    'value',
    'unit',
    'written',
    'share_stated_pct',
    'approximate',
    'section',
    'fact_id',
    'report_id',
    'report',
    'view_url',
    'filters',
    'retrieved',
    'counted_together',
    'check',
    'unit_as_written',
  ]);
  expect(headers[1]).toEqual(headers[0]);
  expect(headers[2]).toEqual(headers[0]);
});

test('CSV follows the filters: the category chart under one category has one row', async ({ page }) => {
  await page.goto('/?lang=en&category=finance');
  const { bytes } = await exportFrom(page, page.locator('figure[data-chart-id="proactive-by-category"]'), 'csv');
  const rows = csvRows(bytes);
  expect(rows).toHaveLength(2);
  expect(rows[1]!.slice(0, 11).join(',')).toBe('finance,Finance,,,6146,items,6146條,1.32,false,Part II,proactive-finance');
  expect(rows[1]![14]).toBe('Category: Finance');
});

/** An area's panel ZIP, downloaded with its button and unzipped. */
async function panelZip(page: Page, area: string) {
  await page.goto(`/?lang=en&area=${area}`);
  await page.locator('rect.chart-mark').first().waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('panel-export').click()]);
  const bytes = await (await import('node:fs/promises')).readFile(await download.path());
  return { name: download.suggestedFilename(), files: unzipSync(new Uint8Array(bytes)) };
}

test('a whole panel exports as one ZIP: PNG and SVG per chart, a CSV of its figures and a README with the view', async ({
  page,
}) => {
  const { name, files } = await panelZip(page, 'reading-points');
  expect(name).toBe('luzhou-2018-reading-points.zip');
  const ids = dataset.groupings.filter((g) => g.area === 'reading-points').map((g) => g.id);
  expect(Object.keys(files).sort()).toEqual(
    [...ids.map((c) => `${c}.png`), ...ids.map((c) => `${c}.svg`), 'facts.csv', 'README.txt'].sort(),
  );
  for (const c of ids) {
    expect(ink(decodePng(Buffer.from(files[`${c}.png`]!))).share).toBeGreaterThan(0.05);
    expect(new TextDecoder().decode(files[`${c}.svg`])).toContain('<svg');
  }
  const csv = new TextDecoder().decode(files['facts.csv']);
  expect([...files['facts.csv']!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = csvTable(csv);
  const col = (row: string[], name: string) => row[header!.indexOf(name)];
  // Every figure of the panel, then each chart's total, computed from its bars and marked so.
  const sums = rows.filter((r) => col(r, 'computed_from'));
  expect(rows.length - sums.length).toBe(dataset.facts.filter((f) => f.area === 'reading-points').length);
  const points = sums.find((r) => col(r, 'fact_id') === 'reading-points-by-kind.sum')!;
  expect(col(points, 'value')).toBe('116');
  expect(col(points, 'label')).toContain('computed (the report does not state it)');
  const parts = col(points, 'computed_from')!.split(' ');
  expect(parts.reduce((s, id) => s + Number(col(rows.find((r) => col(r, 'fact_id') === id)!, 'value')), 0)).toBe(116);
  const visits = sums.find((r) => col(r, 'fact_id') === 'reading-visits-by-kind.sum')!;
  expect([col(visits, 'value'), col(visits, 'unit'), col(visits, 'unit_as_written')]).toEqual(['652600', 'visits', '萬人次']);
  const readme = new TextDecoder().decode(files['README.txt']);
  expect(readme).toContain('Panel: Reading points');
  expect(readme).toMatch(/View: http:\/\/127\.0\.0\.1:\d+\/\?lang=en&area=reading-points/);
  for (const c of ids) expect(readme).toContain(`- ${c}.svg`);
});

test('a panel’s CSV holds every figure its charts draw: the new-media ZIP has the channel totals 28,805 and 10,309', async ({
  page,
}) => {
  const { files } = await panelZip(page, 'new-media');
  const [header, ...rows] = csvTable(new TextDecoder().decode(files['facts.csv']));
  const values = rows.map((r) => r[header!.indexOf('value')]);
  expect(values).toContain('28805');
  expect(values).toContain('10309');
  // Each drawn bar's figure is in it once, with its quote.
  const drawn = await page.locator('figure rect.chart-mark').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-fact-id')));
  const ids = rows.map((r) => r[header!.indexOf('fact_id')]);
  for (const id of drawn) expect(ids.filter((x) => x === id), String(id)).toHaveLength(1);
});

test('CJK text is drawn as glyphs, not boxes, in the exported PNG', async ({ page }) => {
  await page.goto('/?lang=zh-Hant');
  const figure = page.locator('figure[data-chart-id="proactive-by-category"]');
  const image = decodePng((await exportFrom(page, figure, 'png', /匯出/)).bytes);
  // The title "主動公開政府信息:按類別" is 12 full-width characters of 16 px at 2x, from x = 32.
  const cell = 32;
  const counts: number[] = [];
  const bg = image.data.readUInt32BE(0);
  for (let c = 0; c < 12; c++) {
    let n = 0;
    for (let y = 32; y < 80; y++)
      for (let x = 32 + c * cell; x < 32 + (c + 1) * cell; x++)
        if (image.data.readUInt32BE((y * image.width + x) * 4) !== bg) n++;
    counts.push(n);
  }
  // Missing glyphs are all the same empty box; real glyphs differ from one another.
  expect(Math.min(...counts)).toBeGreaterThan(40);
  expect(new Set(counts.map((n) => Math.round(n / 20))).size).toBeGreaterThanOrEqual(8);
  expect(Math.max(...counts) / Math.min(...counts)).toBeGreaterThan(1.5);
});

test('copy image puts a PNG on the clipboard where allowed', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?lang=en&area=websites');
  const figure = page.locator('figure[data-chart-id="website-cluster"]');
  await figure.locator('rect.chart-mark').first().waitFor();
  await figure.getByRole('button', { name: /Export/ }).click();
  await page.locator('[data-export="copy"]').click();
  await expect(page.getByText('Image copied to the clipboard.')).toBeVisible();
  const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((i) => [...i.types]));
  expect(types).toContain('image/png');
});

test('a failed export says so in a toast and nothing else breaks', async ({ page }) => {
  await page.goto('/?lang=en&area=websites');
  // A browser that refuses the clipboard: the promise rejects.
  await page.evaluate(() => {
    navigator.clipboard.write = () => Promise.reject(new Error('clipboard refused'));
  });
  const figure = page.locator('figure[data-chart-id="website-cluster"]');
  await figure.locator('rect.chart-mark').first().waitFor();
  await figure.getByRole('button', { name: /Export/ }).click();
  await page.locator('[data-export="copy"]').click();
  await expect(page.locator('[data-tone="error"]')).toHaveText('Export failed: clipboard refused');
  const png = await exportFrom(page, figure, 'png');
  expect(png.name).toBe('luzhou-2018-website-cluster.png');
});

test('the export menu works from the keyboard', async ({ page }) => {
  await page.goto('/?lang=en&area=websites');
  const figure = page.locator('figure[data-chart-id="website-cluster"]');
  await figure.locator('rect.chart-mark').first().waitFor();
  const button = figure.getByRole('button', { name: 'Export chart: The government website cluster by kind' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'PNG image (2×)' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'SVG (vector)' })).toBeFocused();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe('luzhou-2018-website-cluster.svg');
  await button.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(button).toBeFocused();
});

test('an exported chart: legend entries evenly spaced, no label cut at the image’s edge (measured in the page’s font)', async ({
  page,
}) => {
  for (const [lang, area, id] of [
    ['en', 'new-media', 'posts-by-level'],
    ['zh-Hant', 'standardization', 'catalogue-by-level-and-tier'],
  ] as const) {
    await page.goto(`/?lang=${lang}&area=${area}`);
    const fig = page.locator(`figure[data-chart-id="${id}"]`);
    await fig.locator('rect.chart-mark').first().waitFor();
    const svg = (await exportFrom(page, fig, 'svg', /Export|匯出/)).bytes.toString('utf8');
    // Drawn in the page, as a reader's browser draws the file.
    const { gaps, outside } = await page.evaluate((markup) => {
      const host = document.createElement('div');
      host.innerHTML = markup;
      document.body.append(host);
      const root = host.querySelector('svg')!;
      const width = root.viewBox.baseVal.width || root.width.baseVal.value;
      const swatches = [...root.querySelectorAll('rect.legend-swatch')].map((r) => (r as SVGRectElement).getBBox());
      const labels = [...root.querySelectorAll('text.legend-label')].map((t) => (t as SVGTextElement).getBBox());
      const gaps = labels.slice(0, -1).map((l, i) => (swatches[i + 1]?.x ?? 0) - (l.x + l.width));
      const outside = [...root.querySelectorAll('text')]
        .map((t) => ({ text: t.textContent, box: (t as SVGTextElement).getBBox() }))
        .filter(({ box }) => box.x < -0.5 || box.x + box.width > width + 0.5)
        .map(({ text }) => text);
      host.remove();
      return { gaps, outside };
    }, svg);
    expect(outside, `${id}: cut`).toEqual([]);
    expect(gaps.length, id).toBe(2);
    expect(Math.max(...gaps) - Math.min(...gaps), `${id}: ${gaps.join(', ')}`).toBeLessThanOrEqual(2);
  }
});

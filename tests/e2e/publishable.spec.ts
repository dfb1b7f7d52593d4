import { type Locator, type Page } from '@playwright/test';
import { expect, test } from './test';
import { decodePng, exportFrom } from './download';
import { dataset } from './fixtures';

/** Issue 11: charts a journalist can publish as they are, and exploring that highlights instead of emptying. */

const figure = (page: Page, id: string) => page.locator(`figure[data-chart-id="${id}"]`);

async function svgTexts(page: Page, fig: Locator): Promise<string[]> {
  const { bytes } = await exportFrom(page, fig, 'svg', /Export|匯出|导出/);
  return page.evaluate((src) => {
    const doc = new DOMParser().parseFromString(src, 'image/svg+xml');
    return [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
  }, bytes.toString('utf8'));
}

const boxes = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const width of [1280, 390])
  test(`labels are whole on screen and in the exported SVG (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/?lang=en&area=livelihood');
    const fig = figure(page, 'training-school-lists');
    const grouping = dataset.groupings.find((g) => g.id === 'training-school-lists')!;
    const labels = grouping.keys!.map((k) => k.label.en);
    await fig.locator('rect.chart-mark').first().waitFor();
    const onScreen = await fig.locator('text.chart-category').allTextContents();
    const inFile = await svgTexts(page, fig);
    for (const label of labels) {
      expect(onScreen.map((t) => t.replaceAll(' ', ''))).toContain(label.replaceAll(' ', ''));
      expect(inFile.map((t) => t.replaceAll(' ', ''))).toContain(label.replaceAll(' ', ''));
    }
    expect([...onScreen, ...inFile].some((t) => t.includes('…'))).toBe(false);
  });

for (const width of [1280, 390])
  test(`axis ticks start at zero and are evenly spaced (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/?lang=en');
    for (const id of ['proactive-by-category', 'proactive-by-channel']) {
      await figure(page, id).scrollIntoViewIfNeeded();
      const ticks = figure(page, id).locator('text.chart-tick');
      await expect(ticks.first()).toHaveText('0');
      const xs = await ticks.evaluateAll((els) => els.map((e) => Number(e.getAttribute('x'))));
      const labels = await ticks.allTextContents();
      expect(xs.length, labels.join(' ')).toBeGreaterThanOrEqual(2);
      // The first tick may be nudged inside the edge; the rest are exactly one step apart.
      const gridXs = await figure(page, id)
        .locator('.chart-body .recharts-cartesian-grid-vertical line')
        .evaluateAll((els) => els.map((e) => Number(e.getAttribute('x1'))));
      expect(gridXs).toHaveLength(xs.length);
      const steps = gridXs.slice(1, xs.length).map((x, i) => x - gridXs[i]!);
      for (const s of steps) expect(Math.abs(s - steps[0]!)).toBeLessThan(0.01);
    }
  });

test('a chart’s notes travel with its exported SVG', async ({ page }) => {
  await page.goto('/?lang=en');
  expect((await svgTexts(page, figure(page, 'proactive-by-channel'))).join(' ')).toContain('Channels overlap');
  await page.goto('/?lang=en&area=new-media');
  expect((await svgTexts(page, figure(page, 'posts-by-level'))).join(' ')).toContain('“Channel total” is the figure');
  await page.goto('/?lang=en&area=websites');
  const text = (await svgTexts(page, figure(page, 'website-cluster'))).join(' ');
  await expect(figure(page, 'website-cluster').getByTestId('chart-sum')).toContainText('Together 44');
  expect(text).toContain('Together 44');
});

test('a tooltip sits beside its bar, never over the bar or its value', async ({ page }) => {
  await page.goto('/?lang=en');
  for (const [chart, name] of [
    ['proactive-by-channel', /^Weibo:/],
    ['proactive-by-category', /^Work updates:/],
  ] as const) {
    await figure(page, chart).scrollIntoViewIfNeeded();
    // A drawing kept from the first screen is swapped for the live chart after the pointer moves: hovered
    // before, its tooltip would go with it.
    await expect(figure(page, chart).locator('.chart-body > [data-adopted]')).toHaveCount(0);
    const mark = figure(page, chart).getByRole('button', { name });
    await mark.hover();
    const tip = figure(page, chart).getByTestId('chart-tooltip');
    await expect(tip).toBeVisible();
    const tipBox = (await tip.boundingBox())!;
    const markBox = (await mark.boundingBox())!;
    const value = figure(page, chart).locator(
      `text.chart-value[data-fact-id="${await mark.getAttribute('data-fact-id')}"]`,
    );
    const valueBox = (await value.boundingBox())!;
    expect(await value.textContent()).toMatch(/\d/);
    expect(boxes(tipBox, markBox)).toBe(false);
    expect(boxes(tipBox, valueBox)).toBe(false);
  }
});

test('a click selects: everything stays on the page, the rest is dimmed, and the URL keeps it', async ({ page }) => {
  await page.goto('/?lang=en');
  const byCategory = figure(page, 'proactive-by-category');
  await byCategory.getByRole('button', { name: /^Work updates:/ }).click();
  await expect(page).toHaveURL(/select=category:work-updates/);
  await expect(byCategory.locator('rect.chart-mark')).toHaveCount(8);
  await expect(byCategory.locator('rect.chart-mark[data-lit="false"]')).toHaveCount(7);
  await expect(byCategory.locator('rect[data-selected="true"]')).toHaveCount(1);
  await expect(figure(page, 'proactive-by-channel').locator('rect.chart-mark')).toHaveCount(4);
  await expect(figure(page, 'proactive-by-channel').getByRole('status')).toHaveCount(0);
  for (const id of dataset.meta.headline) await expect(page.locator(`[data-fact-id="${id}"]`).first()).toBeVisible();
  await expect(page.locator('section[aria-labelledby="areas-title"]')).not.toContainText(/\b0 of \d/);
  // The selection survives a reload, and clicking the selected bar again clears it.
  await page.reload();
  await expect(byCategory.locator('rect[data-selected="true"]')).toHaveCount(1);
  await byCategory.getByTestId('selection-bar').getByRole('button', { name: 'Show its source' }).click();
  await expect(page.getByRole('dialog')).toContainText('211,074 items');
  await page.keyboard.press('Escape');
  await byCategory.getByRole('button', { name: /^Work updates:/ }).click();
  await page.mouse.move(0, 0);
  await expect(page).not.toHaveURL(/select=/);
  await expect(byCategory.locator('rect.chart-mark[data-lit]')).toHaveCount(0);
});

test('a click on a report’s own grouping selects that figure the same way', async ({ page }) => {
  await page.goto('/?lang=en&area=reading-points');
  const fig = figure(page, 'reading-points-by-kind');
  await fig.getByRole('button', { name: /^Libraries:/ }).click();
  await expect(page).toHaveURL(/select=fact:reading-points-libraries/);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(fig.locator('rect.chart-mark[data-lit="true"]')).toHaveCount(1);
  await expect(fig.getByTestId('selection-bar').getByRole('button', { name: /Filter/ })).toHaveCount(0);
});

test('facet counts follow the filters and mark values that would empty the page', async ({ page }) => {
  await page.goto('/?lang=en&channel=weibo');
  const level = page.locator('aside fieldset').filter({ hasText: 'Level' });
  await expect(level.locator('label').filter({ hasText: /^City/ })).toContainText('3');
  await expect(level.locator('label').filter({ hasText: /^Township/ })).toHaveAttribute('data-empty', 'true');
  const category = page.locator('aside fieldset').filter({ hasText: 'Category' });
  await expect(category.locator('label[data-empty="true"]')).toHaveCount(8);
  await expect(category.getByRole('checkbox').first()).toBeDisabled();
  await page.goto('/?lang=en');
  await expect(category.locator('label').filter({ hasText: /^Normative documents/ })).toContainText('4');
});

test('exports on a light or dark background whatever the page theme, at the size asked for', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/?lang=en&area=new-media');
  const fig = figure(page, 'accounts-by-level');
  const corner = (png: ReturnType<typeof decodePng>) => png.data.readUInt32BE(0).toString(16).padStart(8, '0');
  const pick = async (option: string) => {
    await fig.getByRole('button', { name: /Export/ }).click();
    await page.locator(`[data-export-option="${option}"]`).click();
    await page.keyboard.press('Escape');
  };
  await pick('theme:light');
  const light = decodePng((await exportFrom(page, fig, 'png')).bytes);
  expect(corner(light)).toBe('ffffffff');
  await pick('theme:dark');
  const dark = decodePng((await exportFrom(page, fig, 'png')).bytes);
  expect(corner(dark)).toBe('0b1220ff');
  await pick('size:social');
  const { name, bytes } = await exportFrom(page, fig, 'png');
  expect(name).toBe('luzhou-2018-accounts-by-level-social-dark.png');
  const social = decodePng(bytes);
  expect([social.width, social.height]).toEqual([1200, 675]);
  await pick('size:print');
  await pick('theme:light');
  const print = decodePng((await exportFrom(page, fig, 'png')).bytes);
  expect(print.width).toBeGreaterThanOrEqual(990);
  expect(print.width).toBeLessThanOrEqual(1000);
});

test('each view has its own page title', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page).toHaveTitle(
    'Overview · Luzhou Government Information Disclosure Annual Report 2018 · Disclosure dashboard',
  );
  await page.goto('/?lang=en&area=hotline&channel=hotline&fact=hotlines-merged');
  await expect(page).toHaveTitle(
    'Hotlines merged into 12345 · Hotlines · Channel: Hotlines · Luzhou Government Information Disclosure Annual Report 2018 · Disclosure dashboard',
  );
  await page.goto('/?lang=zh-Hans&area=checks');
  await expect(page).toHaveTitle('核对 · 2018年泸州市政府信息公开工作年度报告 · 政务公开数据看板');
});

test('print: a header naming the report, filters, link and date; no navigation cards', async ({ page }) => {
  await page.goto('/?lang=en&channel=weibo');
  await figure(page, 'proactive-by-channel').locator('rect.chart-mark').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  const header = page.getByTestId('print-header');
  await expect(header).toBeVisible();
  await expect(header).toContainText('Luzhou Government Information Disclosure Annual Report 2018');
  await expect(header).toContainText('Filters: Channel: Weibo');
  await expect(header).toContainText(/View: http:\/\/127\.0\.0\.1:\d+\/\?lang=en&channel=weibo/);
  await expect(page.locator('section[aria-labelledby="areas-title"]')).toBeHidden();
  await expect(page.locator('aside')).toBeHidden();
  // Axis text is no larger than the chart's title.
  const title = await figure(page, 'proactive-by-channel')
    .locator('figcaption span')
    .first()
    .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  const tick = await figure(page, 'proactive-by-channel')
    .locator('text.chart-tick')
    .first()
    .evaluate((e) => e.getBoundingClientRect().height);
  expect(tick).toBeLessThanOrEqual(title * 1.2);
  await page.emulateMedia({ media: 'screen' });
  await expect(header).toBeHidden();
});

test('on a phone the header is one row and the first chart starts in the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?lang=en');
  const header = (await page.locator('header').first().boundingBox())!;
  expect(header.height).toBeLessThan(56);
  const chart = (await figure(page, 'proactive-by-category').boundingBox())!;
  expect(chart.y).toBeLessThan(844 - 60);
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('combobox', { name: 'Language' })).toBeVisible();
});

test('the platform’s 299,247 items show inside their parent channel; one overview', async ({ page }) => {
  await page.goto('/?lang=en');
  const parent = page.locator('[data-fact-id="channel-other-media"]');
  await expect(parent.locator('[data-fact-id="channel-platform"]')).toContainText('299,247 items');
  await expect(page.locator('[data-fact-id="channel-platform"]')).toHaveCount(1);
  await page.goto('/?lang=en&area=overview');
  await expect(page).toHaveURL(/\?lang=en$/);
  await expect(page.locator('[data-chip]')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.meta.title.en);
});

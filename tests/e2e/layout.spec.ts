import { expect, test } from './test';
import { areaIds } from './fixtures';

test('no horizontal scrolling on a 360 px phone, on any view', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 360, height: 740 });
  for (const v of ['', ...areaIds.map((a) => `&area=${a}`), '&area=checks']) {
    await page.goto(`/?lang=zh-Hant${v}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // Charts draw when scrolled to: bring each into view so every chart is measured.
    for (const figure of await page.locator('figure[data-chart-id]').all()) {
      await figure.scrollIntoViewIfNeeded();
      await figure.locator('rect.chart-mark').first().waitFor();
    }
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, v).toBeLessThanOrEqual(360);
  }
});

test('on a phone the filters open in a drawer and still filter', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/?lang=en&area=new-media');
  await expect(page.getByRole('checkbox', { name: /^Weibo/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Filters' }).click();
  const drawer = page.getByRole('dialog', { name: 'Filters' });
  await drawer.getByRole('checkbox', { name: /^Weibo/ }).check();
  await expect(page).toHaveURL(/channel=weibo/);
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(page.locator('[data-chip="channel:weibo"]')).toBeVisible();
});

test('charts resize with the window', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/?lang=en&area=participation');
  const svg = page.locator('figure[data-chart-id="fair-competition-by-type"] .chart-body svg');
  const wide = Number(await svg.getAttribute('width'));
  await page.setViewportSize({ width: 480, height: 900 });
  await expect.poll(async () => Number(await svg.getAttribute('width'))).toBeLessThan(wide);
});

test('printing shows charts and figures without the controls', async ({ page }) => {
  await page.goto('/?lang=en&area=new-media&channel=weibo');
  await page.locator('rect.chart-mark').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('figure[data-chart-id="posts-by-level"] svg').first()).toBeVisible();
  await expect(page.locator('[data-fact-id="weibo-accounts-closed"]')).toBeVisible();
  for (const control of [
    page.getByRole('button', { name: /Export chart/ }).first(),
    page.getByTestId('panel-export'),
    page.getByRole('combobox').first(),
    page.locator('[data-chip]').first(),
  ])
    await expect(control).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('dark theme: chosen, remembered, and charts follow it', async ({ page }) => {
  await page.goto('/?lang=en');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);
  const fill = await page
    .locator('rect.chart-mark')
    .first()
    .evaluate((el) => getComputedStyle(el).fill);
  expect(fill).toBe('rgb(96, 165, 250)');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
  await expect(page.locator('html')).not.toHaveClass(/dark/);
});

test('no view prints its controls: no field, toggle, sort arrow or action button on paper', async ({ page }) => {
  for (const url of [
    '/?lang=en',
    '/?lang=en&area=new-media',
    '/?lang=en&area=checks',
    '/?lang=en&view=text',
    '/?lang=en&view=library',
    '/?lang=en&view=trends&body=pingtan',
    '/?lang=en&view=compare',
    '/?lang=en&view=review',
    '/?lang=en&view=mine',
  ]) {
    await page.emulateMedia({ media: 'screen' });
    await page.goto(url);
    await page.locator('main h1, main h2').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    const controls = await page.evaluate(() => {
      const shown = (e: Element) => (e as HTMLElement).offsetParent !== null;
      const fields = [...document.querySelectorAll('input, select, textarea, progress')].filter(shown);
      // Buttons that act rather than show a figure: their words say so.
      const actions = [...document.querySelectorAll('button, summary')]
        .filter(shown)
        .map((b) => (b as HTMLElement).innerText.trim())
        .filter((s) => /^(Export|Table|Chart|Show|Filters|Open a report|Clear|Previous|Next|Add |Remove|Cancel)|[↕↑↓▸▾]/.test(s));
      return [...fields.map((f) => f.outerHTML.slice(0, 80)), ...actions];
    });
    expect(controls, url).toEqual([]);
  }
});

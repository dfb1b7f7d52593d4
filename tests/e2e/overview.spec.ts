import { expect, test } from './test';

test('the overview renders from the dataset: total and both charts', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Luzhou Government Information Disclosure Annual Report 2018',
  );
  await expect(page.locator('[data-fact-id="proactive-total"]')).toContainText('467,328');
  for (const id of ['proactive-by-category', 'proactive-by-channel']) {
    const figure = page.locator(`figure[data-chart-id="${id}"]`);
    await expect(figure.locator('figcaption')).toBeVisible();
    // Drawn as the reader scrolls to it (the second chart starts below the first screen).
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator('svg rect.chart-mark').first()).toBeVisible();
  }
  await expect(page.locator('figure[data-chart-id="proactive-by-category"] rect.chart-mark')).toHaveCount(8);
  await expect(page.locator('figure[data-chart-id="proactive-by-channel"]')).toContainText('Channels overlap');
});

test('parts missing from the source are said to be missing, not zero', async ({ page }) => {
  await page.goto('/?lang=en');
  const missing = page.locator('[data-status="missing"]');
  await expect(missing).toHaveCount(4);
  await expect(missing.first()).toContainText('not in the source text');
});

test('the report’s own facts stand apart; mixed-precision shares are said to be as written; filter counts say what they count', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  // Period and parts: one short list under "About the report", not headline cards.
  const about = page.getByTestId('report-facts');
  await expect(about.getByRole('heading')).toHaveText('About the report');
  for (const text of ['Parts the report announces: 6 parts', 'Statistics period begins: 1 January 2018'])
    await expect(about).toContainText(text);
  await expect(page.locator('section[aria-labelledby="headline-title"]')).not.toContainText('Statistics period');
  // 45.2% beside 47.26%: shown as the report writes them, and said to be.
  await expect(page.locator('figure[data-chart-id="proactive-by-category"]').getByTestId('as-written')).toHaveText(
    'Percentages as the report writes them, not all to the same precision (0.42%, 45.2%).',
  );
  // A filter's count is a number of figures, and says so.
  await expect(page.locator('aside label', { hasText: 'Websites' })).toContainText('13 figures');
  // A chart with no stated shares says nothing of them.
  await expect(page.locator('figure[data-chart-id="proactive-by-channel"]')).not.toContainText('same precision');
});

test('the catalogue’s tiers are explained under their chart; a lone chart takes the row', async ({ page }) => {
  await page.goto('/?lang=en&area=standardization');
  const fig = page.locator('figure[data-chart-id="catalogue-by-level-and-tier"]');
  await expect(fig.locator('figcaption')).toContainText('three tiers of headings');
  await page.goto('/?lang=en&area=reading-points');
  const first = await page.locator('figure[data-chart-id]').first().boundingBox();
  const main = await page.locator('main').boundingBox();
  await page.goto('/?lang=en&area=environment');
  const charts = page.locator('figure[data-chart-id]');
  await expect(charts).toHaveCount(1);
  const lone = (await charts.first().boundingBox())!;
  // Alone in its row, it is as wide as two side by side.
  expect(lone.width).toBeGreaterThan(first!.width * 1.8);
  expect(lone.width).toBeLessThanOrEqual(main!.width);
});

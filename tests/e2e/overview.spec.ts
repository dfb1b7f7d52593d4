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

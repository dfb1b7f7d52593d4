import { expect, test } from './test';
import { dataset } from './fixtures';

test('every fact of the dataset is shown in some panel', async ({ page }) => {
  // Fourteen views, every chart scrolled to: a limit for that, not for one page.
  test.setTimeout(90_000);
  const seen = new Set<string>();
  for (const area of dataset.areas) {
    await page.goto(`/?lang=en${area.id === 'overview' ? '' : `&area=${area.id}`}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Charts draw their marks when scrolled to; bring each into view before counting.
    for (const figure of await page.locator('figure[data-chart-id]').all()) {
      await figure.scrollIntoViewIfNeeded();
      await figure.locator('rect.chart-mark').first().waitFor();
    }
    for (const id of await page
      .locator('[data-fact-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-fact-id')))) {
      if (id) seen.add(id);
    }
    // Stated shares are drawn inside their bar's value label.
    for (const g of dataset.groupings.filter((x) => x.area === area.id))
      for (const b of g.bars) if (b.share && seen.has(b.fact)) seen.add(b.share);
  }
  expect(dataset.facts.map((f) => f.id).filter((id) => !seen.has(id))).toEqual([]);
});

import { expect, test } from './test';

test('a filter from the URL narrows every chart and figure', async ({ page }) => {
  await page.goto('/?lang=en&channel=weibo');
  await expect(page.locator('[data-chip="channel:weibo"]')).toBeVisible();
  await expect(page.locator('[data-fact-id="channel-weibo"]').first()).toBeVisible();
  await expect(page.locator('[data-fact-id="proactive-total"]')).toHaveCount(0);
  // The category chart has no Weibo figures: it says so instead of drawing empty axes.
  const byCategory = page.locator('figure[data-chart-id="proactive-by-category"]');
  await expect(byCategory.getByRole('status')).toContainText('Nothing here matches the filters (Channel: Weibo)');
  await expect(byCategory.locator('svg')).toHaveCount(0);
  await expect(page.locator('figure[data-chart-id="proactive-by-channel"] rect.chart-mark')).toHaveCount(1);
});

test('filters from the checkboxes show as chips that can be removed, and clear all', async ({ page }) => {
  await page.goto('/?lang=en&area=new-media');
  await page.getByRole('checkbox', { name: /District\/county/ }).check();
  await expect(page).toHaveURL(/level=district/);
  await expect(page.locator('figure[data-chart-id="accounts-by-level"] rect.chart-mark')).toHaveCount(1);
  await page.getByRole('checkbox', { name: /^WeChat/ }).check();
  await expect(page).toHaveURL(/channel=wechat&level=district/);
  await expect(page.locator('figure[data-chart-id="posts-by-level"] rect.chart-mark')).toHaveCount(1);
  await page.getByRole('button', { name: 'Remove filter: Channel: WeChat' }).click();
  await expect(page).not.toHaveURL(/channel=/);
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(page).not.toHaveURL(/level=/);
  await expect(page.locator('figure[data-chart-id="accounts-by-level"] rect.chart-mark')).toHaveCount(2);
});

test('filtering from a chart is a deliberate second step after selecting; Back undoes it', async ({ page }) => {
  await page.goto('/?lang=en');
  const byCategory = page.locator('figure[data-chart-id="proactive-by-category"]');
  await byCategory.getByRole('button', { name: /^Finance:/ }).click();
  await expect(page).toHaveURL(/select=category:finance/);
  await byCategory.getByRole('button', { name: 'Filter the page to “Finance”' }).click();
  await expect(page).toHaveURL(/category=finance/);
  await expect(page).not.toHaveURL(/select=/);
  await expect(page.locator('[data-chip="category:finance"]')).toBeVisible();
  await expect(byCategory.locator('rect.chart-mark')).toHaveCount(1);
  await page.goBack();
  await expect(page).not.toHaveURL(/category=finance&|category=finance$/);
  await expect(byCategory.locator('rect.chart-mark')).toHaveCount(8);
});

test('level filter from the URL on the standardization panel keeps one level of the catalogue', async ({ page }) => {
  await page.goto('/?lang=en&area=standardization&level=village');
  const chart = page.locator('figure[data-chart-id="catalogue-by-level-and-tier"]');
  await expect(chart.locator('rect.chart-mark')).toHaveCount(3);
  await expect(chart.getByRole('button', { name: /Village · Tier 3: 189/ })).toBeVisible();
});

import { expect, test } from './test';

test('hovering a level in one chart highlights the same level in the other', async ({ page }) => {
  await page.goto('/?lang=en&area=new-media');
  const posts = page.locator('figure[data-chart-id="posts-by-level"]');
  await expect(posts.locator('rect.chart-mark')).toHaveCount(6);
  await page
    .locator('figure[data-chart-id="accounts-by-level"]')
    .getByRole('button', { name: /^City:/ })
    .hover();
  // City bars stay lit, the others dim: two city series bars (Weibo, WeChat).
  await expect(posts.locator('rect.chart-mark[data-lit="true"]')).toHaveCount(2);
  await expect(posts.locator('rect.chart-mark[data-lit="false"]')).toHaveCount(4);
  await expect(posts.locator('rect[data-lit="true"][data-fact-id="weibo-posts-city"]')).toHaveCount(1);
  // The figures of the panel follow too: the closed city Weibo accounts are lit.
  await expect(page.locator('[data-fact-id="weibo-accounts-closed"]')).toHaveClass(/border-\[var\(--accent\)\]/);
});

test('focusing a mark by keyboard highlights like hover and keeps focus; Enter selects', async ({ page }) => {
  await page.goto('/?lang=en&area=new-media');
  const city = page.locator('figure[data-chart-id="accounts-by-level"]').getByRole('button', { name: /^City:/ });
  await city.focus();
  await expect(page.locator('figure[data-chart-id="posts-by-level"] rect.chart-mark[data-lit="true"]')).toHaveCount(2);
  await expect(city).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/select=level:city/);
  await expect(city).toHaveAttribute('aria-pressed', 'true');
  await expect(city).toBeFocused();
});

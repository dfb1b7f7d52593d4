import { expect, test } from './test';
import { dataset } from './fixtures';

test('the checks are one compact table: every relation, fails first, with its verdict', async ({ page }) => {
  await page.goto('/?lang=en&area=checks');
  const rows = page.locator('tr[data-relation-id]');
  await expect(rows).toHaveCount(dataset.relations.length);
  await expect(page.getByTestId('checks-summary')).toHaveText(
    '13 hold exactly, 9 hold within rounding, 2 do not hold.',
  );
  await expect(rows.nth(0)).toHaveAttribute('data-verdict', 'fails');
  await expect(rows.nth(1)).toHaveAttribute('data-verdict', 'fails');
  await expect(rows.nth(2)).toHaveAttribute('data-verdict', 'rounding');
  const weibo = page.locator('[data-relation-id="weibo-posts-sum"]');
  await expect(weibo).toContainText('28,805');
  await expect(weibo).toContainText('26,805');
  await expect(weibo).toContainText('−2,000');
  await expect(page.locator('[data-relation-id="categories-sum-to-total"]')).toHaveAttribute('data-verdict', 'exact');
});

test('percentages read as percentages, rounded sensibly', async ({ page }) => {
  await page.goto('/?lang=en&area=checks');
  const share = page.locator('[data-relation-id="share-overview-info"]');
  await expect(share.locator('td').nth(2)).toHaveText('0.42%');
  await expect(share.locator('td').nth(3)).toHaveText('0.417%');
  await expect(share.locator('td').nth(4)).toHaveText('−0.003 pp');
  const hundred = page.locator('[data-relation-id="category-shares-sum-to-100"]');
  await expect(hundred.locator('td').nth(2)).toHaveText('100%');
  await expect(hundred.locator('td').nth(3)).toHaveText('100.04%');
});

test('filter by result and sort by column', async ({ page }) => {
  await page.goto('/?lang=en&area=checks');
  await page
    .locator('label')
    .filter({ hasText: /^Does not hold/ })
    .click();
  await expect(page.locator('tr[data-relation-id]')).toHaveCount(2);
  await page.locator('label').filter({ hasText: /^All/ }).click();
  await page.getByRole('button', { name: /^Difference/ }).click();
  await expect(page.getByRole('columnheader', { name: /Difference/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.locator('tr[data-relation-id]').first()).toHaveAttribute('data-relation-id', 'weibo-posts-sum');
  await page
    .getByTestId('checks-table')
    .getByRole('button', { name: /^Check/ })
    .click();
  await expect(page.getByRole('columnheader', { name: /Check/ })).toHaveAttribute('aria-sort', 'ascending');
});

test('a row opens its figures, and a figure opens its provenance', async ({ page }) => {
  await page.goto('/?lang=zh-Hans&area=checks');
  const row = page.locator('[data-relation-id="wechat-posts-sum"]');
  await row.getByRole('button').click();
  const figures = page.locator('[data-relation-figures="wechat-posts-sum"]');
  await expect(figures).toContainText('报告自身的数字不相符');
  await figures.getByRole('button', { name: /微信/ }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
});

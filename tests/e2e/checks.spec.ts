import { expect, test } from '@playwright/test';
import { dataset } from './fixtures';

test('the reconciliation view lists every relation with its verdict', async ({ page }) => {
  await page.goto('/?lang=en&area=checks');
  await expect(page.locator('[data-relation-id]')).toHaveCount(dataset.relations.length);
  await expect(page.getByTestId('checks-summary')).toHaveText(
    '13 hold exactly, 9 hold within rounding, 2 do not hold.',
  );
  const weibo = page.locator('[data-relation-id="weibo-posts-sum"]');
  await expect(weibo).toHaveAttribute('data-verdict', 'fails');
  await expect(weibo).toContainText(
    'The report’s own figures do not add up: 26,805 computed against 28,805 stated, a difference of −2,000.',
  );
  await expect(page.getByTestId('checks-fails')).toContainText(
    'City and district WeChat posts add up to the WeChat total',
  );
  await expect(page.locator('[data-relation-id="categories-sum-to-total"]')).toHaveAttribute('data-verdict', 'exact');
});

test('a figure used by a check opens its provenance', async ({ page }) => {
  await page.goto('/?lang=zh-Hans&area=checks');
  const row = page.locator('[data-relation-id="wechat-posts-sum"]');
  await row.locator('summary').click();
  await row
    .getByRole('button', { name: /渠道|微信/ })
    .first()
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
});

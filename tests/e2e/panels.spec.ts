import { expect, test } from './test';

test('hotline panel: 23 lines merged on 30 June 2018, the closed-loop workflow, the 15 rules', async ({ page }) => {
  await page.goto('/?lang=en&area=hotline');
  await expect(page.locator('[data-fact-id="hotlines-merged"]')).toContainText('23 hotlines');
  await expect(page.locator('[data-fact-id="hotline-merge-date"]')).toContainText('30 June 2018');
  await expect(page.locator('[data-fact-id="hotline-rules"]')).toContainText('15 rules');
  const flow = page.locator('[data-list-id="hotline-workflow"]');
  await expect(flow.getByRole('listitem')).toHaveCount(7);
  await expect(flow.getByTestId('flow-loop')).toContainText('back to “One number for all calls”');
  await expect(page.locator('[data-list-id="hotline-rules-named"]')).toContainText(
    'The report names 2 and says “and others”',
  );
});

test('websites panel: the cluster by kind and its computed total of 44', async ({ page }) => {
  await page.goto('/?lang=zh-Hans&area=websites');
  const chart = page.locator('figure[data-chart-id="website-cluster"]');
  await expect(chart.locator('rect.chart-mark')).toHaveCount(3);
  await expect(chart.getByTestId('chart-sum')).toContainText('合计 44个');
});

test('a category filter from the URL keeps that category everywhere', async ({ page }) => {
  await page.goto('/?lang=en&category=normative-docs');
  await expect(page.locator('[data-chip="category:normative-docs"]')).toBeVisible();
  await expect(page.locator('figure[data-chart-id="proactive-by-category"] rect.chart-mark')).toHaveCount(1);
  await expect(page.getByRole('link', { name: /Interpretation and participation/ })).toContainText(
    '2 of 13 figures match',
  );
  await page.getByRole('link', { name: /Interpretation and participation/ }).click();
  await expect(page.locator('[data-fact-id="normative-docs-deadline"]')).toBeVisible();
  await expect(page.locator('figure[data-chart-id="fair-competition-by-type"] rect.chart-mark')).toHaveCount(1);
});

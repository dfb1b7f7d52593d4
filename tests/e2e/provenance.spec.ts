import { expect, test } from './test';

test('a figure opens its quote highlighted in the report text', async ({ page }) => {
  await page.goto('/?lang=en&area=hotline');
  const opener = page.locator('[data-fact-id="hotlines-merged"]').getByRole('button');
  await opener.click();
  await expect(page).toHaveURL(/fact=hotlines-merged/);
  const dialog = page.getByRole('dialog', { name: 'Where this figure comes from' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('provenance-section')).toHaveText('Part I(3)4 (一(三)4)');
  await expect(dialog.getByTestId('quote-mark')).toHaveText(
    '2018年6月30日,將全市除應急救援以外的 23 條熱線統一整合到12345 市長熱線',
  );
  await expect(dialog.getByTestId('quote-value')).toHaveText('23');
  await expect(dialog.getByTestId('quote-context')).toContainText('閉環式工作流程');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page).not.toHaveURL(/fact=/);
  await expect(opener).toBeFocused();
});

test('?fact= opens provenance directly, approximate flags shown', async ({ page }) => {
  await page.goto('/?lang=en&area=livelihood&fact=food-drug-items');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('provenance-value')).toHaveText('more than 7,000 records');
  await expect(dialog).toContainText('approximate: the report writes “7000餘條”');
  await expect(dialog.getByTestId('quote-value')).toHaveText('7000');
});

test('a chart value opens provenance from the data table', async ({ page }) => {
  await page.goto('/?lang=en&area=reading-points');
  const figure = page.locator('figure[data-chart-id="reading-visits-by-kind"]');
  // Let the chart finish drawing first, so nothing moves under the clicks below.
  await figure.locator('rect.chart-mark').first().waitFor();
  await figure.getByRole('button', { name: 'Table' }).click();
  await figure.getByRole('button', { name: '59,500 visits (Archives, show where it comes from)' }).click();
  await expect(page.getByRole('dialog').getByTestId('quote-mark')).toHaveText(
    '在各級檔案館開設政府信息公開查閱點9個,接待人數5.95萬人次',
  );
  await expect(page.getByRole('dialog').getByTestId('quote-value')).toHaveText('5.95');
});

test('provenance lists the checks that read the figure, with their verdicts', async ({ page }) => {
  await page.goto('/?lang=en&area=new-media&fact=weibo-posts-city');
  const checks = page.getByRole('dialog').getByTestId('fact-checks');
  await expect(checks.locator('[data-verdict="fails"]')).toContainText(
    'City and district Weibo posts add up to the Weibo total: Does not hold',
  );
  await checks.getByRole('link').first().click();
  await expect(page).toHaveURL(/area=checks/);
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('a Simplified reader reads the quote in Simplified, the original one click away; Traditional and English quote as written', async ({
  page,
}) => {
  await page.goto('/?lang=zh-Hans&area=hotline&fact=hotlines-merged');
  const dialog = page.getByRole('dialog');
  const quote = dialog.getByTestId('quote-mark');
  await expect(quote).toHaveText('2018年6月30日,将全市除应急救援以外的 23 条热线统一整合到12345 市长热线');
  await expect(dialog.getByTestId('quote-context')).toHaveAttribute('lang', 'zh-Hans');
  await expect(dialog.getByTestId('quote-value')).toHaveText('23');
  await expect(dialog).toContainText('引文已转换为本页所用的字。');
  await dialog.getByRole('button', { name: '显示原文' }).click();
  await expect(quote).toHaveText('2018年6月30日,將全市除應急救援以外的 23 條熱線統一整合到12345 市長熱線');
  await expect(dialog.getByTestId('quote-context')).toHaveAttribute('lang', 'zh-Hant');
  await dialog.getByRole('button', { name: '显示转换后的引文' }).click();
  await expect(quote).toContainText('将全市');
  for (const lang of ['zh-Hant', 'en']) {
    await page.goto(`/?lang=${lang}&area=hotline&fact=hotlines-merged`);
    await expect(page.getByRole('dialog').getByTestId('quote-mark')).toContainText('將全市除應急救援');
    await expect(page.getByRole('dialog').getByRole('button', { name: /顯示原文|Show the original/ })).toHaveCount(0);
  }
});

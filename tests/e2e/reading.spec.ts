import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './test';
import { dataset } from './fixtures';

/** Issue 15: the report's own text, every figure linked. */

test('a figure in the text opens its chart, selected', async ({ page }) => {
  await page.goto('/?lang=en&view=text');
  const text = page.getByTestId('reading-text');
  // 23 hotlines merged into 12345: a figure of the hotline panel.
  const link = text.locator('a[data-fact-id="hotlines-merged"]');
  await expect(link).toHaveText('23');
  await expect(link).toHaveAttribute('title', /Hotlines merged into 12345: 23 hotlines/);
  await link.click();
  await expect(page).toHaveURL(/area=hotline/);
  await expect(page).toHaveURL(/select=fact:hotlines-merged/);
  await expect(page.locator('[data-fact-id="hotlines-merged"]').first()).toBeInViewport();
  // A charted figure: its bar is selected.
  await page.goto('/?lang=en&view=text');
  await page.getByTestId('reading-text').locator('a[data-fact-id="weibo-posts-city"]').click();
  await expect(page.locator('rect[data-fact-id="weibo-posts-city"]')).toHaveAttribute('data-selected', 'true');
});

test('numbers that are not figures are not links, and every figure of the dataset is linked', async ({ page }) => {
  await page.goto('/?lang=en&view=text');
  const text = page.getByTestId('reading-text');
  await expect(text.locator('a[data-fact-id]')).toHaveCount(dataset.facts.length);
  // 十九大 is a name, not a figure: marked, not linked.
  const name = text.locator('.reading-numeral', { hasText: '十九大' });
  await expect(name).toHaveCount(1);
  await expect(name.locator('xpath=ancestor-or-self::a')).toHaveCount(0);
  await expect(name).toHaveAttribute('title', /19th Party Congress/);
  await expect(page.getByTestId('reading-counts')).toContainText(`${dataset.facts.length} numbers linked to figures`);
});

test('search finds a phrase and steps through its matches', async ({ page }) => {
  await page.goto('/?lang=zh-Hant&view=text');
  await page.getByRole('searchbox', { name: '在原文中搜尋' }).fill('政務微博');
  await expect(page.getByTestId('reading-matches')).toContainText(/共 [1-9]\d* 個/);
  const first = page.locator('mark[data-match="0"]');
  await expect(first).toHaveClass(/reading-current/);
  await page.getByRole('button', { name: '下一個' }).click();
  await expect(page.locator('mark[data-match="1"]')).toHaveClass(/reading-current/);
});

test('zh-Hans shows the mainland wording; missing parts are said to be missing', async ({ page }) => {
  await page.goto('/?lang=zh-Hans&view=text');
  const text = page.getByTestId('reading-text');
  await expect(text).toContainText('互联网+政务服务');
  await expect(text).toContainText('建立健全');
  await expect(text).not.toContainText('创建健全');
  await expect(page.getByTestId('missing-parts').locator('[data-part="三"]')).toContainText('不在原文中');
});

test('a provenance drawer leads to the figure in the text', async ({ page }) => {
  await page.goto('/?lang=en&area=poverty&fact=poverty-people');
  await page.getByRole('dialog').getByRole('link', { name: 'Read it in the report’s text' }).click();
  await expect(page).toHaveURL(/view=text/);
  const link = page.locator('a[data-fact-id="poverty-people"]');
  await expect(link).toHaveClass(/reading-selected/);
  await expect(link).toBeInViewport();
});

test('an imported report reads with its tables as tables, drafted figures marked', async ({ page }) => {
  await page.goto('/?lang=en&view=text&data=/data/library/pingtan-2021.json');
  const text = page.getByTestId('reading-text');
  await expect(text.locator('table').first()).toBeVisible();
  await expect(text.locator('table a[data-fact-id="applications.new.all"]')).toHaveText('70');
  await expect(text.locator('a.reading-drafted').first()).toBeVisible();
});

for (const lang of ['en', 'zh-Hans', 'zh-Hant'] as const)
  test(`axe finds no violations in the reading view (${lang})`, async ({ page }) => {
    await page.goto(`/?lang=${lang}&view=text`);
    await page.getByTestId('reading-text').locator('a[data-fact-id]').first().waitFor();
    // Also the experimental label-in-name rule: a figure's link must be named by the words it shows.
    const { violations } = await new AxeBuilder({ page })
      .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

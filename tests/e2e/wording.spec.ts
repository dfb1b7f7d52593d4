import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { areaIds } from './fixtures';

/** Every view of the dashboard, and one figure's provenance. */
const views = ['', ...areaIds.map((a) => `&area=${a}`), '&area=checks', '&area=new-media&fact=channel-weibo'];

async function open(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  if ((await page.locator('figure[data-chart-id]').count()) > 0)
    await page.locator('rect.chart-mark').first().waitFor();
  if (url.includes('fact=')) await page.getByRole('dialog').getByTestId('quote-mark').waitFor();
}

/** The page's text (chart SVG text too) outside the elements matching `skip`. */
const textOutside = (page: Page, skip: string) =>
  page.evaluate((skip) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest(`${skip}, script, style`)) continue;
      if (n.textContent?.trim()) out.push(n.textContent.trim());
    }
    return out;
  }, skip);

/** Chinese text outside verbatim quotes (which keep the source's own punctuation) with half-width punctuation. */
async function halfWidthIn(page: Page, v: string): Promise<string[]> {
  const found: string[] = [];
  for (const t of await textOutside(page, '[data-verbatim]'))
    if (/[\u3400-\u9fff][,:;()?!]|[,:;()?!][\u3400-\u9fff]/.test(t)) found.push(`${v || 'overview'}: ${t}`);
  return found;
}

// One pass over the zh-Hans views checks both its words and its punctuation (the suite keeps under 12 minutes).
test('zh-Hans never shows words the mainland original did not use, and uses full-width punctuation in Chinese text', async ({
  page,
}) => {
  test.setTimeout(90_000);
  // What OpenCC's Taiwan-phrase reversal made of the report's own words (issue 10).
  const wrong = [
    '智能泸州',
    '集成到',
    '批量',
    '决策、运行',
    '预算运行',
    '宣传数据',
    '创建健全',
    '查找',
    '交互',
    '在线访谈',
  ];
  const seen: string[] = [];
  const halfWidth: string[] = [];
  for (const v of views) {
    await open(page, `/?lang=zh-Hans${v}`);
    const text = await page.locator('body').innerText();
    for (const w of wrong) if (text.includes(w)) seen.push(`${v || 'overview'}: ${w}`);
    halfWidth.push(...(await halfWidthIn(page, v)));
  }
  expect(seen).toEqual([]);
  expect(halfWidth).toEqual([]);
  await open(page, '/?lang=zh-Hans&area=hotline');
  await expect(page.locator('main')).toContainText('整合到12345');
});

test('English views show no Chinese section numerals outside quoted Chinese', async ({ page }) => {
  test.setTimeout(90_000);
  const leaks: string[] = [];
  for (const v of views) {
    await open(page, `/?lang=en${v}`);
    for (const t of await textOutside(page, 'body [lang^="zh"]'))
      if (/[〇一二三四五六七八九十]/.test(t)) leaks.push(`${v || 'overview'}: ${t}`);
  }
  expect(leaks).toEqual([]);
  await open(page, '/?lang=en&area=livelihood');
  await expect(page.locator('main')).toContainText('Report sections: Part I(1)5');
});

test('zh-Hant views use full-width punctuation in Chinese text', async ({ page }) => {
  test.setTimeout(90_000);
  const halfWidth: string[] = [];
  for (const v of views) {
    await open(page, `/?lang=zh-Hant${v}`);
    halfWidth.push(...(await halfWidthIn(page, v)));
  }
  expect(halfWidth).toEqual([]);
});

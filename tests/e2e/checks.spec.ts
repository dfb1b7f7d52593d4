import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
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

test('on a phone each check is a card: its stated, computed and difference inside the screen, a unit on one line', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const lang of ['zh-Hant', 'en']) {
    await page.goto(`/?lang=${lang}&area=checks`);
    const table = page.getByTestId('checks-table');
    await expect(table.locator('tr[data-relation-id]').first()).toBeVisible();
    // Nothing to scroll sideways: the table is no wider than its box.
    expect(await table.evaluate((t) => (t.parentElement?.scrollWidth ?? 0) - (t.parentElement?.clientWidth ?? 0))).toBe(
      0,
    );
    for (const row of (await table.locator('tr[data-relation-id]').all()).slice(0, 6)) {
      for (const cell of ['stated', 'computed', 'difference']) {
        const box = (await row.locator(`td[data-cell="${cell}"]`).boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(390);
        // One line: a difference in percentage points (個百分點) is never cut in two.
        expect(box.height, `${lang} ${cell}`).toBeLessThan(30);
      }
    }
    // Each number says what it is.
    const first = table.locator('tr[data-verdict="fails"]').first();
    await expect(first.locator('td[data-cell="difference"]')).toHaveAttribute(
      'data-label',
      lang === 'en' ? 'Difference' : '差額',
    );
  }
});

test('on paper the checks table repeats its header on every page and prints no controls', async ({ page }) => {
  await page.goto('/?lang=en&area=checks');
  await expect(page.getByTestId('checks-table').locator('tr[data-relation-id]').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  let withRows = 0;
  for (let i = 1; i <= doc.numPages; i++) {
    const { items } = await (await doc.getPage(i)).getTextContent();
    // Without spaces: the PDF's text splits ligatures (Di ff erence).
    const text = items.map((it) => ('str' in it ? it.str : '')).join('').replace(/\s+/g, '');
    // No sort arrows, row toggles or result filters on paper.
    expect(text).not.toMatch(/[↕↑↓▸▾]/);
    expect(text).not.toContain('All(24)');
    // A page that holds checks (their verdicts) holds the header too.
    if (/Holdsexactly|Holdswithinrounding|Doesnothold/.test(text)) {
      withRows++;
      for (const h of ['Check', 'Type', 'Result', 'Stated', 'Computed', 'Difference']) expect(text, `page ${i}`).toContain(h);
    }
  }
  expect(withRows).toBeGreaterThan(1);
});

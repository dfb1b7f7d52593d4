import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Issue 12: a report as published opens in the browser, read by the importer in a worker. */

// The library's reports live in reports/; the shapes only tests read, in tests/fixtures/corpus.
const corpus = (p: string) => {
  const report = join(import.meta.dirname, '../../reports', p);
  return existsSync(report) ? report : join(import.meta.dirname, '../fixtures/corpus', p);
};

async function open(page: Page, file: string, lang = 'en') {
  await page.goto(`/?lang=${lang}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.getByTestId('open-file').setInputFiles(corpus(file));
}

test('a saved web page of the 2021 format opens with its tables as charts, filterable by applicant', async ({
  page,
}) => {
  await open(page, 'pingtan/2021.html');
  await expect(page.getByTestId('local-banner')).toContainText('2021.html');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2021');
  await page.getByRole('link', { name: /^Applications/ }).click();
  const byApplicant = page.locator('figure[data-chart-id="applications.new-by-applicant"]');
  // Cells typed from the report's table: 64 natural persons, 2 non-profits, 4 others of 70.
  await expect(byApplicant.getByRole('button', { name: 'Natural persons: 64 applications' })).toBeVisible();
  await expect(byApplicant.getByRole('button', { name: 'Other organisations: 4 applications' })).toBeVisible();
  const outcomes = page.locator('figure[data-chart-id="applications.outcomes"]');
  await expect(outcomes.getByRole('button', { name: /All applicants: 30 applications$/ }).first()).toBeVisible();
  await page.getByRole('checkbox', { name: /^Natural persons/ }).check();
  await expect(page).toHaveURL(/applicant=natural-person/);
  await expect(outcomes.getByRole('button', { name: /Natural persons: 27 applications$/ }).first()).toBeVisible();
  await expect(outcomes.getByRole('button', { name: /All applicants/ })).toHaveCount(0);
  await expect(page.getByTestId('area-checks')).toBeVisible();
  // A figure opens its quote in the imported report's own text.
  await outcomes
    .getByRole('button', { name: /Natural persons: 27 applications$/ })
    .first()
    .click();
  await outcomes.getByTestId('selection-bar').getByRole('button', { name: 'Show its source' }).click();
  await expect(page.getByRole('dialog').getByTestId('quote-value')).toHaveText('27');
});

test('the checks of an imported report include its identities, both sides shown', async ({ page }) => {
  await open(page, 'pingtan/2020.html');
  await page.getByRole('link', { name: 'Checks' }).click();
  await expect(page.locator('tr[data-relation-id]').first()).toBeVisible();
  // 2020's natural-person results add up to 26 where its 三（七） says 20: the report's own finding.
  await expect(page.locator('tr[data-verdict="fails"]').first()).toBeVisible();
  await expect(
    page.locator('tr[data-relation-id][data-relation-id*="balance"], tr[data-relation-id*="balance"]').first(),
  ).toBeVisible();
});

test('a PDF opens, each figure naming its page', async ({ page }) => {
  await open(page, 'others/hongze-2024.pdf');
  await expect(page.getByTestId('local-banner')).toContainText('hongze-2024.pdf', { timeout: 20_000 });
  await page.getByRole('link', { name: /^Applications/ }).click();
  const chart = page.locator('figure[data-chart-id="applications.new-by-applicant"]');
  await chart.locator('rect.chart-mark').first().click();
  await chart.getByTestId('selection-bar').getByRole('button', { name: 'Show its source' }).click();
  await expect(page.getByRole('dialog').getByTestId('provenance-page')).toHaveText(/^[345]$/);
});

test('figures found in the free text are marked as drafted', async ({ page }) => {
  await open(page, 'pingtan/2016.html');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2016');
  await page.getByRole('link', { name: /^Figures in the text/ }).click();
  await expect(page.locator('[data-drafted="true"]').first()).toContainText('drafted');
});

test('a scanned PDF says it has no text layer, and nothing half-built is shown', async ({ page }) => {
  await open(page, 'scanned.pdf');
  const error = page.getByTestId('load-error-message');
  await expect(error).toContainText(/text layer/i);
  await expect(error).toContainText(/OCR/);
  await expect(page.locator('figure[data-chart-id]')).toHaveCount(0);
});

test('a page that is not such a report is refused with a reason', async ({ page }) => {
  await page.goto('/?lang=en');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.getByTestId('open-file').setInputFiles({
    name: 'recipe.html',
    mimeType: 'text/html',
    buffer: Buffer.from('<html><body><h1>Dumplings</h1><p>Flour, water, salt.</p></body></html>'),
  });
  await expect(page.getByTestId('load-error-message')).toContainText('could not be read as a report');
  await expect(page.getByRole('button', { name: 'Back to the default report' })).toBeVisible();
});

test('a mangled report stops with the row it could not read, and opens the rest only when asked', async ({ page }) => {
  await open(page, 'others/shanghai-stc-2024.md');
  await expect(page.getByTestId('load-error-message')).toBeVisible();
  await page.getByRole('button', { name: 'Open what could be read (marked incomplete)' }).click();
  await expect(page.getByTestId('local-banner')).toBeVisible();
  await expect(page.locator('[data-status="partial"]').first()).toBeVisible();
  await expect(page.getByTestId('import-notes')).toBeVisible();
  // Every view of it says it is incomplete and names the parts; Checks lists them apart from the checks that hold.
  const banner = page.getByTestId('incomplete-banner');
  await expect(banner).toContainText(/^Incomplete: .+ not read whole/);
  await page.getByRole('link', { name: 'Checks', exact: true }).click();
  await expect(banner).toBeVisible();
  await expect(page.getByTestId('checks-not-run')).toContainText('Parts not read');
});

test('a Word report (.docx) opens like its web page; a .doc is refused with what to do', async ({ page }) => {
  const { docxOf } = await import('../fixtures/make/docx');
  const html = readFileSync(corpus('pingtan/2021.html'), 'utf8');
  await page.goto('/?lang=en');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.getByTestId('open-file').setInputFiles({
    name: '平潭2021年报.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(await docxOf(html)),
  });
  await expect(page.getByTestId('local-banner')).toContainText('平潭2021年报.docx');
  await page.getByRole('link', { name: /^Applications/ }).click();
  const byApplicant = page.locator('figure[data-chart-id="applications.new-by-applicant"]');
  await expect(byApplicant.getByRole('button', { name: 'Natural persons: 64 applications' })).toBeVisible();

  await page.getByTestId('open-file').setInputFiles({
    name: '年报.doc',
    mimeType: 'application/msword',
    buffer: ole,
  });
  await expect(page.getByTestId('load-error-message')).toContainText('Word 97-2003 document (.doc)');
  await expect(page.getByTestId('load-error-message')).toContainText('Save it as .docx or as a PDF with text');
  await expect(page.getByTestId('load-error-message')).not.toContainText('JSON');
  // Nothing of it can be read, so nothing is offered to open partly.
  await expect(page.getByRole('button', { name: 'Open what could be read (marked incomplete)' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Back to the default report' })).toBeVisible();

  // In the reader's language, not the importer's English.
  await page.goto('/?lang=zh-Hans');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.getByTestId('open-file').setInputFiles({ name: 'scan.png', mimeType: 'image/png', buffer: png });
  await expect(page.getByTestId('load-error-message')).toHaveText(
    '这是图片（PNG），不是文字。请先用 OCR 文字识别转成文字再打开，或打开带文字的 PDF 版报告。',
  );
  await page
    .getByTestId('open-file')
    .setInputFiles({ name: '年报.wps', mimeType: 'application/octet-stream', buffer: ole });
  await expect(page.getByTestId('load-error-message')).toHaveText(
    '这是WPS 文字文件（.wps），这里无法读取。请另存为 .docx 或带文字的 PDF，再打开该文件。',
  );
});

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);

// Four or more English words in a row: a sentence left untranslated (PDF, OCR, GB18030 and ids are not).
const ENGLISH = /\b[A-Za-z]{2,}(?:[ ,;:’'-]+[A-Za-z]{2,}){3,}/;

test('the zh-Hans view of an imported PDF says nothing in English, its importer notes included', async ({ page }) => {
  await open(page, 'others/hongze-2024.pdf', 'zh-Hans');
  await expect(page.getByTestId('local-banner')).toContainText('hongze-2024.pdf', { timeout: 20_000 });
  const notes = page.getByTestId('import-notes');
  await notes.locator('summary').click();
  // The office's 17 applications against the government's 95, and no publication date: said in Chinese.
  await expect(notes).toContainText(
    '正文写 17 件（“区政府办代表区政府受理政府信息公开申请 17 件”），而表格的本年新收申请为 95',
  );
  await expect(notes).toContainText('未找到发布日期');
  const english = async () => (await page.locator('body').innerText()).match(ENGLISH)?.[0] ?? null;
  expect(await english()).toBeNull();
  await page.getByRole('link', { name: '核对', exact: true }).first().click();
  await expect(page.getByTestId('checks-summary')).toBeVisible();
  expect(await english()).toBeNull();
});

test('a refusal in Chinese names the rows it stopped at with their values', async ({ page }) => {
  await open(page, 'others/shanghai-office-2025.md', 'zh-Hans');
  await expect(page.getByTestId('load-error-message')).toContainText('有 5 行表格未能读取');
  const rows = page.getByTestId('import-stopped').locator('li');
  await expect(rows.first()).toHaveText('第二部分“规章”这一行有 2 个数值，应为 3 个：22 | 235。');
  await expect(rows).toHaveCount(5);
  expect((await page.getByRole('alert').innerText()).match(ENGLISH)).toBeNull();
});

import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './test';
import { csvTable, exportFrom } from './download';

/**
 * A value whose report's own checks fail is marked wherever it goes: trends,
 * compare, their tables and CSVs. 平潭 2020 states 21 handled where its rows
 * add to 27; 洪泽 2023 states 0 reviews where its rows say 11.
 */

/** The check column of the row that starts so (read by its header: columns added later go at the end). */
const checkOf = (csv: string, start: string) => {
  const [header, ...rows] = csvTable(csv);
  return rows.find((r) => r[0] === start)?.[header?.indexOf('check') ?? -1];
};

test('compare of 2023 reviews marks 洪泽’s 0 (its rows say 11): mark, note, table and a check column in its CSV', async ({
  page,
}) => {
  await page.goto('/?lang=en&view=compare&year=2023&indicator=review.total');
  const fig = page.locator('figure[data-chart-id="compare.2023.review.total"]');
  const hongze = fig.getByRole('button', { name: /^Hongze/ });
  await expect(hongze).toHaveAccessibleName(/Does not hold: .*\(11 computed, 0 stated\)/);
  await expect(fig.locator('.chart-check-mark')).toHaveCount(1);
  await expect(fig.getByTestId('chart-check-note')).toContainText('does not hold for a marked value');
  const csv = (await exportFrom(page, fig, 'csv')).bytes.toString('utf8');
  expect(checkOf(csv, 'hongze')).toBe('does-not-hold');
  // A value whose checks hold says so; it is not merely "not checked".
  expect(csv.split('\r\n').filter((l) => l.includes(',holds,')).length).toBeGreaterThan(0);
});

test('a rate in compare says its base, and one computed from a failing value is marked', async ({ page }) => {
  await page.goto('/?lang=en&view=compare&year=2020&indicator=rates.disclosed');
  const fig = page.locator('figure[data-chart-id="compare.2020.rates.disclosed"]');
  // 平潭 2020: 7 disclosed of the 21 it states it handled (its rows say 27).
  await expect(fig.getByRole('button', { name: /^Pingtan/ })).toHaveAccessibleName(/33\.3% of 21 ⚠ Does not hold/);
});

test('trends mark 平潭 2020’s total handled in the chart, its table and its CSV', async ({ page }) => {
  await page.goto('/?lang=en&view=trends&body=pingtan');
  const fig = page.locator('figure[data-chart-id="trend.pingtan.applications.total.all"]');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.locator('.chart-check-mark')).toHaveCount(1);
  await expect(fig.locator('.chart-check-mark')).toHaveAttribute('data-fact-id', /^pingtan-2020\|/);
  await expect(fig.getByTestId('chart-check-note')).toBeVisible();
  const csv = (await exportFrom(page, fig, 'csv')).bytes.toString('utf8');
  expect(checkOf(csv, '2020')).toBe('does-not-hold');
  expect(checkOf(csv, '2021')).toBe('holds');
  expect(checkOf(csv, '2016')).toBe('not-checked');
  // An image cannot be clicked: the exported note says where the checks are.
  const svg = (await exportFrom(page, fig, 'svg')).bytes.toString('utf8');
  // Its words, however the note wraps into lines.
  const words = svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  expect(words).toContain('does not hold for a marked value (see that report’s Checks in the dashboard)');
  expect(words).not.toContain('open the value');
  await fig.getByRole('button', { name: 'Table', exact: true }).click();
  await expect(fig.getByTestId('trend-check')).toHaveText(/Does not hold: .*\(27 computed, 21 stated\)/);
});

test('the checks report of 平潭 2020 as Word and CSV names 三（七）总计 with 21 stated and 27 computed, in Chinese', async ({
  page,
}) => {
  await page.goto('/?lang=zh-Hans&data=/data/library/pingtan-2020.json&area=checks');
  const get = async (item: string) => {
    await page.getByRole('button', { name: /^核对报告/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`[data-export="${item}"]`).click(),
    ]);
    return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  };
  const docx = await get('checks-docx');
  expect(docx.name).toBe('checks-pingtan-2020-zh-hans.docx');
  const files = unzipSync(new Uint8Array(docx.bytes));
  const xml = strFromU8(files['word/document.xml']!);
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
  expect(text).toContain('核对报告：');
  expect(text).toMatch(/报告有误 \d+ 处，待确认 \d+ 处/);
  const finding = text.split('\n').indexOf('三、本年度办理结果（七）总计 × 总计');
  expect(finding).toBeGreaterThan(0);
  // The row of that finding: its check, then stated 21, computed 27, difference +6.
  expect(text.split('\n').slice(finding, finding + 6)).toEqual(expect.arrayContaining(['21', '27', '+6']));
  expect(text).toContain('报告有误：数字不相符');
  // The table's header row repeats on every page.
  expect(xml).toContain('<w:tblHeader/>');

  const csv = (await get('checks-csv')).bytes.toString('utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const row = csv.split('\r\n').find((l) => l.includes('applications.total.all.sum-of-results'));
  expect(row).toContain('三、本年度办理结果（七）总计 × 总计');
  expect(row).toContain(',21,27,');
  expect(row).toContain('arithmetic,报告有误：数字不相符');
});

test('the print layout of the checks report repeats its table header on every page and prints no button', async ({
  page,
}) => {
  await page.goto('/?lang=en&data=/data/library/hongze-2023.json&area=checks');
  await page.getByRole('button', { name: /^Checks report/ }).click();
  await page.locator('[data-export="checks-print"]').click();
  const report = page.getByTestId('checks-report');
  await expect(report.getByTestId('checks-report-summary')).toContainText('in the report');
  await expect(report.locator('tr[data-finding="arithmetic"]').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print', exact: true })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print', exact: true })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Back to the checks' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Back to the checks' }).click();
  await expect(page.getByTestId('checks-table')).toBeVisible();
});

test('parts of a report that were not read are listed apart from the checks that hold', async ({ page }) => {
  await page.goto('/?lang=en&area=checks');
  await expect(page.getByTestId('checks-table')).toBeVisible();
  const notChecked = page.getByTestId('checks-not-run');
  await expect(notChecked.getByRole('heading')).toHaveText(/^Parts not read \(\d+\): their checks could not run$/);
  expect(await notChecked.getByRole('listitem').count()).toBeGreaterThan(0);
});

test('the review board: one row per report, sorted and filtered in the URL, a CSV, each row opening its checks', async ({
  page,
}) => {
  await page.goto('/?lang=en&view=library');
  await page.getByRole('link', { name: /^Review board/ }).click();
  await expect(page).toHaveURL(/view=review/);
  const board = page.getByTestId('review-board');
  const rows = board.locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const all = await rows.count();
  // Most findings first: 洪泽 2023 (2 errors) comes before 平潭 2021 (none).
  const order = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-report-id')));
  expect(order.indexOf('hongze-2023')).toBeLessThan(order.indexOf('pingtan-2021'));
  await expect(board.locator('tr[data-report-id="hongze-2023"] td[data-count="errors"]')).toHaveText('2');

  await board.getByRole('button', { name: /^Year/ }).click();
  await expect(page).toHaveURL(/sort=year(&|$)/);
  await page.getByText('With findings', { exact: true }).click();
  await expect(page).toHaveURL(/only=findings/);
  expect(await rows.count()).toBeLessThan(all);
  await expect(board.locator('tr[data-report-id="pingtan-2021"]')).toHaveCount(0);

  // The link keeps the board as it was left.
  await page.reload();
  await expect(board.locator('tr[data-report-id="pingtan-2021"]')).toHaveCount(0);
  await expect(board.getByRole('columnheader', { name: /^Year/ })).toHaveAttribute('aria-sort', 'descending');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export the board (CSV)' }).click(),
  ]);
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString('utf8').slice(1);
  expect(csv.split('\r\n')[0]).toContain('report_id,body_id,body,year');
  expect(csv).toMatch(/\r\nhongze-2023,hongze,.*,2023,2021,pdf,39,2,0,/);

  await board
    .getByRole('link', { name: /^Hongze.* 2023: open its checks$/ })
    .first()
    .click();
  await expect(page).toHaveURL(/area=checks/);
  await expect(page).not.toHaveURL(/sort=|only=/);
  await expect(page.getByTestId('checks-table')).toBeVisible();
});

test('checks that cannot run (a blank cell is never a zero) are listed apart, in the checks report too', async ({
  page,
}) => {
  // The Shanghai office's 2019 table leaves many cells blank: the sums that read them cannot be checked.
  await page.goto('/?lang=zh-Hans&data=/data/library/shanghai-office-2019.json&area=checks');
  const notRun = page.getByTestId('checks-not-run');
  const heading = notRun.getByRole('heading', { name: /^未能核对/ });
  await expect(heading).toBeVisible();
  const n = Number(/（(\d+) 项）/.exec((await heading.textContent()) ?? '')?.[1]);
  expect(n).toBeGreaterThan(0);
  await expect(notRun.locator('li[data-relation-id]')).toHaveCount(n);
  // None of them is in the table of checks that ran.
  await expect(
    page.locator(`tr[data-relation-id="${await notRun.locator('li').first().getAttribute('data-relation-id')}"]`),
  ).toHaveCount(0);
  await page.getByRole('button', { name: /^核对报告/ }).click();
  await page.locator('[data-export="checks-print"]').click();
  await expect(page.getByTestId('checks-report-summary')).toContainText(`未能核对 ${n} 项`);
});

test('from the board, the checks reports of the reports with findings, as Word files in one ZIP', async ({ page }) => {
  await page.goto('/?lang=zh-Hans&view=review&only=findings');
  const board = page.getByTestId('review-board');
  const rows = board.locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-report-id')));
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: `所列 ${ids.length} 份报告的核对报告（Word，ZIP）` }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('checks-reports-findings.zip');
  const zip = unzipSync(new Uint8Array(await readFile(await download.path())));
  expect(Object.keys(zip).sort()).toEqual(ids.map((id) => `${id}.docx`).sort());
  // Each is a Word file made as its Checks view makes it: 平潭 2020's 21 against its rows' 27.
  const docx = unzipSync(zip['pingtan-2020.docx']!);
  const text = [...strFromU8(docx['word/document.xml']!).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join('\n');
  expect(text).toContain('三、本年度办理结果（七）总计 × 总计');
  expect(text).toContain('报告有误 2 处');
  // 平潭 2024's break across years is in its report, as on the board.
  expect(strFromU8(unzipSync(zip['pingtan-2024.docx']!)['word/document.xml']!)).toContain('跨年度不符 1 处');
});

test('the board is accessible on a desktop and a phone: every link’s name starts with what it shows', async ({
  page,
}) => {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/?lang=en&view=review');
    await expect(page.getByTestId('board-count')).toBeVisible();
    // Lighthouse runs this experimental rule; axe leaves it off unless asked.
    const { violations } = await new AxeBuilder({ page })
      .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
      .analyze();
    expect(violations.map((v) => `${width} ${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  }
});

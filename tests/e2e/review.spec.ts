import { expect, test } from './test';
import { exportFrom } from './download';

/**
 * A value whose report's own checks fail is marked wherever it goes: trends,
 * compare, their tables and CSVs. 平潭 2020 states 21 handled where its rows
 * add to 27; 洪泽 2023 states 0 reviews where its rows say 11.
 */

const lastColumn = (csv: string, start: string) =>
  csv
    .split('\r\n')
    .find((l) => l.startsWith(start))
    ?.split(',')
    .at(-1);

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
  expect(csv.split('\r\n')[0]?.split(',').at(-1)).toBe('check');
  expect(lastColumn(csv, 'hongze,')).toBe('does-not-hold');
  // A value whose checks hold says so; it is not merely "not checked".
  expect(csv.split('\r\n').filter((l) => l.endsWith(',holds')).length).toBeGreaterThan(0);
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
  expect(lastColumn(csv, '2020,')).toBe('does-not-hold');
  expect(lastColumn(csv, '2021,')).toBe('holds');
  expect(lastColumn(csv, '2016,')).toBe('not-checked');
  await fig.getByRole('button', { name: 'Table', exact: true }).click();
  await expect(fig.getByTestId('trend-check')).toHaveText(/Does not hold: .*\(27 computed, 21 stated\)/);
});

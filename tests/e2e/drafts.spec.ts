import { expect, test } from './test';

/**
 * Figures the importer drafted from free text are reviewed one by one in the
 * report's Checks: confirmed, rejected (it leaves the charts and checks) or
 * relabelled; kept in this browser's IndexedDB, so a reload keeps them, and the
 * board counts those left. 平潭 2022's text says 75 new applications (its table 74).
 */

test('rejecting and relabelling drafted figures of 平潭 2022 survives a reload; checks, cards and the board follow', async ({
  page,
}) => {
  await page.goto('/?lang=en&data=/data/library/pingtan-2022.json&area=checks');
  const drafts = page.getByTestId('drafted-figures');
  const summary = page.getByTestId('drafted-summary');
  await expect(summary).toHaveText(/^(\d+) figures drafted from the text: 0 reviewed, \1 to review\.$/);
  const total = Number((await summary.textContent())?.match(/^\d+/)?.[0]);
  const restates = page
    .getByTestId('checks-table')
    .getByText('The text restates the table: new applications this year');
  await expect(restates).toHaveCount(1);

  const seventyFive = drafts.locator('li[data-draft="text.9"]');
  await expect(seventyFive).toContainText('75');
  await seventyFive.getByRole('button', { name: 'Reject' }).click();
  await expect(seventyFive).toHaveAttribute('data-verdict', 'rejected');
  // The check that read it is gone with it: the office's 75 no longer stands beside the table's 74.
  await expect(restates).toHaveCount(0);

  const first = drafts.locator('li[data-draft="text.1"]');
  await first.getByRole('button', { name: 'Relabel…' }).click();
  await first.getByRole('textbox', { name: 'Label' }).fill('Parts of this report');
  await first.getByRole('button', { name: 'Save' }).click();
  await expect(first).toHaveAttribute('data-verdict', 'relabelled');
  await expect(summary).toHaveText(`${total} figures drafted from the text: 2 reviewed, ${total - 2} to review.`);

  await page.reload();
  await expect(summary).toHaveText(`${total} figures drafted from the text: 2 reviewed, ${total - 2} to review.`);
  await expect(drafts.locator('li[data-draft="text.9"]')).toHaveAttribute('data-verdict', 'rejected');
  await expect(restates).toHaveCount(0);

  // The figures in the text: the rejected one is gone, the relabelled one under its new label, no longer drafted.
  await page.goto('/?lang=en&data=/data/library/pingtan-2022.json&area=text');
  await expect(page.locator('[data-fact-id="text.9"]')).toHaveCount(0);
  const card = page.locator('[data-fact-id="text.1"]').first();
  await expect(card).toContainText('Parts of this report');
  await expect(card).not.toHaveAttribute('data-drafted', 'true');

  await page.goto('/?lang=en&view=review');
  const row = page.getByTestId('review-board').locator('tr[data-report-id="pingtan-2022"]');
  await expect(row.locator('td[data-count="drafted"]')).toHaveText(String(total - 2));
  // The check that left with the rejected figure leaves the board too: nothing more to confirm.
  await expect(row.locator('td[data-count="confirm"]')).toHaveText('0');

  // Undone, the figure and its check come back.
  await page.goto('/?lang=en&data=/data/library/pingtan-2022.json&area=checks');
  await drafts.locator('li[data-draft="text.9"]').getByRole('button', { name: 'Undo review' }).click();
  await expect(drafts.locator('li[data-draft="text.9"]')).toHaveAttribute('data-verdict', 'open');
  await expect(restates).toHaveCount(1);
});

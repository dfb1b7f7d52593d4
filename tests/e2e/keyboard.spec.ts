import { type Page } from '@playwright/test';
import { expect, test } from './test';

/** Presses Tab until `matches` holds for the focused element (or gives up). */
async function tabTo(page: Page, matches: () => boolean | Promise<boolean>, max = 120) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await matches()) return;
  }
  throw new Error('never reached by Tab');
}

test('keyboard only: a filter, then a chart mark, then an export', async ({ page }) => {
  await page.goto('/?lang=en');
  const weibo = page.getByRole('checkbox', { name: /^Weibo/ });
  await tabTo(page, () => weibo.evaluate((el) => el === document.activeElement));
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/channel=weibo/);
  // The focused element is the chart's bar (asked of the page: the bar is drawn as Tab nears its figure).
  await tabTo(page, () =>
    page.evaluate(() =>
      Boolean(document.activeElement?.matches('figure[data-chart-id="proactive-by-channel"] rect.chart-mark')),
    ),
  );
  await page.keyboard.press('Enter'); // selects Weibo on every chart
  await expect(page).toHaveURL(/select=channel:weibo/);
  const exportButton = page.getByRole('button', { name: 'Export chart: Proactive disclosure by channel' });
  await exportButton.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'PNG image (2×)' })).toBeFocused();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe('luzhou-2018-proactive-by-channel-channel-weibo.png');
});

test('the provenance drawer traps focus and gives it back', async ({ page }) => {
  await page.goto('/?lang=en&area=poverty');
  const opener = page.locator('[data-fact-id="poverty-people"]').getByRole('button');
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    expect(
      await dialog.evaluate((d) => d.contains(document.activeElement) || document.activeElement === document.body),
    ).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('the skip link jumps to the content', async ({ page }) => {
  await page.goto('/?lang=en');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

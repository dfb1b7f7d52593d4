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
  // The keyboard goes on from where it was: on the Export button, the menu closed.
  await expect(exportButton).toBeFocused();
  await expect(page.getByRole('menu')).toHaveCount(0);
  // Escape clears the selection: select= leaves the URL, the filter stays.
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/select=/);
  await expect(page).toHaveURL(/channel=weibo/);
});

test('a panel exported from the keyboard keeps the focus on its button', async ({ page }) => {
  await page.goto('/?lang=en&area=reading-points');
  const button = page.getByTestId('panel-export');
  await button.focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe('luzhou-2018-reading-points.zip');
  await expect(button).toBeFocused();
});

test('a bar on the keyboard has a ring of its own; its hint names the key, then how to clear; a pointer’s says click', async ({
  page,
}) => {
  await page.goto('/?lang=en&area=new-media');
  const fig = page.locator('figure[data-chart-id="posts-by-level"]');
  const bars = fig.locator('rect.chart-mark');
  await bars.first().waitFor();
  const ring = (i: number) => bars.nth(i).evaluate((el) => getComputedStyle(el).outlineStyle);
  // Hover lights a bar without a ring.
  await bars.nth(1).hover();
  await expect(fig.getByTestId('chart-hint')).toHaveText('Click to select it on every chart.');
  expect(await ring(1)).toBe('none');
  await page.mouse.move(0, 0);
  // The keyboard's bar: a ring, and the key to press.
  await tabTo(page, () => bars.first().evaluate((el) => el === document.activeElement));
  expect(await ring(0)).toBe('solid');
  await expect(fig.getByTestId('chart-hint')).toHaveText('Press Enter to select it on every chart.');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/select=/);
  await expect(fig.getByTestId('chart-hint')).toHaveText(
    'Selected on every chart: press Enter again or Escape to clear.',
  );
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/select=/);
  await expect(fig.getByTestId('chart-hint')).toHaveText('Press Enter to select it on every chart.');
});

test('on a touch screen the hint says tap', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/?lang=zh-Hans&area=new-media');
  // A page of its own context: wait for the app to take over the prerendered screen, as the fixture does.
  await page.waitForFunction(() => !document.documentElement.classList.contains('pre'));
  const fig = page.locator('figure[data-chart-id="posts-by-level"]');
  // The finger lands where the bar is: on the screen's drawing, kept until the reader reaches for the page
  // (src/charts/kept.ts), or on the app's, whichever is there by then.
  await fig.scrollIntoViewIfNeeded();
  const bar = await fig.locator('rect.chart-mark').first().boundingBox();
  if (!bar) throw new Error('no bar');
  await page.touchscreen.tap(bar.x + bar.width / 2, bar.y + bar.height / 2);
  await expect(page).toHaveURL(/select=/);
  await expect(fig.getByTestId('chart-hint')).toHaveText('已在所有图表中选定：再轻触一次即取消。');
  await context.close();
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

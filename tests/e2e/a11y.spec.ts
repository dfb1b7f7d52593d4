import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { areaIds } from './fixtures';

const views = ['', ...areaIds.map((a) => `&area=${a}`), '&area=checks', '&area=hotline&fact=hotlines-merged'];
// The other runs scan one view of each kind (areas share their components: cards, grouped charts, text lists).
const kinds = ['', '&area=new-media', '&area=standardization', '&area=checks', '&area=hotline&fact=hotlines-merged'];

/** The header and filters are the same on every view, so after the first full scan only what changes is scanned. */
async function scan(page: Page, url: string, whole: boolean) {
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  if ((await page.locator('figure[data-chart-id]').count()) > 0)
    await page.locator('rect.chart-mark').first().waitFor();
  const dialog = url.includes('fact=');
  if (dialog) await page.getByRole('dialog').getByTestId('quote-mark').waitFor();
  const builder = new AxeBuilder({ page });
  if (!whole) builder.include(dialog ? 'dialog' : 'main');
  const { violations } = await builder.analyze();
  return violations.map((v) => `${url} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// Every language and every theme, each Chinese script in one theme: contrast follows the theme, not the script,
// and the two scripts share every layout. Every view once (English, light), then one of each kind per run
// (the suite's slowest test; CI keeps under 12 minutes on 2 cores).
const RUNS = [
  ['en', 'light'],
  ['en', 'dark'],
  ['zh-Hans', 'light'],
  ['zh-Hant', 'dark'],
] as const;

for (const [lang, scheme] of RUNS)
  test(`axe finds no violations on every view (${lang}, ${scheme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    const found: string[] = [];
    const all = lang === 'en' && scheme === 'light';
    for (const v of all ? views : kinds) found.push(...(await scan(page, `/?lang=${lang}${v}`, v === '')));
    await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /^(?!.*dark)/);
    expect(found).toEqual([]);
  });

test('axe is clean with the filter drawer open on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/?lang=en');
  await page.getByRole('button', { name: 'Filters' }).click();
  await expect(page.getByRole('dialog', { name: 'Filters' })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

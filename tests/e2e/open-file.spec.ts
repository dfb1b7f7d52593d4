import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { dataset } from './fixtures';

const other = () => {
  const d = structuredClone(dataset);
  d.meta.title.en = 'Another report';
  d.meta.title['zh-Hans'] = '另一份报告';
  // This report has no Weibo: a Weibo filter cannot survive the switch.
  d.dimensions.channel = d.dimensions.channel.filter((c) => c.id !== 'weibo');
  for (const f of d.facts) if (f.tags?.channel) f.tags.channel = f.tags.channel.filter((c) => c !== 'weibo');
  for (const g of d.groupings) if (g.dimension === 'channel') g.bars = g.bars.filter((b) => b.key !== 'weibo');
  return JSON.stringify(d);
};

async function pick(page: Page, name: string, body: string | Buffer) {
  await page.getByTestId('open-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
}

test('a report picked from disk opens without a reload, and the page says it cannot be shared', async ({ page }) => {
  await page.goto('/?lang=en');
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await pick(page, 'another.json', other());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Another report');
  await expect(page).toHaveURL(/data=local:another\.json/);
  await expect(page.getByTestId('local-banner')).toContainText(
    'It is not on the site, so a link to this view will not open it',
  );
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  // Reloading (or sharing) the link cannot bring the file back, and says so.
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('Local files are not on the site');
});

test('filters and language survive a switch where they apply, and are dropped with a notice where not', async ({
  page,
}) => {
  await page.goto('/?lang=zh-Hans&channel=weibo&level=city');
  await expect(page.locator('[data-chip="channel:weibo"]')).toBeVisible();
  await pick(page, 'another.json', other());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('另一份报告');
  await expect(page.locator('[data-chip="level:city"]')).toBeVisible();
  await expect(page.locator('[data-chip="channel:weibo"]')).toHaveCount(0);
  await expect(page).toHaveURL(/lang=zh-Hans&level=city&data=local/);
  await expect(page.getByRole('status').getByText('此报告中没有，已从页面移除：渠道 “weibo”。')).toBeVisible();
});

test('a report dropped on the page opens', async ({ page }) => {
  await page.goto('/?lang=en');
  await page.locator('rect.chart-mark').first().waitFor();
  const body = other();
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    for (const type of ['dragenter', 'dragover', 'drop'])
      window.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, body);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Another report');
  await expect(page).toHaveURL(/data=local:dropped\.json/);
});

test('a file over 20 MB is refused with a message and the open report stays', async ({ page }) => {
  await page.goto('/?lang=en');
  // The 21 MB file is made in the page and handed to the picker there: sending it over the
  // debugging protocol took most of the test's time on a loaded machine.
  await page.getByTestId('open-file').evaluate((input: HTMLInputElement) => {
    const files = new DataTransfer();
    files.items.add(new File([new Uint8Array(21 * 1024 * 1024).fill(32)], 'huge.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await expect(page.locator('[data-tone="error"]')).toHaveText('huge.json: The file is larger than 20 MB.');
  await expect(page.locator('[data-fact-id="proactive-total"]')).toBeVisible();
});

test('a picked file that is not a report says what is wrong', async ({ page }) => {
  await page.goto('/?lang=en');
  await pick(page, 'notes.json', '{"hello": "world"}');
  await expect(page.getByRole('alert')).toContainText('not a report of this schema');
  await expect(page.getByTestId('schema-errors')).toContainText('$.schemaVersion');
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { decodePng, exportFrom } from './download';
import { expect, test } from './test';

/** Issue 19: every chart drawn by Recharts; charts that fill their frame; embeds that size themselves; honest figures. */

const figure = (page: Page, id: string) => page.locator(`figure[data-chart-id="${id}"]`);

for (const url of [
  '/?lang=en',
  '/?lang=zh-Hans&area=new-media',
  '/?lang=en&view=trends&body=pingtan',
  '/?lang=en&view=compare&year=2023',
  '/embed.html?embed=posts-by-level&lang=zh-Hant',
])
  test(`every chart drawn on ${url} is drawn by Recharts`, async ({ page }) => {
    await page.goto(url);
    await page.locator('rect.chart-mark').first().waitFor();
    // Boxes of charts far below the screen wait their turn; every one that is drawn is Recharts'.
    // Read in one go: more charts draw while the test looks.
    const bodies = await page.evaluate(() =>
      [...document.querySelectorAll('figure[data-chart-id] .chart-body:not([data-testid="chart-pending"])')].map(
        (b) => ({
          recharts: b.querySelectorAll(':scope > .recharts-wrapper > svg.recharts-surface').length,
          marks: b.querySelectorAll('svg.recharts-surface rect.chart-mark').length,
          other: b.querySelectorAll(':scope > svg').length,
        }),
      ),
    );
    expect(bodies.length).toBeGreaterThan(0);
    for (const b of bodies) expect(b).toMatchObject({ recharts: 1, other: 0 });
    for (const b of bodies) expect(b.marks).toBeGreaterThan(0);
  });

test('a 1200 × 675 card is filled: the longest bar reaches past the middle, the bottom seventh is not empty', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  const fig = figure(page, 'proactive-by-category');
  await fig.locator('rect.chart-mark').first().waitFor();
  await fig.getByRole('button', { name: /Export/ }).click();
  await page.locator('[data-export-option="size:social"]').click();
  await page.keyboard.press('Escape');
  const png = decodePng((await exportFrom(page, fig, 'png')).bytes);
  expect([png.width, png.height]).toEqual([1200, 675]);
  const bar = 0x1d4ed8ff; // the first series, light theme
  let right = 0;
  let lowest = 0;
  const bg = png.data.readUInt32BE(0);
  for (let y = 0; y < png.height; y++)
    for (let x = 0; x < png.width; x++) {
      const px = png.data.readUInt32BE((y * png.width + x) * 4);
      if (px === bar) right = Math.max(right, x);
      if (px !== bg) lowest = Math.max(lowest, y);
    }
  expect(right).toBeGreaterThan(png.width / 2);
  expect(lowest).toBeGreaterThan((png.height * 6) / 7);
});

test('on screen the axis ends at the round step above the largest value: 220,856 -> 250k', async ({ page }) => {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/?lang=en');
    await expect(figure(page, 'proactive-by-category').locator('text.chart-tick').last()).toHaveText('250k');
  }
});

let host: Server;
test.beforeAll(async () => {
  host = createServer((req, res) => {
    const code = new URL(req.url ?? '/', 'http://x').searchParams.get('code') ?? '';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="en"><meta name="viewport" content="width=device-width"><title>A news site</title>` +
        `<body style="margin:0"><article style="width:100%"><h1>Story</h1>${code}<p>After the chart.</p></article></body></html>`,
    );
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

test('the copied embed code sizes its iframe to its content in a 390 px article on another site', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?lang=en&area=new-media');
  const fig = figure(page, 'posts-by-level');
  await fig.locator('rect.chart-mark').first().waitFor();
  await fig.getByRole('button', { name: /Export/ }).click();
  await page.locator('[data-export="embed"]').click();
  await expect(page.getByText('Embed code copied.')).toBeVisible();
  const code = await page.evaluate(() => navigator.clipboard.readText());
  expect(code).toContain('/embed.js');
  await page.setViewportSize({ width: 390, height: 844 });
  const port = (host.address() as AddressInfo).port;
  await page.goto(`http://127.0.0.1:${port}/?code=${encodeURIComponent(code)}`);
  const iframe = page.locator('iframe');
  const frame = page.frameLocator('iframe');
  await frame.locator('figure[data-chart-id="posts-by-level"] rect.chart-mark').first().waitFor();
  // As tall as what it shows: its last line (the link to the dashboard) ends inside it, with no band below.
  const content = async () =>
    frame.locator('#root').evaluate((el) => Math.ceil(el.getBoundingClientRect().bottom + window.scrollY));
  await expect
    .poll(async () => Math.abs((await iframe.boundingBox())!.height - (await content())))
    .toBeLessThanOrEqual(1);
  const legend = await frame.locator('figure ul').last().boundingBox();
  const box = (await iframe.boundingBox())!;
  expect(legend!.y + legend!.height).toBeLessThanOrEqual(box.y + box.height);
  // Narrower still: it grows with its wrapped labels.
  const before = box.height;
  await page.setViewportSize({ width: 320, height: 844 });
  await expect.poll(async () => (await iframe.boundingBox())!.height).toBeGreaterThan(before);
  await expect
    .poll(async () => Math.abs((await iframe.boundingBox())!.height - (await content())))
    .toBeLessThanOrEqual(1);
});

test('under a Weibo filter the 122 accounts say they count WeChat too: label, tooltip, table and CSV', async ({
  page,
}) => {
  await page.goto('/?lang=en&area=new-media&channel=weibo');
  const fig = figure(page, 'accounts-by-level');
  await expect(fig.locator('text.chart-category').first()).toHaveText('City (Weibo and WeChat together)');
  await expect(fig.locator('text.chart-value[data-fact-id="accounts-city"]')).toHaveText('122 accounts');
  await fig.locator('rect.chart-mark[data-fact-id="accounts-city"]').hover();
  await expect(fig.getByTestId('chart-tooltip')).toContainText('Weibo and WeChat together');
  await fig.getByRole('button', { name: 'Table' }).click();
  await expect(fig.locator('tr[data-fact-id="accounts-city"]')).toContainText('City (Weibo and WeChat together)');
  await fig.getByRole('button', { name: 'Chart', exact: true }).click();
  const { bytes } = await exportFrom(page, fig, 'csv');
  const rows = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
  const header = rows[0]!.split(',');
  const city122 = rows.find((r) => r.includes('accounts-city'))!.split(',');
  expect(city122[header.indexOf('counted_together')]).toBe('weibo wechat');
  expect(city122[header.indexOf('category')]).toBe('City (Weibo and WeChat together)');
  // Without the filter, or with both channels kept, it is simply the city's.
  for (const url of ['/?lang=en&area=new-media', '/?lang=en&area=new-media&channel=weibo,wechat']) {
    await page.goto(url);
    await expect(figure(page, 'accounts-by-level').locator('text.chart-category').first()).toHaveText('City');
  }
});

test('a failing check follows its figure: the 28,805 card, its chart’s value, tooltip and CSV, and the check itself', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  const card = page.locator('[data-fact-id="channel-weibo"]').first();
  await expect(card).toContainText('28,805 items');
  const mark = card.getByTestId('check-mark');
  await expect(mark).toContainText('26,805 computed, 28,805 stated');
  // On the chart: a mark by the value, the check in the tooltip, a note that says what the mark means.
  const byChannel = figure(page, 'proactive-by-channel');
  await byChannel.scrollIntoViewIfNeeded();
  await expect(byChannel.locator('text.chart-value[data-fact-id="channel-weibo"]')).toHaveText('28,805 items');
  await expect(byChannel.locator('text.chart-check-mark[data-fact-id="channel-weibo"]')).toHaveText('⚠');
  await expect(byChannel.locator('text.chart-check-mark[data-fact-id="channel-websites"]')).toHaveCount(0);
  await byChannel.locator('rect.chart-mark[data-fact-id="channel-weibo"]').hover();
  await expect(byChannel.getByTestId('chart-tooltip')).toContainText('26,805 computed, 28,805 stated');
  await expect(byChannel.getByTestId('chart-check-note')).toBeVisible();
  const { bytes } = await exportFrom(page, byChannel, 'csv');
  const rows = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
  const check = rows[0]!.split(',').indexOf('check');
  const byFact = new Map(rows.slice(1).map((r) => [r.split(',')[10], r.split(',')[check]]));
  expect(byFact.get('channel-weibo')).toBe('does-not-hold');
  expect(byFact.get('channel-websites')).toBe('holds');
  // The mark links to the check, marked among the others.
  await mark.getByRole('link').first().click();
  await expect(page).toHaveURL(/area=checks/);
  await expect(page.locator('tr[data-relation-id="weibo-posts-sum"]')).toHaveAttribute('data-selected', 'true');
  await expect(page.locator('tr[data-relation-id="categories-sum-to-total"]')).not.toHaveAttribute(
    'data-selected',
    'true',
  );
});

test('one noun per unit: the report counts every channel in 條, so all four read as items', async ({ page }) => {
  await page.goto('/?lang=en');
  await figure(page, 'proactive-by-channel').scrollIntoViewIfNeeded();
  await figure(page, 'proactive-by-channel').locator('text.chart-value').first().waitFor();
  const values = await figure(page, 'proactive-by-channel').locator('text.chart-value').allTextContents();
  expect(values).toHaveLength(4);
  for (const v of values) expect(v).toMatch(/^[\d,]+ items$/);
});

test('the Checks view applies the filters: the checks that read a kept figure', async ({ page }) => {
  await page.goto('/?lang=en&area=checks');
  await page.locator('tr[data-relation-id]').first().waitFor();
  const all = await page.locator('tr[data-relation-id]').count();
  await page.goto('/?lang=en&area=checks&channel=weibo');
  await expect(page.getByTestId('checks-filtered')).toBeVisible();
  const kept = page.locator('tr[data-relation-id]');
  await expect(kept.first()).toBeVisible();
  expect(await kept.count()).toBeLessThan(all);
  await expect(page.locator('tr[data-relation-id="weibo-posts-sum"]')).toBeVisible();
  await expect(page.locator('tr[data-relation-id="fair-competition-sum"]')).toHaveCount(0);
});

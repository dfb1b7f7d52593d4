import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './test';

/** Issue 15: one chart alone, in an iframe on another site (here: another port). */

let host: Server;
// Any free port: another origin than the dashboard's.
let HOST_PORT = 0;

test.beforeAll(async ({ baseURL }) => {
  host = createServer((req, res) => {
    const src = decodeURIComponent(new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="en"><title>A news site</title><body><h1>Story</h1>` +
        `<iframe id="chart" src="${baseURL}${src}" width="720" height="420" title="Chart" style="border:0"></iframe></body></html>`,
    );
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  HOST_PORT = (host.address() as AddressInfo).port;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

test('an embedded chart renders in an iframe on another site, resizes, and links to the dashboard', async ({
  page,
  baseURL,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const src = encodeURIComponent('/embed.html?embed=posts-by-level&lang=en&level=district&theme=dark');
  await page.goto(`http://127.0.0.1:${HOST_PORT}/?src=${src}`);
  const frame = page.frameLocator('#chart');
  const figure = frame.locator('figure[data-chart-id="posts-by-level"]');
  await expect(figure.locator('figcaption')).toContainText('Weibo and WeChat posts');
  await expect(figure.locator('rect.chart-mark')).toHaveCount(2);
  await expect(frame.getByTestId('embed-filters')).toContainText('Level: District/county');
  await expect(frame.locator('html')).toHaveClass(/dark/);
  await expect(frame.locator('header')).toHaveCount(0);
  // Wide: labels beside the bars; narrow: above them, the bars the full width.
  await expect(figure.locator('text.chart-category').first()).toHaveAttribute('text-anchor', 'end');
  await page.locator('#chart').evaluate((f) => f.setAttribute('width', '340'));
  await expect(figure.locator('text.chart-category').first()).toHaveAttribute('text-anchor', 'start');
  // The link opens the full view of that chart's panel, with the same filters.
  const [popup] = await Promise.all([page.waitForEvent('popup'), frame.getByTestId('embed-full').click()]);
  await expect(popup).toHaveURL(/area=new-media/);
  await expect(popup).toHaveURL(/level=district/);
  // Nothing but the host page and the dashboard's own origin was asked for anything.
  const origins = new Set(requests.map((u) => new URL(u).origin));
  origins.delete(`http://127.0.0.1:${HOST_PORT}`);
  expect([...origins]).toEqual([new URL(baseURL!).origin]);
});

test('the dashboard’s ?embed= address serves the chart alone, and the export menu copies an embed code', async ({
  page,
  context,
}) => {
  await page.goto('/?embed=proactive-by-channel&lang=zh-Hant');
  await expect(page).toHaveURL(
    /embed\.html\?lang=zh-Hant&embed=proactive-by-channel|embed\.html\?embed=proactive-by-channel&lang=zh-Hant/,
  );
  await expect(page.locator('figure[data-chart-id="proactive-by-channel"] rect.chart-mark')).toHaveCount(4);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?lang=en&area=new-media');
  const figure = page.locator('figure[data-chart-id="accounts-by-level"]');
  await figure.locator('rect.chart-mark').first().waitFor();
  await figure.getByRole('button', { name: /Export/ }).click();
  await page.locator('[data-export="embed"]').click();
  await expect(page.getByText('Embed code copied.')).toBeVisible();
  const code = await page.evaluate(() => navigator.clipboard.readText());
  expect(code).toMatch(
    /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?lang=en&amp;embed=accounts-by-level" title="Weibo and WeChat accounts: city departments and districts" width="100%" height="\d+" style="border:0" loading="lazy"><\/iframe><script async src="http:\/\/127\.0\.0\.1:\d+\/embed\.js"><\/script>$/,
  );
});

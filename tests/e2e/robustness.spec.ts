import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { dataset } from './fixtures';

const variant = (change: (d: typeof dataset) => void) => {
  const d = structuredClone(dataset);
  change(d);
  return JSON.stringify(d);
};

/** Matches the request's path only: the page's own URL carries `?data=/data/x.json` too. */
const at = (path: string) => (url: URL) => url.pathname === path;

async function serve(page: Page, path: string, body: string, status = 200, contentType = 'application/json') {
  await page.route(at(path), (route) => route.fulfill({ status, body, contentType }));
}

const alert = (page: Page) => page.getByRole('alert').filter({ has: page.getByTestId('load-error-message') });

for (const [name, setup, message] of [
  [
    'a missing file (404)',
    (p: Page) => serve(p, '/data/x.json', 'no', 404),
    'The file was not found (HTTP 404): /data/x.json',
  ],
  [
    'a server error',
    (p: Page) => serve(p, '/data/x.json', 'boom', 500),
    'The server answered with an error (HTTP 500): /data/x.json',
  ],
  [
    'a network failure',
    (p: Page) => p.route(at('/data/x.json'), (r) => r.abort('failed')),
    'The file could not be fetched (network error): /data/x.json',
  ],
  [
    'a response that is not JSON',
    (p: Page) => serve(p, '/data/x.json', '<html>hello</html>'),
    'The file is not valid JSON',
  ],
  ['an empty file', (p: Page) => serve(p, '/data/x.json', ''), 'The file is empty.'],
] as const)
  test(`${name} gets a clear message, Retry and a way back`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await setup(page);
    await page.goto('/?lang=en&data=/data/x.json');
    await expect(alert(page)).toContainText(message);
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
    await page.getByRole('button', { name: 'Back to the default report' }).click();
    await expect(page.locator('[data-fact-id="proactive-total"]')).toContainText('467,328');
    await expect(page).not.toHaveURL(/data=/);
    expect(errors).toEqual([]);
  });

test('a schema-invalid dataset lists its errors with JSON paths: the first 20, then a count', async ({ page }) => {
  await serve(
    page,
    '/data/x.json',
    variant((d) => {
      for (let i = 0; i < 25; i++) (d.facts[i] as { area: string }).area = 'nowhere';
    }),
  );
  await page.goto('/?lang=en&data=/data/x.json');
  await expect(alert(page)).toContainText('The file is JSON but not a report of this schema. 25 problems:');
  const items = page.getByTestId('schema-errors').getByRole('listitem');
  await expect(items).toHaveCount(21);
  await expect(items.first()).toHaveText('$.facts[0].area: unknown area "nowhere"');
  await expect(items.last()).toHaveText('… and 5 more.');
});

test('Retry fetches again and opens the report once the server answers', async ({ page }) => {
  let calls = 0;
  await page.route(at('/data/x.json'), (route) =>
    ++calls === 1
      ? route.fulfill({ status: 503, body: 'busy' })
      : route.fulfill({ body: variant((d) => (d.meta.title.en = 'Second try')), contentType: 'application/json' }),
  );
  await page.goto('/?lang=en&data=/data/x.json');
  await expect(alert(page)).toContainText('HTTP 503');
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Second try');
});

test('slow loading shows progress, says so after 15 s and can be cancelled', async ({ page }) => {
  await page.clock.install();
  let release: () => void = () => undefined;
  await page.route(at('/data/slow.json'), (route) => new Promise<void>((r) => (release = r)).then(() => route.abort()));
  const started = Date.now();
  await page.goto('/?lang=en&data=/data/slow.json');
  await expect(page.getByText('Loading the report…')).toBeVisible();
  await expect(page.getByTestId('load-slow')).toHaveCount(0);
  await page.clock.runFor(16_000);
  const slow = page.getByTestId('load-slow');
  await expect(slow).toContainText(/Still loading after \d+ s\./);
  // The installed clock also runs at real speed: 16 s run forward, plus what passed meanwhile.
  const said = Number(/after (\d+) s/.exec((await slow.textContent()) ?? '')?.[1]);
  expect(said).toBeGreaterThanOrEqual(16);
  expect(said).toBeLessThanOrEqual(16 + Math.ceil((Date.now() - started) / 1000));
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(alert(page)).toContainText('Loading was cancelled.');
  release();
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
});

test('a dataset on another origin is refused with a message and never fetched', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto('/?lang=en&data=https://evil.example/report.json');
  await expect(alert(page)).toContainText(
    'Only reports on this site can be opened by link; “https://evil.example/report.json” was not fetched.',
  );
  expect(requested.filter((u) => new URL(u).hostname === 'evil.example')).toEqual([]);
  await page.getByRole('button', { name: 'Back to the default report' }).click();
  await expect(page.locator('[data-fact-id="proactive-total"]')).toBeVisible();
});

test('a dataset whose quotes do not match its text opens under a warning naming those facts', async ({ page }) => {
  await serve(
    page,
    '/data/x.json',
    variant((d) => {
      const f = d.facts.find((x) => x.id === 'poverty-people')!;
      f.quote = f.quote.replace('58775', '58776');
      f.written = '58776名';
      f.valueText = '58776';
      (f as { value: number }).value = 58776;
    }),
  );
  await page.goto('/?lang=en&data=/data/x.json');
  await expect(page.getByTestId('quote-warning')).toContainText('does not match the quotes of 1 figure');
  await expect(page.getByTestId('quote-warning')).toContainText('poverty-people');
  await expect(page.locator('[data-fact-id="proactive-total"]')).toContainText('467,328');
});

test('labels with markup or script are shown as text, never run', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  await serve(
    page,
    '/data/x.json',
    variant((d) => {
      d.meta.title.en = evil;
      d.areas[1]!.title.en = 'javascript:alert(3)';
      d.facts[0]!.label.en = '<b>bold?</b>';
    }),
  );
  await page.goto('/?lang=en&data=/data/x.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(evil);
  await expect(page.locator('h1 img, h1 script')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /javascript:alert\(3\)/ })).toHaveAttribute('href', /^\/\?/);
  await page.goto('/?lang=en&data=/data/x.json&area=checks');
  expect(dialogs).toEqual([]);
});

test('a dataset without a source text shows a figure’s quote alone', async ({ page }) => {
  await serve(
    page,
    '/data/x.json',
    variant((d) => delete (d.meta as { source?: unknown }).source),
  );
  await page.goto('/?lang=en&data=/data/x.json&area=poverty&fact=poverty-villages');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('This dataset has no source text; the quote alone is shown.');
  await expect(dialog.getByTestId('quote-context')).toHaveText(
    '全年完成對58775名年度減貧人口、86個年度脫貧村的公示、公告工作',
  );
});

test('a source text that fails to load leaves the quote alone, with a note', async ({ page }) => {
  await page.route(at('/data/luzhou-2018.txt'), (r) => r.fulfill({ status: 500, body: 'x' }));
  await page.goto('/?lang=en&area=poverty&fact=poverty-villages');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('The report text could not be loaded; the quote alone is shown.');
  await expect(dialog.getByTestId('quote-value')).toHaveText('86');
});

test('a chart that throws is isolated by its boundary; the panel goes on', async ({ page }) => {
  // Make formatting one value of one chart (840 water-quality records) throw.
  await page.addInitScript(() => {
    const toFixed = Number.prototype.toFixed;
    Number.prototype.toFixed = function (this: number, digits?: number) {
      if (Number(this) === 840) throw new Error('injected failure');
      return toFixed.call(this, digits);
    };
  });
  await page.goto('/?lang=en&area=environment');
  const broken = page.locator('figure[data-chart-id="environment-records"]');
  await expect(broken.getByRole('alert')).toHaveText('This chart could not be drawn: injected failure');
  await expect(page.locator('[data-fact-id="env-water-stations"]')).toContainText('13');
  await page.locator('[data-fact-id="env-water-stations"]').getByRole('button').click();
  await expect(page.getByRole('dialog')).toBeVisible();
});

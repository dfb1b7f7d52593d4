import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * The built page shows a prerendered first screen (scripts/prerender.ts) before
 * the app's script has run, then the app takes over in place.
 */
test.use({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });

/** Records, from before the page's own scripts, whether the prerendered screen was shown and any layout shift or CSP violation. */
async function watch(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { preShown: boolean; shifts: number[]; violations: string[] };
    w.preShown = false;
    w.shifts = [];
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.violations.push(`${e.violatedDirective} ${e.sample}`),
    );
    new MutationObserver(() => {
      if (document.getElementById('pre')?.firstChild) w.preShown = true;
    }).observe(document, { childList: true, subtree: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.shifts.push((e as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const state = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { preShown: boolean; shifts: number[]; violations: string[] };
    return { preShown: w.preShown, shifts: w.shifts, violations: w.violations };
  });

test('before any of the app’s script runs, a phone already sees the view: text and chart, within the CSP', async ({
  page,
}) => {
  await watch(page);
  const blocked: string[] = [];
  await page.route(/\/assets\/.*\.js$/, (route) => {
    blocked.push(route.request().url());
    return route.abort();
  });
  await page.goto('/?lang=zh-Hant&area=new-media');
  const pre = page.locator('#pre');
  await expect(pre.getByRole('heading', { level: 1 })).toContainText('新媒體');
  await expect(pre.locator('figure[data-chart-id="posts-by-level"] rect.chart-mark').first()).toBeVisible();
  // Bars are coloured by the chart palette (style applied through the CSSOM), not the default black.
  const fill = await pre
    .locator('rect.chart-mark')
    .first()
    .evaluate((el) => getComputedStyle(el).fill);
  expect(fill).not.toBe('rgb(0, 0, 0)');
  // The app is asked for once the screen has painted: its scripts were blocked, not yet asked.
  await expect.poll(() => blocked.length).toBeGreaterThan(0);
  const s = await state(page);
  expect(s.preShown).toBe(true);
  expect(s.violations).toEqual([]);
  // What is printed names the reader's address and day, never the build's server and date: not in the screen.
  await expect(pre.getByTestId('print-header')).toHaveCount(0);
});

test('the app takes over in place: the same words, nothing moves, and it then answers clicks', async ({ page }) => {
  await watch(page);
  let preText = '';
  await page.exposeFunction('keepPreText', (t: string) => (preText = t));
  await page.addInitScript(() => {
    // The prerendered screen's text, read just before the app removes it.
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.removedNodes)
          if (n instanceof HTMLElement && n.id === 'pre')
            (window as unknown as { keepPreText: (t: string) => void }).keepPreText(n.textContent ?? '');
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/?lang=en');
  await page.waitForFunction(() => (window as unknown as { __appReady?: boolean }).__appReady === true);
  await expect(page.locator('#pre')).toHaveCount(0);
  const s = await state(page);
  expect(s.preShown).toBe(true);
  expect(s.shifts).toEqual([]);
  expect(s.violations).toEqual([]);
  await expect.poll(() => preText).not.toBe('');
  expect(await page.locator('#root').textContent()).toContain(preText.slice(0, 400));
  await page.getByRole('link', { name: 'Checks', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Checks');
});

/**
 * A view's screen with the app's scripts blocked (`onScreen` looks at it), then the same URL with them: the
 * app takes over with no layout shift and no CSP violation (`onApp` looks at the app's page).
 */
async function screenThenApp(
  page: Page,
  url: string,
  onScreen: (pre: Locator) => Promise<void>,
  onApp: () => Promise<void>,
) {
  await watch(page);
  const blocked: string[] = [];
  await page.route(/\/assets\/.*\.js$/, (route) => {
    blocked.push(route.request().url());
    return route.abort();
  });
  await page.goto(url);
  await onScreen(page.locator('#pre'));
  // The app is asked for once the screen has painted: its scripts were blocked, not yet asked.
  await expect.poll(() => blocked.length).toBeGreaterThan(0);
  await page.unroute(/\/assets\/.*\.js$/);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __appReady?: boolean }).__appReady === true);
  await expect(page.locator('#pre')).toHaveCount(0);
  await onApp();
  const s = await state(page);
  expect(s.preShown).toBe(true);
  expect(s.shifts).toEqual([]);
  expect(s.violations).toEqual([]);
}

test('the review board (linked from every header) shows its first screen before any script, and the take-over moves nothing', async ({
  page,
}) => {
  await screenThenApp(
    page,
    '/?lang=zh-Hans&view=review',
    async (pre) => {
      await expect(pre.getByRole('heading', { level: 1 })).toHaveText('核对总表');
      await expect(pre.locator('li[data-report-card]').first()).toBeVisible();
    },
    () => expect(page.locator('li[data-report-card]').first()).toBeVisible(),
  );
});

test('My reports shows its first screen without the reports kept (only this browser knows them), and the take-over moves nothing', async ({
  page,
}) => {
  await screenThenApp(
    page,
    '/?lang=en&view=mine',
    async (pre) => {
      await expect(pre.getByRole('heading', { level: 1 })).toHaveText('My reports');
      await expect(pre.getByRole('button', { name: 'Add reports…' })).toBeVisible();
      await expect(pre.locator('#mine-kept')).toHaveCount(0);
    },
    () => expect(page.locator('#mine-kept')).toHaveText('Kept in this browser (0)'),
  );
});

test('the SQL console shows its first screen, its example query in the editor, before any script; the app takes over in place', async ({
  page,
}) => {
  await screenThenApp(
    page,
    '/?lang=en&view=query',
    async (pre) => {
      await expect(pre.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(pre.locator('#query-sql')).toHaveValue(/^SELECT /);
    },
    () => expect(page.locator('#query-sql')).toHaveValue(/^SELECT /),
  );
});

// Every phone width the build prerenders (scripts/prerender.ts): the screen is shown and the app takes over without a shift.
for (const width of [360, 375, 393, 414, 430])
  test(`a ${width} px phone gets its own first screen, and the take-over moves nothing`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await watch(page);
    for (const url of ['/?lang=zh-Hans', '/?lang=en&view=trends']) {
      await page.goto(url);
      await page.waitForFunction(() => (window as unknown as { __appReady?: boolean }).__appReady === true);
      const s = await state(page);
      expect(s.preShown, url).toBe(true);
      expect(s.shifts, url).toEqual([]);
    }
  });

test('a chart the screen drew is kept as drawn while the page loads, then drawn live once the reader reaches for it', async ({
  page,
}) => {
  await page.goto('/?lang=en&view=trends&body=pingtan');
  await page.waitForFunction(() => (window as unknown as { __appReady?: boolean }).__appReady === true);
  const first = page.locator('#root figure[data-chart-id]').first();
  await expect(first.locator('.chart-body > [data-adopted] rect.chart-mark').first()).toBeAttached();
  // The app draws: the charts further down are drawn live as the page scrolls (by script: no pointer, no key)…
  await page.evaluate(() => window.scrollTo(0, 1600));
  await expect(page.locator('#root .chart-body > .recharts-wrapper:not([data-adopted])').first()).toBeAttached();
  await page.evaluate(() => window.scrollTo(0, 0));
  // … while the first is still the screen's drawing, alone in its box.
  await expect(first.locator('.chart-body > .recharts-wrapper')).toHaveCount(1);
  await expect(first.locator('.chart-body > [data-adopted]')).toHaveCount(1);
  await page.mouse.move(200, 300);
  await expect(first.locator('.chart-body > [data-adopted]')).toHaveCount(0);
  await first.locator('rect.chart-mark').last().hover();
  await expect(first.getByTestId('chart-hint')).toBeVisible();
});

test('a click on a kept drawing does what a click on the bar does: it is selected, and drawn selected by the app', async ({
  page,
}) => {
  await page.goto('/?lang=en&area=new-media');
  await page.waitForFunction(() => (window as unknown as { __appReady?: boolean }).__appReady === true);
  // The first chart, on the phone's screen (one further down is drawn by the app when the reader scrolls to it).
  const fig = page.locator('#root figure[data-chart-id="accounts-by-level"]');
  const kept = fig.locator('.chart-body > [data-adopted] rect.chart-mark[data-fact-id]').first();
  const factId = await kept.getAttribute('data-fact-id');
  // The click a browser sends the box under an inert drawing (no pointer moves first, so it stays kept).
  await kept.evaluate((mark) => {
    const r = mark.getBoundingClientRect();
    const init = { bubbles: true, clientX: r.x + r.width / 2, clientY: r.y + r.height / 2 };
    mark.closest('.chart-body')?.dispatchEvent(new MouseEvent('click', init));
  });
  await expect(page).toHaveURL(/select=/);
  await expect(fig.locator('.chart-body > [data-adopted]')).toHaveCount(0);
  await expect(fig.locator(`rect.chart-mark[data-fact-id="${factId}"]`)).toHaveAttribute('data-selected', 'true');
});

test('on a tall phone the overview’s first chart is the screen’s drawing, kept at its box’s width while the page loads', async ({
  page,
}) => {
  // 412×915, the most common Android screen: the chart starts below the capture's 844 px but on this screen.
  await page.setViewportSize({ width: 412, height: 915 });
  await page.goto('/?lang=en');
  await page.waitForFunction(() => (window as unknown as { __appReady?: boolean }).__appReady === true);
  const fig = page.locator('#root figure[data-chart-id="proactive-by-category"]');
  await expect(fig.locator('.chart-body > [data-adopted] rect.chart-mark').first()).toBeAttached();
  await expect(fig.locator('.chart-body > .recharts-wrapper')).toHaveCount(1);
  const widths = await fig
    .locator('.chart-body')
    .evaluate((b) => [b.clientWidth, Number(b.querySelector('svg.recharts-surface')?.getAttribute('width'))]);
  expect(widths[1]).toBe(widths[0]);
});

// An area, and the library's trends and compare (whose code loaded the charts at once before).
for (const path of ['/?lang=en&area=services-reform', '/?lang=en&view=compare', '/?lang=en&view=trends&body=pingtan'])
  test(`a view whose charts on screen are all kept asks for no Recharts while it loads; the first reach draws them live (${path})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    // The charts' chunk as the page's boot script lists it (scripts/prerender/boot.ts; read as scripts/bench/initialJs.ts does).
    const html = await (await page.request.get('/')).text();
    const literal = /JSON\.parse\((`[^`]*`|"(?:[^"\\]|\\.)*")\)/.exec(html)?.[1] ?? '';
    const app = JSON.parse(literal.startsWith('`') ? literal.slice(1, -1) : (JSON.parse(literal) as string)) as {
      library: { charts: string[] };
    };
    const charts = app.library.charts.filter((f) => f.endsWith('.js'));
    expect(charts.length).toBeGreaterThan(0);
    const asked: string[] = [];
    page.on('request', (r) => {
      if (charts.includes(new URL(r.url()).pathname)) asked.push(r.url());
    });
    await page.goto(path);
    await page.waitForFunction(() => (window as unknown as { __appReady?: boolean }).__appReady === true);
    const fig = page.locator('#root figure[data-chart-id]').first();
    await expect(fig.locator('.chart-body > [data-adopted] rect.chart-mark').first()).toBeAttached();
    // Past the load: the page is quiet (no request in flight), and the charts' code was never asked for.
    await page.waitForLoadState('networkidle');
    expect(asked).toEqual([]);
    await page.mouse.move(200, 300);
    await expect(
      fig.locator('.chart-body > .recharts-wrapper:not([data-adopted]) rect.chart-mark').first(),
    ).toBeAttached();
    expect(asked.length).toBeGreaterThan(0);
  });

// The phone widths whose screens carry drawn charts (scripts/prerender.ts), and one whose does not.
for (const [width, drawn] of [
  [360, true],
  [393, true],
  [412, true],
  [430, false],
] as const)
  test(`at ${width} px a body's trends show ${drawn ? 'their first chart drawn' : 'their first chart’s place'} before any script`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
    await page.goto('/?lang=zh-Hans&view=trends&body=pingtan');
    const box = page.locator('#pre figure[data-chart-id] .chart-body').first();
    await expect(box).toBeVisible();
    const drawings = await box.evaluate((b) =>
      [...b.querySelectorAll(':scope > .recharts-wrapper > svg')].map((svg) => ({
        svg: Number(svg.getAttribute('width')),
        box: b.clientWidth,
      })),
    );
    if (drawn) expect(drawings).toEqual([{ svg: drawings[0]?.box, box: expect.any(Number) }]);
    else expect(drawings).toEqual([]);
    // Either way the box is as tall as its chart will be (the take-over moves nothing: tested above).
    expect((await box.boundingBox())?.height).toBeGreaterThan(100);
  });

test('a host that answers a missing screen with its index page (an SPA fallback): no page inside the page', async ({
  page,
}) => {
  await watch(page);
  await page.route('**/pre/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html><body>index</body></html>' }),
  );
  await page.goto('/?lang=en');
  await page.waitForFunction(() => (window as unknown as { __appReady?: boolean }).__appReady === true);
  expect((await state(page)).preShown).toBe(false);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a view the build did not prerender (here two filters) opens directly in the app', async ({ page }) => {
  await watch(page);
  await page.goto('/?lang=en&area=new-media&channel=weibo&level=city');
  await page.waitForFunction(() => (window as unknown as { __appReady?: boolean }).__appReady === true);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('New media');
  expect((await state(page)).preShown).toBe(false);
});

test('an embedded chart shows its title and source before any script, then draws below them without moving them', async ({
  page,
}) => {
  await watch(page);
  const url = '/embed.html?embed=proactive-by-category&lang=zh-Hans';
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
  await page.goto(url);
  const caption = page.locator('#pre figcaption');
  await expect(caption).toContainText('主动公开');
  await expect(caption).toContainText('来源');
  expect((await state(page)).violations).toEqual([]);
  await page.unrouteAll();
  await page.goto(url);
  const figure = page.locator('#root figure[data-chart-id="proactive-by-category"]');
  await expect(figure.locator('rect.chart-mark').first()).toBeVisible();
  // The source is said under the title, above the chart: an iframe cut at the bottom keeps it.
  const source = figure.locator('figcaption').getByText(/来源/);
  const sourceBox = await source.boundingBox();
  const chartBox = await figure.locator('.chart-body svg.recharts-surface').boundingBox();
  expect(sourceBox && chartBox && sourceBox.y + sourceBox.height <= chartBox.y).toBe(true);
  const s = await state(page);
  expect(s.preShown).toBe(true);
  expect(s.shifts).toEqual([]);
});

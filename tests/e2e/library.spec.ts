import AxeBuilder from '@axe-core/playwright';
import { readdirSync } from 'node:fs';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, test } from './test';
import { exportFrom } from './download';
import { compressors } from '../../src/data/parquet';

/** Issue 13: the library of reports, one body across the years, bodies side by side. */

/** Every report and its new applications, as the library's open tables say (what the views read). */
const reportsDir = join(import.meta.dirname, '../../public/data/tables/reports');
const catalogue = {
  reports: (
    await Promise.all(
      readdirSync(reportsDir).map(async (part) =>
        parquetReadObjects({
          file: await asyncBufferFromFile(join(reportsDir, part, 'data_0.parquet')),
          columns: ['report_id', 'applications_new'],
          compressors,
        }),
      ),
    )
  )
    .flat()
    .map((r) => ({
      id: String(r.report_id),
      ...(typeof r.applications_new === 'number' ? { headline: { new: r.applications_new } } : {}),
    })) as { id: string; headline?: { new?: number } }[],
};

test('the library lists every report, searchable and filterable, each opening its dashboard', async ({ page }) => {
  await page.goto('/?lang=en&view=library');
  const rows = page.locator('tr[data-report-id]');
  await expect(rows).toHaveCount(catalogue.reports.length);
  await page.getByRole('searchbox', { name: 'Search' }).fill('pingtan 2021');
  await expect(rows).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await page.getByRole('combobox', { name: 'Format' }).selectOption('2019');
  await expect(page.getByTestId('library-count')).toContainText(/^\d+ of \d+ reports$/);
  await expect(rows.first()).toContainText('2019 format');
  await page.getByRole('combobox', { name: 'Format' }).selectOption('');
  // The 2020 report's own checks fail (its results add up to 26 where 三（七） says 20).
  await expect(page.locator('tr[data-report-id="pingtan-2020"] td[data-fails]')).not.toHaveAttribute('data-fails', '0');
  await page.locator('tr[data-report-id="pingtan-2021"]').getByRole('link').first().click();
  await expect(page).toHaveURL(/data=\/data\/library\/pingtan-2021\.json/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2021');
  await page.goBack();
  await expect(page.locator('tr[data-report-id]').first()).toBeVisible();
});

test('library: a search in any language kept in the URL, sorting by a headline figure, an empty result that says how to clear', async ({
  page,
}) => {
  await page.goto('/?lang=en&view=library');
  const rows = page.locator('tr[data-report-id]');
  const search = page.getByRole('searchbox', { name: 'Search' });
  const ids = () => rows.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-report-id')));
  // Chinese in the English interface, and a body with its year written together.
  await search.fill('洪泽');
  await expect.poll(ids).toEqual(['hongze-2023', 'hongze-2024']);
  await search.fill('hongze 2024');
  await expect.poll(ids).toEqual(['hongze-2024']);
  await search.fill('平潭2020');
  await expect.poll(ids).toEqual(['pingtan-2020']);
  await expect(page).toHaveURL(/[?&]q=%E5%B9%B3%E6%BD%AD2020(&|$)/);
  await page.reload();
  await expect(search).toHaveValue('平潭2020');
  await expect.poll(ids).toEqual(['pingtan-2020']);
  // Its checks are a link to that report's Checks.
  await rows.first().locator('td[data-fails] a').click();
  await expect(page).toHaveURL(/area=checks/);
  await expect(page).toHaveURL(/data=\/data\/library\/pingtan-2020\.json/);
  await expect(page).not.toHaveURL(/[?&]q=/);
  await page.goBack();
  await expect(search).toHaveValue('平潭2020');

  await search.fill('zzz');
  await expect(page.getByTestId('library-count')).toContainText('No report matches “zzz”.');
  await page.getByRole('button', { name: 'Clear the search and filters' }).click();
  await expect(rows).toHaveCount(catalogue.reports.length);
  await expect(page).not.toHaveURL(/[?&]q=/);

  // Sorted by new applications, largest first, as the reports table's headline figures say.
  await page.getByRole('button', { name: /^New applications/ }).click();
  await expect(page).toHaveURL(/[?&]sort=new(&|$)/);
  const stated = catalogue.reports
    .filter((r) => r.headline?.new !== undefined)
    .sort((a, b) => (b.headline?.new ?? 0) - (a.headline?.new ?? 0));
  await expect(rows.first()).toHaveAttribute('data-report-id', stated[0]!.id);
  await expect(rows.first().locator('td[data-headline="new"]')).toHaveText(
    new Intl.NumberFormat('en').format(stated[0]!.headline!.new!),
  );
  // A report whose tables state no such figure says so with a dash, last.
  await expect(rows.last().locator('td[data-headline="new"]')).toHaveText('—');
});

test('trends: one body over the years, gaps as gaps, the format change marked, a column opens its report', async ({
  page,
}) => {
  await page.goto('/?lang=en&view=trends&body=pingtan');
  const fig = page.locator('figure[data-chart-id="trend.pingtan.applications.new.all"]');
  // 2019-2025 give the figure; 2011-2018 (free text) do not: no column, never a zero.
  await expect(fig.locator('rect.chart-mark')).toHaveCount(7);
  await expect(fig.locator('text.chart-gap')).toContainText('not given');
  await expect(fig.locator('text.chart-note')).toHaveText(['2019 format', '2021 format']);
  // Typed from the 2021 report's table: 70 new applications.
  await fig.getByRole('button', { name: '2021: 70 applications' }).click();
  await expect(page).toHaveURL(/fact=applications\.new\.all/);
  await expect(page).toHaveURL(/data=\/data\/library\/pingtan-2021\.json/);
  await expect(page).not.toHaveURL(/view=|body=/);
  await expect(page.getByRole('dialog').getByTestId('quote-value')).toHaveText('70');
  await page.goBack();
  await expect(fig.locator('rect.chart-mark')).toHaveCount(7);
});

test('trends: 平潭’s 2011–2018 statistics tables are charted beside the standard series, each saying how it differs', async ({
  page,
}) => {
  await page.goto('/?lang=en&view=trends&body=pingtan');
  const ids = async () =>
    page.locator('figure[data-chart-id^="trend."]').evaluateAll((fs) => fs.map((f) => f.getAttribute('data-chart-id')));
  await expect.poll(async () => (await ids()).includes('trend.pingtan.old.requests.year')).toBe(true);
  const order = await ids();
  // Drawn beside the series it is nearest to, never joined to it.
  expect(order.indexOf('trend.pingtan.old.requests.year')).toBe(
    order.indexOf('trend.pingtan.applications.new.all') + 1,
  );
  const docs = page.locator('figure[data-chart-id="trend.pingtan.old.proactive-docs.year"]');
  await docs.scrollIntoViewIfNeeded();
  await expect(docs.locator('figcaption')).toContainText('Statistics table of the reports before 2019');
  // 2014–2018 print 主动公开文件数, the years the chart spans; 2011–2013 print 主动公开信息数, its own series.
  await expect(docs.locator('rect.chart-mark')).toHaveCount(5);
  await expect(docs.locator('text.chart-category')).toHaveText(['2014', '2015', '2016', '2017', '2018']);
  const info = page.locator('figure[data-chart-id="trend.pingtan.old.proactive-info.year"]');
  await info.scrollIntoViewIfNeeded();
  await expect(info.locator('text.chart-category')).toHaveText(['2011', '2012', '2013']);
  await docs.scrollIntoViewIfNeeded();
  await docs.getByRole('button', { name: '2016: 3,460 items' }).click();
  await expect(page).toHaveURL(/data=\/data\/library\/pingtan-2016\.json/);
  await expect(page).toHaveURL(/fact=old\.proactive-docs\.year/);
  await expect(page.getByRole('dialog').getByTestId('quote-value')).toHaveText('3460');
});

test('trends on a phone: an index of the sections, and a value on every column that touches no other', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/?lang=en&view=trends&body=pingtan');
  const index = page.getByRole('navigation', { name: 'Sections of this page' });
  await index.getByRole('link', { name: 'Rates' }).click();
  await expect(page.locator('#trends-rates')).toBeInViewport();
  const fig = page.locator('figure[data-chart-id="trend.pingtan.rates.disclosed"]');
  await expect(fig.locator('rect.chart-mark')).toHaveCount(7);
  // Seven shares on a 390 px phone: each column says its value, the tallest too, none over another.
  const labels = fig.locator('text.chart-value');
  await expect(labels).toHaveCount(7);
  const boxes = await labels.evaluateAll((ts) =>
    ts.map((t) => {
      const r = t.getBoundingClientRect();
      return { text: t.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }),
  );
  for (const b of boxes) expect(b.text).toMatch(/^\d+(\.\d)?%$/);
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      expect(
        a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top,
        `${a.text} ${b.text}`,
      ).toBe(true);
    }),
  );
  await index.getByRole('link', { name: 'Checks across years' }).click();
  await expect(page.getByTestId('across-years')).toBeInViewport();
});

test('trends: an amount in one unit as the reports write it (万元), every value with one precision', async ({
  page,
}) => {
  await page.goto('/?lang=en&view=trends&body=pingtan');
  const fig = page.locator('figure[data-chart-id="trend.pingtan.proactive.fees.amount"]');
  await page.mouse.wheel(0, 400);
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.locator('figcaption')).toContainText('In 万元 (10,000 yuan), as the reports write it.');
  const values = fig.locator('text.chart-value');
  await expect(values.first()).toBeVisible();
  const texts = await values.allTextContents();
  expect(texts.length).toBeGreaterThanOrEqual(5);
  for (const v of texts) expect(v).toMatch(/^\d{1,3}(,\d{3})*\.\d{2}$/);
  // The axis counts in the same unit: no "k" or "M" of yuan beside values in 万元.
  for (const tick of await fig.locator('text.chart-tick').allTextContents()) expect(tick).toMatch(/^[\d,]+$/);
});

test('printing the trends page prints every chart, also those not yet scrolled to', async ({ page }) => {
  await page.goto('/?lang=en&view=trends&body=pingtan');
  // The charts' code is here (the first chart is drawn); charts far below the screen are still empty boxes.
  await page.locator('figure[data-chart-id^="trend."] rect.chart-mark').first().waitFor();
  await expect(page.getByTestId('chart-pending').first()).toBeAttached();
  const pdf = await page.pdf();
  await expect(page.getByTestId('chart-pending')).toHaveCount(0);
  // Every drawn chart marks the change to the 2019 format; a box not drawn has no such note.
  const drawn = await page
    .locator('figure[data-chart-id^="trend."] text.chart-note', { hasText: '2019 format' })
    .count();
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  let printed = 0;
  for (let i = 1; i <= doc.numPages; i++) {
    const { items } = await (await doc.getPage(i)).getTextContent();
    const text = items.map((it) => ('str' in it ? it.str : '')).join('|');
    printed += text.split('2019 format').length - 1;
  }
  expect(drawn).toBeGreaterThan(8);
  expect(printed).toBe(drawn);
  await expect(page.getByTestId('across-years')).toBeAttached();
});

test('trends: the checks across years show both sides, failing ones first', async ({ page }) => {
  await page.goto('/?lang=en&view=trends&body=pingtan');
  const across = page.getByTestId('across-years');
  const fails = across.locator('tr[data-verdict="fails"]');
  await expect(fails.first()).toBeVisible();
  // 2022's table: 698 normative documents in force; 2023 issued 77 and repealed 132, and states 470.
  const row = across.locator('tr[data-across-id="across.in-force.normative-docs.2023"]');
  await expect(row).toHaveAttribute('data-verdict', 'fails');
  await expect(row).toContainText('470');
  await expect(row).toContainText('643');
  await expect(across.locator('tr[data-across-id="across.in-force.normative-docs.2022"]')).toHaveAttribute(
    'data-verdict',
    'exact',
  );
});

test('trends: a filter by group, and an export naming the body and its years', async ({ page }) => {
  await page.goto('/?lang=en&view=trends&body=pingtan');
  const reviews = page.locator('figure[data-chart-id="trend.pingtan.review.total"]');
  await expect(reviews).toBeVisible();
  await page.getByRole('checkbox', { name: 'Reviews and lawsuits' }).uncheck();
  await expect(reviews).toHaveCount(0);
  const fig = page.locator('figure[data-chart-id="trend.pingtan.applications.new.all"]');
  const { name, bytes } = await exportFrom(page, fig, 'svg');
  expect(name).toBe('library-pingtan-applications-new-all.svg');
  const svg = bytes.toString('utf8');
  expect(svg).toContain('Pingtan Comprehensive Pilot Zone, annual reports 2019–2025');
  expect(svg).toContain('2021 format');
  const csv = (await exportFrom(page, fig, 'csv')).bytes.toString('utf8');
  expect(csv).toContain('2016,applications.new.all,New applications,,applications,not-stated');
  expect(csv).toContain('2021,applications.new.all,New applications,70,applications,value,false,pingtan-2021');
});

test('compare: reached from the header, the library and a trends chart; every year side by side; kept by province; never a source line of nobody', async ({
  page,
}) => {
  await page.goto('/?lang=en&view=library');
  await page.getByRole('link', { name: /^Compare bodies/ }).click();
  await expect(page).toHaveURL(/view=compare/);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Compare', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await page.goto('/?lang=en&view=trends&body=pingtan');
  const fig = page.locator('figure[data-chart-id="trend.pingtan.applications.new.all"]');
  await fig.getByRole('link', { name: /^Compare across bodies/ }).click();
  await expect(page).toHaveURL(/view=compare/);
  await expect(page).toHaveURL(/indicator=applications\.new\.all/);
  await expect(page).toHaveURL(/year=2025/);

  // Several years at once: 平潭's row gives each year's figure as the library's tables state it.
  // Below the chart: its rows are drawn as the reader comes near.
  await page.getByTestId('compare-years').scrollIntoViewIfNeeded();
  const row = page.getByTestId('compare-years').locator('tr[data-body="pingtan"]');
  for (const r of catalogue.reports.filter((x) => x.id.startsWith('pingtan-') && x.headline?.new !== undefined)) {
    const year = r.id.slice('pingtan-'.length);
    await expect(row.locator(`td[data-year="${year}"]`)).toContainText(String(r.headline?.new));
  }
  // Every value here is a table's: no note about values read from the text.
  await expect(page.getByTestId('compare-years').locator('[data-from-text]')).toHaveCount(0);
  await expect(page.getByTestId('compare-years').getByText('taken from the text')).toBeHidden();

  // Small multiples: one chart per body, all on one scale (the same top tick), each drawn by Recharts.
  const multiples = page.getByTestId('compare-multiples').locator('figure[data-chart-id]');
  // One per body of the year's ranking (the first 12 at most): those whose 2025 report gives the figure.
  const bodies = new Set(
    catalogue.reports.filter((r) => r.id.endsWith('-2025') && r.headline?.new !== undefined).map((r) => r.id),
  );
  expect(bodies.size).toBeGreaterThan(1);
  await expect(multiples).toHaveCount(bodies.size);
  await page.mouse.wheel(0, 2000);
  for (const f of await multiples.all()) {
    await f.scrollIntoViewIfNeeded();
    await expect(f.locator('.recharts-wrapper')).toBeAttached();
  }
  const tops = await multiples.evaluateAll((fs) =>
    fs.map((f) => [...f.querySelectorAll('text.chart-tick')].map((t) => t.textContent).at(-1)),
  );
  expect(new Set(tops).size).toBe(1);
  await expect(
    page.getByTestId('compare-multiples').locator('figure[data-chart-id^="multiple.pingtan."] rect.chart-mark'),
  ).toHaveCount(catalogue.reports.filter((r) => r.id.startsWith('pingtan-') && r.headline?.new !== undefined).length);

  // Kept by province, in the URL: only Jiangsu's bodies are ranked.
  await page.getByRole('combobox', { name: 'Province' }).selectOption('jiangsu');
  await expect(page).toHaveURL(/region=jiangsu/);
  const ranked = page.getByTestId('compare-ranking').locator('tr[data-body]');
  await expect(ranked).toHaveCount(1);
  await expect(ranked.first()).toHaveAttribute('data-body', 'shuyang');

  // Every year: the source line names reports or says there are none, never "of .".
  const years = await page
    .getByRole('combobox', { name: 'Year' })
    .locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(years.length).toBeGreaterThan(10);
  for (const y of years) {
    await page.getByRole('combobox', { name: 'Year' }).selectOption(y);
    const source = page.locator('figure[data-chart-id^="compare."] p', { hasText: /^Sources:/ });
    await expect(source).toContainText(y);
    await expect(source).not.toHaveText(/of\s*\.$/);
  }
});

test('compare: one figure across bodies for a year; a bar opens that report at that number', async ({ page }) => {
  await page.goto('/?lang=en&view=compare&year=2021&indicator=applications.new.all');
  const fig = page.locator('figure[data-chart-id="compare.2021.applications.new.all"]');
  await expect(fig.getByRole('button', { name: 'Pingtan Comprehensive Pilot Zone: 70 applications' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Figure' }).selectOption('rates.disclosed');
  await expect(page).toHaveURL(/indicator=rates\.disclosed/);
  await expect(page.locator('figure[data-chart-id="compare.2021.rates.disclosed"] figcaption')).toContainText('÷');
  await page.getByRole('combobox', { name: 'Figure' }).selectOption('applications.new.all');
  const png = await exportFrom(page, page.locator('figure[data-chart-id="compare.2021.applications.new.all"]'), 'png');
  expect(png.name).toBe('library-compare-2021-applications-new-all.png');
  await page
    .locator('figure[data-chart-id="compare.2021.applications.new.all"]')
    .getByRole('button', { name: /^Pingtan/ })
    .click();
  await expect(page.getByRole('dialog').getByTestId('quote-value')).toHaveText('70');
});

// Both Chinese scripts share every layout: one of them is scanned (as on the dashboard's views).
for (const lang of ['en', 'zh-Hant'] as const)
  test(`axe finds no violations on the library views (${lang})`, async ({ page }) => {
    test.setTimeout(60_000);
    const found: string[] = [];
    for (const url of ['view=library', 'view=trends&body=pingtan', 'view=compare&year=2024']) {
      await page.goto(`/?lang=${lang}&${url}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      if (!url.includes('library')) await page.locator('rect.chart-mark').first().waitFor();
      const { violations } = await new AxeBuilder({ page }).analyze();
      found.push(...violations.map((v) => `${url} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
    }
    expect(found).toEqual([]);
  });

test('junk in a library link is dropped and the address bar rewritten', async ({ page }) => {
  await page.goto('/?lang=en&view=trends&body=atlantis');
  await expect(page).toHaveURL(/\?lang=en&view=trends$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('the years side by side');
  await page.goto('/?lang=en&view=compare&year=1999&indicator=nonsense');
  await expect(page).toHaveURL(/\?lang=en&view=compare$/);
  await expect(page.locator('figure[data-chart-id^="compare."]')).toBeVisible();
});

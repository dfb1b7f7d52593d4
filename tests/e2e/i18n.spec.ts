import { expect, test } from './test';

for (const [locale, heading, button] of [
  ['zh-TW', '2018年瀘州市政府信息公開工作年度報告', '匯出'],
  ['zh-HK', '2018年瀘州市政府信息公開工作年度報告', '匯出'],
  ['zh-CN', '2018年泸州市政府信息公开工作年度报告', '导出'],
  ['fr-FR', 'Luzhou Government Information Disclosure Annual Report 2018', 'Export'],
] as const)
  test(`a first visit in ${locale} follows the browser's language`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(
      page.locator('figure[data-chart-id="proactive-by-channel"]').getByRole('button', { name: new RegExp(button) }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/$/); // the detected language is not forced into a shared link
    await context.close();
  });

test('the header switch changes the language, the URL and every label', async ({ page }) => {
  await page.goto('/?area=reading-points');
  const select = page.getByRole('combobox', { name: /Language|語言|语言/ });
  await select.selectOption('zh-Hans');
  await expect(page).toHaveURL(/lang=zh-Hans/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('信息公开查阅点');
  await expect(page.locator('[data-fact-id]').first()).toBeVisible();
  const visits = page.locator('figure[data-chart-id="reading-visits-by-kind"]');
  await expect(visits.getByRole('button', { name: '政务服务中心：55.58万人次' })).toBeVisible();
  await select.selectOption('zh-Hant');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('信息公開查閱點');
  await expect(visits.getByRole('button', { name: '政務服務中心：55.58萬人次' })).toBeVisible();
  // The address bar (and history) takes a view after its paint: changes within one frame are one entry.
  await expect(page).toHaveURL(/lang=zh-Hant/);
  await select.selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reading points');
  await expect(visits.getByRole('button', { name: 'Service centres: 555,800 visits' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('信息公開查閱點');
});

test('dates read per language', async ({ page }) => {
  await page.goto('/?lang=zh-Hans&area=hotline');
  await expect(page.locator('[data-fact-id="hotline-merge-date"]')).toContainText('2018年6月30日');
  await page.goto('/?lang=en&area=hotline');
  await expect(page.locator('[data-fact-id="hotline-merge-date"]')).toContainText('30 June 2018');
});

test('Chinese cites the report’s parts as Chinese readers do: 第二部分（四）, never a bare numeral', async ({
  page,
}) => {
  const bare = /[，、：\s][〇一二三四五六七八九十]+(（[〇一二三四五六七八九十\d]+）)*\d*[。、]?$/;
  for (const lang of ['zh-Hans', 'zh-Hant']) {
    await page.goto(`/?lang=${lang}`);
    const lines = page.getByTestId('source-line');
    await expect(lines.first()).toBeVisible();
    const texts = await lines.allTextContents();
    expect(texts.some((s) => s.includes('第二部分'))).toBe(true);
    for (const s of texts) expect(s, s).not.toMatch(bare);
    await page.goto(`/?lang=${lang}&area=new-media`);
    await expect(page.getByTestId('source-line').first()).toContainText('第二部分（四）');
    // A card names its part the same way, with no word before it.
    const card = page.locator('div[data-fact-id]').first();
    await expect(card).toContainText(/第[一二三四五六七]部分（[一二三四五六七]）/);
    await expect(card).not.toContainText(/章[節节]/);
    // And so does the drawer that quotes it.
    await card.getByRole('button').first().click();
    await expect(page.getByRole('dialog')).toContainText(/第[一二三四五六七]部分（[一二三四五六七]）/);
  }
  // English keeps Part II(4).
  await page.goto('/?lang=en&area=new-media');
  await expect(page.getByTestId('source-line').first()).toContainText('Part II(4)');
});

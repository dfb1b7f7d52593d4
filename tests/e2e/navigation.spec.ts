import { expect, test } from './test';
import { areaIds, dataset } from './fixtures';

test('each area opens from its card and Back returns to the overview', async ({ page }) => {
  await page.goto('/?lang=en');
  for (const id of areaIds) {
    const area = dataset.areas.find((a) => a.id === id)!;
    const card = page.getByRole('link', { name: new RegExp(`^${area.title.en.replace(/[()]/g, '.')}`) });
    await expect(card).toHaveAttribute('href', `/?lang=en&area=${id}`);
    await card.click();
    await expect(page).toHaveURL(new RegExp(`area=${id}`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(area.title.en);
    await page.goBack();
    await expect(page).toHaveURL(/\/\?lang=en$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Disclosure areas' })).toBeVisible();
  }
});

test('Forward walks back into the area, and a shared link opens it directly', async ({ page }) => {
  await page.goto('/?lang=en');
  await page.getByRole('link', { name: /^Hotlines/ }).click();
  // The address bar follows the view after its paint: Back is pressed once it has.
  await expect(page).toHaveURL(/area=hotline/);
  await page.goBack();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hotlines');
  await page.goto('/?area=reading-points&lang=zh-Hant');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('信息公開查閱點');
});

test('junk in the URL is dropped and the URL rewritten', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/?lang=xx&area=nowhere&channel=weibo,pigeon,<b>&fact=nope&level=city&level=city');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Luzhou|瀘州|泸州/);
  await expect(page).toHaveURL(/\?channel=weibo&level=city$/);
  expect(errors).toEqual([]);
});

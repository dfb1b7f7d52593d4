import { test as base, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

/**
 * The suite's `test`: after every page load it waits until the app has taken
 * over from the prerendered first screen (scripts/prerender.ts) and the pointer
 * has moved, so a test never acts on the inert copy of a chart. A URL without one settles
 * at once. tests/e2e/prerender.spec.ts tests that screen itself with the plain `test`.
 */
export const test = base.extend<{ page: Page }>({
  page: async ({ page }, provide) => {
    const settled = async () => {
      await page.waitForFunction(() => !document.documentElement.classList.contains('pre'));
      // A reader's pointer moves before it hovers or clicks: the charts the screen drew, kept until then
      // (src/charts/kept.ts), are drawn live. prerender.spec.ts tests the charts kept.
      await page.mouse.move(1, 1);
    };
    const goto = page.goto.bind(page);
    page.goto = (async (...args: Parameters<Page['goto']>) => {
      const response = await goto(...args);
      await settled();
      return response;
    }) as Page['goto'];
    const reload = page.reload.bind(page);
    page.reload = (async (...args: Parameters<Page['reload']>) => {
      const response = await reload(...args);
      await settled();
      return response;
    }) as Page['reload'];
    await provide(page);
  },
});

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './test';
import { exportFrom } from './download';

test('the built pages carry a Content-Security-Policy that admits no unknown inline script or eval', () => {
  for (const page of ['index.html', 'embed.html']) {
    const html = readFileSync(join(import.meta.dirname, '../../dist', page), 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    // The one inline script (the boot script) and the inlined stylesheet are admitted by their
    // exact hashes, each in its own directive, and nothing else is.
    const sha = (text: string) => createHash('sha256').update(text).digest('base64');
    const directive = (name: string) =>
      [...(csp.split(';').find((d) => d.trim().startsWith(name)) ?? '').matchAll(/'sha256-([^']+)'/g)].map((m) => m[1]);
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
    expect(scripts).toHaveLength(1);
    expect(directive('script-src')).toEqual(scripts.map(sha));
    expect(directive('style-src')).toEqual(styles.map(sha));
    expect([...html.matchAll(/<script\b[^>]*>/g)].filter((m) => !m[0].includes('src=')).length).toBe(scripts.length);
  }
});

test('a full session stays on the app’s origin and breaks no CSP rule', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) foreign.push(url);
  });
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { violations: string[] }).violations.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`,
      ),
    );
  });
  await page.goto('/?lang=zh-Hant');
  await page.locator('rect.chart-mark').first().waitFor();
  await page.getByRole('link', { name: /新媒體/ }).click();
  await exportFrom(page, page.locator('figure[data-chart-id="posts-by-level"]'), 'png', /匯出/);
  await exportFrom(page, page.locator('figure[data-chart-id="posts-by-level"]'), 'svg', /匯出/);
  await page.locator('[data-fact-id="weibo-accounts-closed"]').getByRole('button').click();
  await page.getByRole('dialog').getByTestId('quote-mark').waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('combobox', { name: '語言' }).selectOption('zh-Hans');
  await page.getByRole('link', { name: '核对', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('核对');
  // Importing a PDF runs the importer's worker, pdf.js and its CMaps: all from this origin, within the CSP.
  await page.getByTestId('open-file').setInputFiles(join(import.meta.dirname, '../../reports/others/hongze-2024.pdf'));
  await expect(page.getByTestId('local-banner')).toBeVisible({ timeout: 20_000 });
  expect(foreign).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
});

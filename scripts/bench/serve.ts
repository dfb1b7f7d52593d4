import type { Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';

/** Serves a build (dist/ by default) with `vite preview` on a free-ish port and resolves once it answers. */
export async function servePreview(port: number, outDir = 'dist'): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--outDir', outDir],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () => {
      if (child.pid) process.kill(-child.pid);
    },
  };
}

export { CHROMIUM, CHROMIUM_ARGS } from '../chromium';

/**
 * After a page load: waits until the app has taken over from a prerendered first
 * screen (scripts/prerender.ts), so a measurement never acts on the inert copy.
 */
export async function settled(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForFunction(() => !document.documentElement.classList.contains('pre'), null, { timeout });
}

import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from './scripts/chromium';
import { freePort } from './scripts/port';

/** End-to-end tests run the production build (vite preview) in Debian's Chromium. */
const executablePath = requireChromium();

// Chosen once by the runner; its workers inherit it. A second run at the same time gets another.
process.env.E2E_PORT ??= String(freePort());
const PORT = Number(process.env.E2E_PORT);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two workers even on two cores: the tests mostly wait on the browser.
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Recording a trace of every test costs a quarter of the suite's time (library and reading specs: 85 -> 64 s);
    // to see a failure step by step, run it again with `--trace on`.
    trace: 'off',
    screenshot: 'only-on-failure',
    acceptDownloads: true,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});

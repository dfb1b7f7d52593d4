import { existsSync } from 'node:fs';

/**
 * Debian's Chromium and the flags it needs here (Playwright cannot download its
 * own browser on this machine): shared by the end-to-end tests and the benchmark.
 * As root --no-sandbox is required; the background-networking flags stop refused
 * connections to Google's services on this closed network.
 */
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function requireChromium(): string {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `No Chromium at ${CHROMIUM}. Install one (Debian: apt-get install -y --no-install-recommends chromium fonts-noto-cjk) or set CHROME_PATH to a Chrome/Chromium binary.`,
    );
  return CHROMIUM;
}

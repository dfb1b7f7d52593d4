import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, servePreview } from './serve';

/** Dev aid: CPU profile of filter clicks at 4x, self time per source function (needs a --sourcemap build to map names). */
const s = await servePreview(4396);
const b = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const page = await b.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(`${s.url}/${process.argv[2] ?? '?lang=en'}`);
await page.locator('rect.chart-mark').first().waitFor();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const box = page.locator(`input[data-filter="${process.argv[3] ?? 'category:finance'}"]`).first();
for (let i = 0; i < 6; i++) {
  await box.click();
  await page.waitForTimeout(400);
}
const { profile } = await cdp.send('Profiler.stop');
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas ?? [];
profile.samples?.forEach((id, i) => {
  const n = byId.get(id);
  if (!n) return;
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
});
for (const [k, v] of [...self.entries()]
  .filter(([k]) => !k.startsWith('(idle)'))
  .sort((a, b) => b[1] - a[1])
  .slice(0, 25))
  console.log(v.toFixed(1).padStart(8), k);
await b.close();
s.stop();

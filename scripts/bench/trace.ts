import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, servePreview } from './serve';
const s = await servePreview(4394);
const b = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const page = await b.newPage({ viewport: { width: 412, height: 823 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await b.startTracing(page, {
  path: '/tmp/trace.json',
  categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'],
});
await page.goto(`${s.url}/${process.argv[2] ?? '?lang=en'}`);
await page.locator('[data-fact-id]').first().waitFor();
await page.waitForTimeout(1500);
await b.stopTracing();
await b.close();
s.stop();
type Ev = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { url?: string; functionName?: string; lineNumber?: number; columnNumber?: number } };
};
const { traceEvents } = JSON.parse(readFileSync('/tmp/trace.json', 'utf8')) as { traceEvents: Ev[] };
const main = traceEvents.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 50000);
const mainTid = traceEvents.find((e) => e.name === 'TracingStartedInBrowser') ? main[0]?.tid : undefined;
for (const t of main) {
  const kids = traceEvents.filter(
    (e) =>
      e.tid === t.tid &&
      e.pid === t.pid &&
      e.ts >= t.ts &&
      e.ts < t.ts + (t.dur ?? 0) &&
      e.dur &&
      e.dur > 5000 &&
      e.name !== 'RunTask',
  );
  const summary = kids
    .slice(0, 12)
    .map(
      (k) =>
        `${k.name}${k.args?.data?.url ? `(${k.args.data.url.split('/').pop()})` : ''}${k.args?.data?.functionName ? `[${k.args.data.functionName}@${k.args.data.lineNumber}:${k.args.data.columnNumber}]` : ''}:${Math.round((k.dur ?? 0) / 1000)}`,
    );
  console.log(`task ${Math.round((t.dur ?? 0) / 1000)}ms tid ${t.tid}: ${summary.join(' ')}`);
}
void mainTid;

import { chromium } from '@playwright/test';
import { filterLatency } from './filterLatency';
import { CHROMIUM, CHROMIUM_ARGS, servePreview } from './serve';
const s = await servePreview(4397);
const b = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
for (const [u, f] of [
  ['/?lang=en', 'category:finance'],
  ['/?lang=en&area=new-media', 'channel:wechat'],
] as const) {
  const r = await filterLatency(b, `${s.url}${u}`, f, 9);
  console.log(u, 'next paint', JSON.stringify(r.latency), 'settled', JSON.stringify(r.settled));
}
await b.close();
s.stop();

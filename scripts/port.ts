import { execFileSync } from 'node:child_process';

/**
 * A TCP port free on 127.0.0.1 right now, found synchronously (the Playwright
 * config is not async): two test runs or builds on one machine each get their
 * own server instead of failing on a fixed port.
 */
export function freePort(): number {
  const script =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close();});";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

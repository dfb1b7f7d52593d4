import { spawn } from 'node:child_process';

/**
 * Runs npm scripts side by side and fails if any fails (`npm test`: the typecheck and the lint are each one
 * thread, so on two cores both take the time of the longer). Each one's output is printed once it ends, whole.
 */
const names = process.argv.slice(2);
const runs = names.map(
  (name) =>
    new Promise<number>((resolve) => {
      const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      child.stdout.on('data', (b: Buffer) => out.push(b));
      child.stderr.on('data', (b: Buffer) => out.push(b));
      child.on('close', (code) => {
        process.stdout.write(
          `> ${name}: ${code === 0 ? 'passed' : `failed (${code})`}\n${Buffer.concat(out).toString()}`,
        );
        resolve(code ?? 1);
      });
    }),
);
const codes = await Promise.all(runs);
process.exit(codes.some((c) => c !== 0) ? 1 : 0);

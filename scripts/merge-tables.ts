import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { version, writeDatapackage } from './library/build';
import { mergeTables } from './library/duck';
import { PARTS_FILE } from '../src/library/parts';

/**
 * `npm run tables:merge -- <tables folder…> --out <dir>`: joins the open tables of
 * separate imports (`npm run import -- … --tables`, one run per shard of a batch)
 * into one set, ordered by body and year, with its datapackage.json. Each folder
 * is a run's <out>/tables. Stops if a report is in two shards.
 */

const USAGE = 'usage: npm run tables:merge -- <tables folder…> --out <dir>';
const argv = process.argv.slice(2);
const shards: string[] = [];
let out: string | undefined;
for (let i = 0; i < argv.length; i++) {
  const a = argv[i] as string;
  if (a === '--out') out = argv[++i];
  else if (a.startsWith('--')) fail(`Unknown option ${a}.`);
  else shards.push(resolve(a));
}
if (shards.length === 0) fail('Name the tables folders to merge.');
if (!out) fail('Name the folder to write to with --out.');
for (const s of shards)
  if (!existsSync(join(s, PARTS_FILE))) fail(`${s} holds no ${PARTS_FILE} (not a tables folder).`);

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const started = performance.now();
try {
  const counts = await mergeTables(shards, resolve(out));
  writeDatapackage(resolve(out), version(), counts);
  console.log(
    `merged ${shards.length} shards into ${out}: ${counts.reports} reports, ${counts.cells} cells, ${counts.checks} checks, ` +
      `${counts.bodies} bodies in ${Math.round(performance.now() - started)} ms`,
  );
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}

import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { importReport } from '../src/import';

/**
 * `npm run import -- <report> [--out <file.json>] [--partial]`: imports a report
 * (web page, PDF, text or Markdown) and writes the dataset JSON and, beside it,
 * the report text its quotes point into (meta.source.file names it). The same
 * code runs in the browser's worker.
 */

function usage(message: string): never {
  console.error(`${message}\nusage: npm run import -- <report> [--out <file.json>] [--partial]`);
  process.exit(2);
}

const args = process.argv.slice(2);
const partial = args.includes('--partial');
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : undefined;
if (outAt >= 0 && !out) usage('--out needs a file name.');
const input = args.find((a, i) => !a.startsWith('--') && i !== outAt + 1);
if (!input) usage('Name the report to import.');

const stem = basename(input).replace(/\.[^.]+$/, '');
const jsonPath = resolve(out ?? `${stem}.json`);
const jsonStem = basename(jsonPath).replace(/\.json$/i, '');
// The text goes beside the JSON, never over the report it came from.
const textName =
  resolve(dirname(jsonPath), `${jsonStem}.txt`) === resolve(input) ? `${jsonStem}.source.txt` : `${jsonStem}.txt`;

const result = await importReport(new Uint8Array(readFileSync(input)), basename(input), {
  textFile: textName,
  partial,
});
if (!result.ok) {
  console.error(`${input}: ${result.message}`);
  process.exit(1);
}
const { dataset, text } = result.value;
writeFileSync(jsonPath, `${JSON.stringify(dataset, null, 1)}\n`);
writeFileSync(join(dirname(jsonPath), textName), text);
for (const w of result.warnings) console.warn(`warning: ${w}`);
const drafted = dataset.facts.filter((f) => f.drafted).length;
console.log(
  `${jsonPath}: ${dataset.meta.format ?? 'free'} format, ${dataset.facts.length} facts (${drafted} drafted from the text), ` +
    `${dataset.relations.length} relations; text in ${textName}`,
);

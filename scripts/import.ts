import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { BODIES } from '../reports/library';
import type { Dataset } from '../src/data/schema';
import { reconcile } from '../src/data/reconcile';
import { csvText, type Cell } from '../src/export/csv';
import { collectInputs } from './import/files';
import { matchBody, relabel } from '../src/library/bodies';
import { runPool } from './import/pool';
import {
  CELL_HEADER,
  CHECK_HEADER,
  cellRows,
  checkRows,
  SUMMARY_HEADER,
  summaryRow,
  type Outcome,
} from './import/tables';
import type { Job, JobResult } from './import/worker';
import { ordered } from './library/assemble';
import { buildTables, version } from './library/build';
import type { ReadReport } from './library/read';
import type { Body } from '../src/library/types';

/** The body a report is filed under: the registry's, or one named by the report itself. */
function bodyOf(d: Dataset): Body {
  const known = d.meta.body && BODIES.find((b) => b.id === d.meta.body?.id);
  if (known) return known;
  const id = d.meta.body?.id ?? d.meta.id.replace(/-\d{4}(-\d+)?$/, '');
  return { id, name: d.meta.body?.name ?? d.meta.publisher, region: d.meta.region };
}

/**
 * `npm run import -- <files or folders…> [--from <list>] --out <dir> [--jobs N] [--partial] [--tables]`:
 * imports every report found (folders walked, .zip opened) on a pool of worker
 * threads and writes, in <dir>, a dataset JSON and its text per report and
 * cells.csv, checks.csv and summary.csv. With --tables, also the open tables of
 * the reports imported (<dir>/tables/: Parquet, CSV, datapackage.json, as
 * `npm run data` writes the library's), for `npm run tables:merge` to join the
 * shards of a batch. Exits 1 when a file was refused; failing checks are
 * findings about a report, not errors.
 */

const USAGE =
  'usage: npm run import -- <files or folders…> [--from <list file>] --out <dir> [--jobs N] [--partial] [--tables]';

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function parseArgs(argv: readonly string[]) {
  const inputs: string[] = [];
  let out: string | undefined;
  let jobs = Math.max(1, availableParallelism() - 1);
  let partial = false;
  let tables = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--out') out = argv[++i] ?? usage('--out needs a folder.');
    else if (a === '--jobs') {
      jobs = Number(argv[++i]);
      if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) usage('--jobs needs a whole number from 1 to 64.');
    } else if (a === '--partial') partial = true;
    else if (a === '--tables') tables = true;
    else if (a === '--from') {
      // A shard of a batch: one path per line (a list cut with split(1)), so no command line grows too long.
      const list = argv[++i] ?? usage('--from needs a file listing the reports, one per line.');
      if (!existsSync(list)) usage(`No list file ${list}.`);
      inputs.push(
        ...readFileSync(list, 'utf8')
          .split(/\r?\n/)
          .filter((l) => l.trim() !== ''),
      );
    } else if (a.startsWith('--')) usage(`Unknown option ${a}.`);
    else inputs.push(a);
  }
  if (inputs.length === 0) usage('Name the reports or folders to import.');
  if (!out) usage('Name the folder to write to with --out.');
  return { inputs, out: resolve(out), jobs, partial, tables };
}

/** The dataset under an id no earlier report of this run took (the same body and year twice: -2, -3 …). */
function uniqueId(d: Dataset, taken: Set<string>): Dataset {
  let id = d.meta.id;
  for (let n = 2; taken.has(id); n++) id = `${d.meta.id}-${n}`;
  taken.add(id);
  if (id === d.meta.id) return d;
  return {
    ...d,
    meta: { ...d.meta, id, ...(d.meta.source ? { source: { ...d.meta.source, file: `${id}.txt` } } : {}) },
  };
}

const args = parseArgs(process.argv.slice(2));
const inputs = collectInputs(args.inputs);
mkdirSync(args.out, { recursive: true });

const outcomes: (Outcome | undefined)[] = [];
const jobs: Job[] = [];
const seen = new Map<string, string>();
inputs.forEach((input, index) => {
  if ('refused' in input) {
    outcomes[index] = { file: input.name, result: 'refused', reason: input.refused };
    return;
  }
  const hash = createHash('sha256').update(input.bytes).digest('hex');
  const first = seen.get(hash);
  if (first !== undefined) {
    outcomes[index] = { file: input.name, result: 'duplicate', reason: `the same bytes as ${first}`, sameAs: first };
    return;
  }
  seen.set(hash, input.name);
  jobs.push({ index, name: input.name, bytes: input.bytes, partial: args.partial });
});

const taken = new Set<string>();
const texts = new Map<number, string>();
let done = 0;
const total = inputs.length;
const line = (o: Outcome) => {
  done += 1;
  const at = `[${done}/${total}] ${o.file}: `;
  if (o.result === 'refused' || o.result === 'duplicate') return console.log(`${at}${o.result}: ${o.reason}`);
  const d = o.dataset;
  const failing = reconcile(d).filter((r) => r.verdict === 'fails').length;
  console.log(
    `${at}${o.result} as ${o.reportId} (${d.meta.format ?? 'free'} format, ${d.facts.length} figures` +
      `${failing ? `, ${failing} failing check${failing > 1 ? 's' : ''}` : ''})` +
      (o.suggested ? `; body to confirm: ${o.suggested.note}` : ''),
  );
};
for (const o of outcomes) if (o) line(o);

await runPool(jobs, args.jobs, (r: JobResult) => {
  const file = (inputs[r.index] as { name: string }).name;
  let o: Outcome;
  if (!r.ok) o = { file, result: 'refused', reason: r.message };
  else {
    const match = matchBody(BODIES, r.dataset);
    const named = match?.how === 'name' && r.dataset.meta.year ? relabel(r.dataset, match.body) : r.dataset;
    const dataset = uniqueId(named, taken);
    texts.set(r.index, r.text);
    o = {
      file,
      result: r.partly ? 'partly read' : 'imported',
      reportId: dataset.meta.id,
      dataset,
      warnings: r.warnings,
      ...(match?.how === 'ocr'
        ? {
            suggested: {
              id: match.body.id,
              note: `the title names ${match.written}, which differs from ${match.body.name['zh-Hans']} (${match.body.id}) only in characters OCR confuses: a misreading?`,
            },
          }
        : {}),
    };
  }
  outcomes[r.index] = o;
  line(o);
});

const all = outcomes.filter((o): o is Outcome => o !== undefined);
const cells: Cell[][] = [[...CELL_HEADER]];
const checks: Cell[][] = [[...CHECK_HEADER]];
all.forEach((o, i) => {
  if (o.result !== 'imported' && o.result !== 'partly read') return;
  const d = o.dataset;
  writeFileSync(join(args.out, `${o.reportId}.json`), `${JSON.stringify(d, null, 1)}\n`);
  writeFileSync(join(args.out, d.meta.source?.file ?? `${o.reportId}.txt`), texts.get(i) ?? '');
  cells.push(...cellRows(o.reportId, d));
  checks.push(...checkRows(o.reportId, d));
});
const bom = '\uFEFF';
writeFileSync(join(args.out, 'cells.csv'), bom + csvText(cells));
writeFileSync(join(args.out, 'checks.csv'), bom + csvText(checks));
writeFileSync(join(args.out, 'summary.csv'), bom + csvText([[...SUMMARY_HEADER], ...all.map(summaryRow)]));

if (args.tables) {
  const read: ReadReport[] = [];
  const bodies = new Map<string, Body>();
  all.forEach((o, i) => {
    if (o.result !== 'imported' && o.result !== 'partly read') return;
    const body = bodyOf(o.dataset);
    if (!bodies.has(body.id)) bodies.set(body.id, body);
    read.push({
      id: o.reportId,
      body: bodies.get(body.id) ?? body,
      dataset: o.dataset,
      text: texts.get(i) ?? '',
      data: `${o.reportId}.json`,
      source: { note: o.file },
    });
  });
  // The tables sit in <out>/tables/, beside the datasets they name.
  await buildTables(
    ordered(read, [...bodies.values()]),
    join(args.out, 'tables'),
    version(),
    [...bodies.values()],
    (rel) => `../${rel}`,
  );
}

const count = (r: Outcome['result']) => all.filter((o) => o.result === r).length;
const failing = all.flatMap((o) =>
  o.result === 'imported' || o.result === 'partly read'
    ? reconcile(o.dataset)
        .filter((r) => r.verdict === 'fails')
        .map(
          (r) =>
            `  ${o.reportId} ${r.relation.id}: stated ${r.stated}, computed ${r.computed} (difference ${r.difference})`,
        )
    : [],
);
console.log(
  `\n${all.length} file${all.length === 1 ? '' : 's'}: ${count('imported')} imported, ${count('partly read')} partly read, ` +
    `${count('duplicate')} duplicate, ${count('refused')} refused; ${failing.length} failing check${failing.length === 1 ? '' : 's'}` +
    ` (jobs: ${args.jobs}); written to ${args.out}`,
);
if (failing.length) console.log(`Failing checks:\n${failing.join('\n')}`);
process.exit(count('refused') > 0 ? 1 : 0);

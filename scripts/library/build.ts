import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BODIES, REPORTS } from '../../reports/library';
import type { Body } from '../../src/library/types';
import { assemble, ordered } from './assemble';
import { datapackage, type Version } from './datapackage';
import { writeTables, type Counts } from './duck';
import { readReport, type ReadReport } from './read';
import { tableRows } from '../../src/library/tableRows';

/**
 * `npm run data` (after the Luzhou dataset): imports every report listed in
 * reports/library.ts and writes public/data/library/ (each dataset and its
 * text) and the open tables in public/data/tables/ (cells, reports, bodies, checks as Parquet and
 * CSV, written by DuckDB, and datapackage.json). A report that does not import
 * whole stops the build with the importer's message. Optional arguments write to
 * other folders (the library's, then the tables').
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
export const DIRS = { reports: join(root, 'reports'), publicData: join(root, 'public/data') };

/** Every listed report, imported, in the library's order. */
export async function readLibrary(dirs = DIRS): Promise<ReadReport[]> {
  const read = [];
  // One at a time: the order of the messages, and of pdf.js's work, stays the same.
  for (const r of REPORTS) read.push(await readReport(r, BODIES, dirs));
  return ordered(read, BODIES);
}

/** The library's datasets and texts, and the reference summaries the tests compare the tables with (assemble.ts). */
export async function buildLibrary(dirs = DIRS): Promise<Map<string, string>> {
  return assemble(await readLibrary(dirs), BODIES, { reference: true });
}

/** The tables and their datapackage.json, from the reports read (`where`: see tableRows). */
export async function buildTables(
  read: readonly ReadReport[],
  out: string,
  version: Version,
  bodies: readonly Body[] = BODIES,
  where?: (rel: string) => string,
): Promise<void> {
  const counts = await writeTables(out, tableRows(read, bodies, where));
  writeDatapackage(out, version, counts);
}

export function writeDatapackage(out: string, version: Version, counts: Counts): void {
  writeFileSync(join(out, 'datapackage.json'), `${JSON.stringify(datapackage(out, version, counts), null, 2)}\n`);
}

/** The build's version: today and the commit it is built from ("-modified" when the tree has changes). */
export function version(): Version {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  let commit = 'unknown';
  try {
    commit = git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain') ? '-modified' : '');
  } catch {
    // Not a git checkout (a tarball): the date alone.
  }
  return { date: new Date().toISOString().slice(0, 10), commit };
}

/** Writes the files and removes those a previous build wrote that this one did not. */
export function writeLibrary(out: string, files: ReadonlyMap<string, string>): void {
  for (const dir of ['', 'bodies', 'years']) {
    if (!existsSync(join(out, dir))) continue;
    for (const name of readdirSync(join(out, dir))) {
      const rel = dir ? `${dir}/${name}` : name;
      if (/\.(json|txt)$/.test(name) && !files.has(rel)) rmSync(join(out, rel));
    }
  }
  for (const [rel, content] of files) {
    mkdirSync(dirname(join(out, rel)), { recursive: true });
    writeFileSync(join(out, rel), content);
  }
}

async function main() {
  const started = performance.now();
  const out = resolve(process.argv[2] ?? join(DIRS.publicData, 'library'));
  const tables = resolve(process.argv[3] ?? join(DIRS.publicData, 'tables'));
  const at = version();
  const read = await readLibrary();
  const files = assemble(read, BODIES);
  writeLibrary(out, files);
  await buildTables(read, tables, at);
  const reports = [...files.keys()].filter((f) => f.endsWith('.json'));
  const ms = Math.round(performance.now() - started);
  console.log(
    `wrote ${files.size} files to ${out} (${reports.length} imported reports) and the tables to ${tables} in ${ms} ms`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });

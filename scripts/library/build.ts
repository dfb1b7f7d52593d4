import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BODIES, REPORTS } from '../../reports/library';
import { assemble } from './assemble';
import { readReport } from './read';

/**
 * `npm run data` (after the Luzhou dataset): imports every report listed in
 * reports/library.ts and writes public/data/library/ — each dataset and its
 * text, catalogue.json, bodies/<body>.json, years/<year>.json. A report that
 * does not import whole stops the build with the importer's message. An
 * optional argument writes to another folder (the determinism test).
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
export const DIRS = { reports: join(root, 'reports'), publicData: join(root, 'public/data') };

export async function buildLibrary(dirs = DIRS): Promise<Map<string, string>> {
  const read = [];
  // One at a time: the order of the messages, and of pdf.js's work, stays the same.
  for (const r of REPORTS) read.push(await readReport(r, BODIES, dirs));
  return assemble(read, BODIES);
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
  const files = await buildLibrary();
  writeLibrary(out, files);
  const reports = [...files.keys()].filter((f) => f.endsWith('.json') && !f.includes('/') && f !== 'catalogue.json');
  const ms = Math.round(performance.now() - started);
  console.log(`wrote ${files.size} files to ${out} (${reports.length} imported reports) in ${ms} ms`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });

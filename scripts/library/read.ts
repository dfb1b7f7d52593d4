import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDataset } from '../../src/data/parse';
import type { Dataset } from '../../src/data/schema';
import { importReport } from '../../src/import';
import type { Body } from '../../src/library/types';
import type { LibraryReport, Source } from '../../reports/library';
import { relabel } from '../../src/library/bodies';

/**
 * Reads every listed report: imports a report file with the importer (strict:
 * a report it cannot read whole stops the build with the importer's message),
 * or loads a hand-built dataset. An imported dataset is renamed after its body
 * from the list (id <body>-<year>, body, region, publisher, English title).
 */

export interface ReadReport {
  id: string;
  body: Body;
  dataset: Dataset;
  /** The report's text, written beside an imported dataset; absent for a hand-built one (it has its own). */
  text?: string;
  /** The dataset JSON, relative to the catalogue. */
  data: string;
  /** Where it was published or found (tests may leave it out). */
  source?: Source;
}

function bodyOf(bodies: readonly Body[], r: LibraryReport): Body {
  const body = bodies.find((b) => b.id === r.body);
  if (!body) throw new Error(`${'file' in r ? r.file : r.dataset}: body "${r.body}" is not in the list of bodies`);
  return body;
}

export async function readReport(
  r: LibraryReport,
  bodies: readonly Body[],
  dirs: { reports: string; publicData: string },
): Promise<ReadReport> {
  const body = bodyOf(bodies, r);
  if ('dataset' in r) {
    const parsed = parseDataset(JSON.parse(readFileSync(join(dirs.publicData, r.dataset), 'utf8')));
    if (!parsed.ok) throw new Error(`${r.dataset}: ${parsed.errors[0]?.path}: ${parsed.errors[0]?.message}`);
    return { id: parsed.data.meta.id, body, dataset: parsed.data, data: `../${r.dataset}`, source: r.source };
  }
  const imported = await importReport(new Uint8Array(readFileSync(join(dirs.reports, r.file))), r.file);
  if (!imported.ok) throw new Error(`${r.file}: ${imported.message}`);
  const dataset = relabel(imported.value.dataset, body, r.title);
  return {
    id: dataset.meta.id,
    body,
    dataset,
    text: imported.value.text,
    data: `${dataset.meta.id}.json`,
    source: r.source,
  };
}

import { strFromU8, strToU8, zipSync } from 'fflate';
import { z } from 'zod';
import { Id, L10n } from '../data/schema';
import { enImport } from '../i18n/en-import';
import type { NoteId } from '../import/notes';
import { Body } from '../library/types';
import { buildFrom, type MyReport, type Stored } from './record';

/**
 * My reports as one file to take to another machine: a ZIP of each report's
 * dataset (datasets/<id>.json) and text (texts/<id>.txt) with manifest.json
 * saying what each is. Opened again, every dataset passes the schema and its
 * summary and checks are computed afresh: nothing in the file is taken on trust.
 */

export const COLLECTION_FORMAT = 'disclosure-dashboard/my-reports';

const NoteShape = z.strictObject({
  id: z.enum(Object.keys(enImport) as [NoteId, ...NoteId[]]),
  params: z.record(z.string().max(40), z.union([z.string().max(2000), z.number(), L10n])).optional(),
});

const Entry = z.strictObject({
  id: Id,
  file: z.string().max(1000),
  sha: z.string().regex(/^[0-9a-f]{64}$/),
  added: z.number().int().nonnegative(),
  readAs: z.enum(['page', 'pdf', 'word', 'text', 'ocr']),
  partly: z.boolean(),
  known: z.boolean(),
  suggested: z
    .strictObject({ body: Id, written: z.string().max(200), how: z.enum(['ocr', 'text']).optional() })
    .optional(),
  body: Body,
  // An importer note as a message id (import/notes.ts), or English text from before notes had ids.
  warnings: z.array(z.union([z.string().max(2000), NoteShape])).max(5000),
});

const Manifest = z.strictObject({
  format: z.literal(COLLECTION_FORMAT),
  version: z.literal(1),
  exported: z.string(),
  reports: z.array(Entry).max(100_000),
});

const datasetPath = (id: string) => `datasets/${id}.json`;
const textPath = (id: string) => `texts/${id}.txt`;

export function collectionZip(stored: readonly Stored[], exported: Date): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const reports = stored.map(({ report: r, data }) => {
    files[datasetPath(r.id)] = strToU8(`${JSON.stringify(data.dataset)}\n`);
    files[textPath(r.id)] = strToU8(data.text);
    return {
      id: r.id,
      file: r.file,
      sha: r.sha,
      added: r.added,
      readAs: r.readAs,
      partly: r.partly,
      known: r.known,
      ...(r.suggested ? { suggested: r.suggested } : {}),
      body: r.body,
      warnings: data.warnings,
    };
  });
  const manifest = { format: COLLECTION_FORMAT, version: 1, exported: exported.toISOString(), reports };
  files['manifest.json'] = strToU8(`${JSON.stringify(manifest, null, 1)}\n`);
  return zipSync(files, { level: 6 });
}

/** A collection's reports, each to restore on its own (one broken dataset never stops the others). */
export type Restorable = { name: string; size: number; restore: () => Promise<Stored> };

/** The archive's files are a collection when its manifest.json says so; undefined otherwise. */
export function readCollection(archive: string, files: ReadonlyMap<string, Uint8Array>): Restorable[] | undefined {
  const manifestBytes = files.get('manifest.json');
  if (!manifestBytes) return undefined;
  let manifest: z.infer<typeof Manifest>;
  try {
    const parsed = Manifest.safeParse(JSON.parse(strFromU8(manifestBytes)));
    if (!parsed.success) return undefined;
    manifest = parsed.data;
  } catch {
    return undefined;
  }
  return manifest.reports.map((entry) => {
    const dataset = files.get(datasetPath(entry.id));
    const text = files.get(textPath(entry.id));
    return {
      name: `${archive}/${entry.file}`,
      size: (dataset?.byteLength ?? 0) + (text?.byteLength ?? 0),
      restore: async () => {
        if (!dataset || !text) throw new Error(`${datasetPath(entry.id)} or ${textPath(entry.id)} is missing`);
        const { parseDataset } = await import('../data/parse');
        const parsed = parseDataset(JSON.parse(strFromU8(dataset)));
        if (!parsed.ok)
          throw new Error(`${datasetPath(entry.id)}: ${parsed.errors[0]?.path}: ${parsed.errors[0]?.message}`);
        const { warnings, ...report } = entry;
        const base: Omit<MyReport, 'entry' | 'summary'> = { ...report, added: entry.added };
        return buildFrom(base, { id: entry.id, dataset: parsed.data, text: strFromU8(text), warnings });
      },
    };
  });
}

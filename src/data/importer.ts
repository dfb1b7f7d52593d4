import type { StoredNote } from '../import/notes';
import { askWorker } from './askWorker';
import { DatasetLoadError } from './loadError';
import type { Result } from '../import/doc';
import type { Dataset } from './schema';

/** A report imported in the browser: its dataset, the text its quotes point into, and what the importer noted. */
export interface ImportedReport {
  dataset: Dataset;
  text: string;
  warnings: StoredNote[];
}

type WorkerAnswer = Result<{ dataset: Dataset; text: string }>;

/**
 * Runs the importer in a module worker (so pdf.js and the table reader load in
 * their own chunks, and only when needed) and returns its dataset, or throws a
 * load error carrying the importer's own message.
 */
export async function importInWorker(bytes: ArrayBuffer, name: string, partial: boolean): Promise<ImportedReport> {
  const answer = await askWorker<WorkerAnswer>(
    new Worker(new URL('../import/import.worker.ts', import.meta.url), { type: 'module' }),
    // Copied, not transferred: the store keeps the bytes for a retry that reads what it can.
    { bytes: bytes.slice(0), name, partial },
    (m) => new DatasetLoadError('import', m || 'the importer failed to start'),
  );
  if (!answer.ok)
    throw new DatasetLoadError('import', answer.message, {
      url: name,
      ...(answer.format ? { format: answer.format } : {}),
      ...(answer.note ? { note: answer.note } : {}),
      ...(answer.details ? { details: answer.details } : {}),
    });
  return { ...answer.value, warnings: answer.warnings };
}

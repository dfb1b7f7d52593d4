import type { Dataset } from '../data/schema';
import { buildDataset } from './dataset';
import { decodeText, sniff, unreadableFormat } from './decode';
import type { Doc, Result } from './doc';
import { htmlToDoc, pageDate } from './html';
import { textToDoc } from './text';
import { note, refuse } from './notes';

/**
 * The importer's one entry point, shared by the web worker and the command
 * line: a report's bytes as published (web page, PDF, Word, text or Markdown) -> a
 * validated dataset and the canonical text its quotes point into.
 */

export interface ImportRequest {
  /** Name of the text file written beside the JSON (meta.source.file). */
  textFile?: string;
  /** Import what was understood even when some table rows were not (they are listed in the warnings). */
  partial?: boolean;
}

export interface Imported {
  dataset: Dataset;
  text: string;
}

async function toDoc(bytes: Uint8Array, fileName: string): Promise<Result<{ doc: Doc; published?: string }>> {
  const unreadable = unreadableFormat(bytes, fileName);
  if (unreadable) return { ok: false, ...unreadable };
  const kind = sniff(bytes, fileName);
  if (kind === 'docx') {
    // mammoth is loaded only when a Word document comes.
    const { decodeDocx } = await import('./docx');
    const doc = await decodeDocx(bytes);
    return doc.ok ? { ok: true, value: { doc: doc.value }, warnings: doc.warnings } : doc;
  }
  if (kind === 'pdf') {
    // pdf.js is large: it loads only when a PDF comes.
    const { decodePdf } = await import('./pdf');
    const doc = await decodePdf(bytes);
    return doc.ok ? { ok: true, value: { doc: doc.value }, warnings: doc.warnings } : doc;
  }
  const text = decodeText(bytes, kind);
  if (!text.ok) return text;
  if (kind === 'text') return { ok: true, value: { doc: textToDoc(text.value) }, warnings: text.warnings };
  const doc = htmlToDoc(text.value);
  if (!doc.ok) return doc;
  const published = pageDate(text.value);
  return {
    ok: true,
    value: { doc: doc.value, ...(published ? { published } : {}) },
    warnings: [...text.warnings, ...doc.warnings],
  };
}

export async function importReport(
  bytes: Uint8Array,
  fileName: string,
  request: ImportRequest = {},
): Promise<Result<Imported>> {
  const decoded = await toDoc(bytes, fileName);
  if (!decoded.ok) return decoded;
  const { doc, published } = decoded.value;
  if (doc.text.trim() === '') return refuse(note('importer.refuse.noText'));
  const built = buildDataset(doc, { fileName, ...request, ...(published ? { published } : {}) });
  return built.ok ? { ...built, warnings: [...decoded.warnings, ...built.warnings] } : built;
}

export { buildDataset, type ImportOptions } from './dataset';
export type { Doc, Result } from './doc';

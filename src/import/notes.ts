import type { L10n } from '../data/schema';
import { enImport } from '../i18n/en-import';
import { makeTranslate, type Messages } from '../i18n/messages';
import { sectionEn } from './english';

/**
 * What the importer says about a file (a note, or why it refused the file) as
 * a message id with its parameters, so every reader gets it in their language
 * (i18n/noteText.ts) and the command line in English. A `section` parameter is
 * the report's own path (三（七）); a parameter in three languages is an L10n.
 */

export type NoteId = keyof typeof enImport;
export type NoteParam = string | number | L10n;
export interface Note {
  id: NoteId;
  params?: Record<string, NoteParam>;
}

/** As kept in IndexedDB and collections: a report imported before notes had ids has English text. */
export type StoredNote = Note | string;

export const note = (id: NoteId, params?: Record<string, NoteParam>): Note => (params ? { id, params } : { id });

/** A row's cells as printed, for a note that names where the importer stopped. */
export const cellsText = (cells: readonly { text: string }[]): string =>
  cells
    .map((c) => c.text || '（空）')
    .join(' | ')
    .slice(0, 300);

/** A label as printed, shortened for a message. */
export const short = (s: string): string => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

const english = makeTranslate(enImport as unknown as Messages);

/** The note in English, as the command line and a log print it; a note stored before ids is its own text. */
export function noteEnglish(n: Note | string): string {
  if (typeof n === 'string') return n;
  const params = Object.fromEntries(
    Object.entries(n.params ?? {}).map(([k, v]) => [
      k,
      typeof v === 'object' ? v.en : k === 'section' && typeof v === 'string' ? sectionEn(v) : v,
    ]),
  );
  return english(n.id, params);
}

/** A refusal: its note, the English words for the command line, and the notes it stopped at. */
export function refuse(
  n: Note,
  details?: readonly Note[],
): { ok: false; message: string; note: Note; details?: Note[] } {
  const more = (details?.length ?? 0) > 3 ? [`(and ${(details?.length ?? 0) - 3} more)`] : [];
  const message = [noteEnglish(n), ...(details ?? []).slice(0, 3).map(noteEnglish), ...more].join(' ');
  return { ok: false, message, note: n, ...(details?.length ? { details: [...details] } : {}) };
}

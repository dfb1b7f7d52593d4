import { BodyFile, Catalogue, YearFile } from './types';

const schemas = { catalogue: Catalogue, body: BodyFile, year: YearFile };
export type LibraryFileKind = keyof typeof schemas;

export type LibraryParse<T = unknown> = { ok: true; data: T } | { ok: false; message: string };

/** JSON text of one of the library's files, parsed and validated; a failure as its message. */
export function parseLibraryFile(kind: LibraryFileKind, text: string): LibraryParse {
  try {
    return { ok: true, data: schemas[kind].parse(JSON.parse(text)) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

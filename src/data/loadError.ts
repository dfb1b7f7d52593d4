import type { FormatRefusal } from '../import/doc';
import type { Note } from '../import/notes';
import type { SchemaError } from './parse';

/** Why a report could not be shown, with what the reader needs to know (URL, status, schema errors). */
export type LoadErrorKind =
  | 'not-found'
  | 'http'
  | 'network'
  | 'json'
  | 'schema'
  | 'empty'
  | 'too-large'
  | 'cancelled'
  | 'foreign'
  | 'local-gone'
  /** `mine:<id>` names a report this browser does not keep (removed, or kept in another browser). */
  | 'mine-gone'
  /** A report file the importer could not read; the message says what was not understood. */
  | 'import';

export class DatasetLoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    message: string,
    readonly detail: {
      url?: string;
      status?: number;
      errors?: SchemaError[];
      max?: number;
      format?: FormatRefusal;
      /** The importer's refusal as a message id (and the rows it stopped at), said in the reader's language. */
      note?: Note;
      details?: Note[];
    } = {},
  ) {
    super(message);
    this.name = 'DatasetLoadError';
  }
}

import type { Note } from './notes';
/**
 * The importer's middle: a report as a canonical text plus blocks that point
 * into it. Every decoder (HTML, PDF, text/Markdown) produces a `Doc`; every
 * later step (sections, tables, drafted figures, the dataset) reads only a `Doc`,
 * so the browser worker and the command line run the same code.
 *
 * The canonical text is what a dataset's quotes point into (it ships beside the
 * JSON as the report text): headings and paragraphs one per line, a table one row
 * per line with its cells joined by a tab, an empty cell as nothing between tabs.
 */

export interface Span {
  /** Offsets into `Doc.text`, end exclusive. */
  start: number;
  end: number;
  /** 1-based page, for PDF input. */
  page?: number;
}

export interface Cell extends Span {
  /** The cell's text as written (whitespace collapsed), '' for an empty cell. */
  text: string;
  rowSpan: number;
  colSpan: number;
}

export type Block =
  | (Span & { kind: 'heading' | 'paragraph' })
  /** rows[r] holds the cells that start in row r, left to right (as in HTML markup). */
  | (Span & { kind: 'table'; rows: Cell[][] });

export interface Doc {
  text: string;
  blocks: Block[];
  /** Where it came from. */
  from: 'html' | 'pdf' | 'text' | 'docx';
  /** The document's own title when it has one (HTML <title>, PDF metadata). */
  title?: string;
}

/** Parsers return a result instead of throwing; `message` names what was not understood. */
/** A file of a format the importer cannot read, for a message in the reader's language. */
export type FormatRefusal =
  | { code: 'save'; what: 'doc' | 'wps' | 'xls' | 'xlsx' | 'ppt' | 'pptx' | 'rtf' }
  | { code: 'ofd' | 'zip' }
  | { code: 'image'; image: string };

export type Result<T> =
  | { ok: true; value: T; warnings: Note[] }
  | {
      ok: false;
      /** In English, for the command line and logs; `note` says it in the reader's language. */
      message: string;
      note?: Note;
      /** Where it stopped: the rows it could not read, with their values. */
      details?: Note[];
      format?: FormatRefusal;
    };

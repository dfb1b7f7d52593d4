import { note, refuse } from './notes';
import mammoth from 'mammoth';
import type { Doc, Result } from './doc';
import { htmlToDoc } from './html';

/**
 * A Word document (.docx) read like a web page: mammoth turns it into plain
 * HTML (tables with their merged cells as colspan and rowspan), and the page
 * reader takes it from there, so every table cell gets the same id as on a page.
 * mammoth is loaded only when a .docx comes.
 */
export async function decodeDocx(bytes: Uint8Array): Promise<Result<Doc>> {
  let html: string;
  try {
    // Node's mammoth reads `buffer`, the browser build `arrayBuffer`.
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const input = { arrayBuffer, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer };
    html = (await mammoth.convertToHtml(input, { ignoreEmptyParagraphs: false })).value;
  } catch (e) {
    return refuse(note('importer.refuse.docx', { error: e instanceof Error ? e.message : String(e) }));
  }
  return htmlToDoc(`<!doctype html><html><body>${html}</body></html>`, 'docx');
}

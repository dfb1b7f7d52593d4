import type { Doc, Result } from './doc';
import { toDoc } from './pdf-doc';
import { layout } from './pdf-flow';
import { loadPdfjs, readPage, type Loaded } from './pdf-load';
import type { PageInput } from './pdf-types';

/**
 * A PDF with a text layer to a Doc. pdf.js gives positioned text and the page's
 * drawing operators; lines, paragraphs, headings and ruled tables are rebuilt
 * from those (pdf-flow.ts). A PDF without text (a scan) is refused, not guessed at.
 */

const NO_TEXT =
  'This PDF has no text layer (it looks like a scan or images of pages): run OCR on it first, then import the result.';

function openError(e: unknown): string {
  const name = e instanceof Error ? e.name : '';
  const detail = e instanceof Error ? e.message : String(e);
  if (name === 'PasswordException')
    return 'This PDF is encrypted with a password; save an unprotected copy and import that.';
  if (name === 'InvalidPDFException') return `This file is not a readable PDF (corrupt or truncated): ${detail}`;
  return `This PDF could not be opened: ${detail}`;
}

async function readAll(
  { pdfjs, options }: Loaded,
  bytes: Uint8Array,
): Promise<Result<{ pages: PageInput[]; title?: string }>> {
  const task = pdfjs.getDocument({
    ...options,
    // pdf.js takes ownership of the buffer it is given; the caller keeps theirs.
    data: bytes.slice(),
    isEvalSupported: false, // the app's CSP forbids eval
    disableFontFace: true, // text and geometry only: no fonts are installed
    useSystemFonts: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (e) {
    await task.destroy();
    return { ok: false, message: openError(e) };
  }
  try {
    const pages: PageInput[] = [];
    for (let n = 1; n <= pdf.numPages; n++) pages.push(await readPage(pdfjs, await pdf.getPage(n)));
    const info = (await pdf.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : undefined;
    return { ok: true, value: { pages, title }, warnings: [] };
  } catch (e) {
    return { ok: false, message: `This PDF could not be read: ${e instanceof Error ? e.message : String(e)}` };
  } finally {
    await task.destroy();
  }
}

export async function decodePdf(bytes: Uint8Array): Promise<Result<Doc>> {
  let loaded: Loaded;
  try {
    loaded = await loadPdfjs();
  } catch (e) {
    return { ok: false, message: `The PDF reader could not be loaded: ${e instanceof Error ? e.message : String(e)}` };
  }
  const read = await readAll(loaded, bytes);
  if (!read.ok) return read;
  const { pages, title } = read.value;
  const empty = pages.filter((p) => p.runs.length === 0).map((p) => p.page);
  if (empty.length === pages.length) return { ok: false, message: NO_TEXT };
  const warnings = empty.length
    ? [
        `Page${empty.length > 1 ? 's' : ''} ${empty.join(', ')} of ${pages.length} ha${empty.length > 1 ? 've' : 's'} no text layer (scanned?); their content is missing.`,
      ]
    : [];
  try {
    return { ok: true, value: toDoc(layout(pages), title), warnings };
  } catch (e) {
    // A layout bug must not take the importer down with it.
    return { ok: false, message: `This PDF's layout could not be read: ${e instanceof Error ? e.message : String(e)}` };
  }
}

import { note, refuse, type Note } from './notes';
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

const errorOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

function openError(e: unknown): Note {
  const name = e instanceof Error ? e.name : '';
  if (name === 'PasswordException') return note('importer.refuse.pdfPassword');
  if (name === 'InvalidPDFException') return note('importer.refuse.pdfCorrupt', { error: errorOf(e) });
  return note('importer.refuse.pdfOpen', { error: errorOf(e) });
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
    return refuse(openError(e));
  }
  try {
    const pages: PageInput[] = [];
    for (let n = 1; n <= pdf.numPages; n++) pages.push(await readPage(pdfjs, await pdf.getPage(n)));
    const info = (await pdf.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : undefined;
    return { ok: true, value: { pages, title }, warnings: [] };
  } catch (e) {
    return refuse(note('importer.refuse.pdfRead', { error: errorOf(e) }));
  } finally {
    await task.destroy();
  }
}

export async function decodePdf(bytes: Uint8Array): Promise<Result<Doc>> {
  let loaded: Loaded;
  try {
    loaded = await loadPdfjs();
  } catch (e) {
    return refuse(note('importer.refuse.pdfReader', { error: errorOf(e) }));
  }
  const read = await readAll(loaded, bytes);
  if (!read.ok) return read;
  const { pages, title } = read.value;
  const empty = pages.filter((p) => p.runs.length === 0).map((p) => p.page);
  if (empty.length === pages.length) return refuse(note('importer.refuse.pdfNoText'));
  const warnings = empty.length
    ? [note('importer.pagesNoText', { n: empty.length, pages: empty.join(', '), total: pages.length })]
    : [];
  try {
    return { ok: true, value: toDoc(layout(pages), title), warnings };
  } catch (e) {
    // A layout bug must not take the importer down with it.
    return refuse(note('importer.refuse.pdfLayout', { error: errorOf(e) }));
  }
}

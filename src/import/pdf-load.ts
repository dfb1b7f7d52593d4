import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readOps } from './pdf-ops';
import { mul, toMatrix } from './pdf-paths';
import type { PageInput, Run } from './pdf-types';

/**
 * pdf.js, loaded on first use so it never weighs on the app's first paint, and
 * one page read into plain geometry.
 *
 * The legacy build runs on Node 20 (the modern one needs Promise.withResolvers)
 * and in browsers alike. Its worker: in Node (CLI, vitest) pdf.js runs it in the
 * same thread by itself (a "fake worker"). Where `Worker` exists (a browser page
 * or the importer's web worker) the worker script is a Vite asset, started here
 * and handed to pdf.js as its port. pdf.js cannot start it itself from inside a
 * web worker (it reads `window.location`), and running its worker module in our
 * web worker instead would make it answer on that worker's own port.
 * The CMaps (pdf-cmaps.ts) load with it, lazily too.
 */

export type PdfJs = typeof PdfJsModule;

export interface Loaded {
  pdfjs: PdfJs;
  /** getDocument options that depend on where it runs (the CMaps). */
  options: Record<string, unknown>;
}

let loading: Promise<Loaded> | undefined;

export function loadPdfjs(): Promise<Loaded> {
  loading ??= (async () => {
    const [pdfjs, { cmapOptions }] = await Promise.all([
      import('pdfjs-dist/legacy/build/pdf.mjs'),
      import('./pdf-cmaps'),
    ]);
    if (typeof Worker !== 'undefined' && !pdfjs.GlobalWorkerOptions.workerPort) {
      const { default: url } = await import('pdfjs-dist/legacy/build/pdf.worker.min.mjs?url');
      pdfjs.GlobalWorkerOptions.workerPort = new Worker(url, { type: 'module' });
    }
    return { pdfjs, options: cmapOptions() };
  })().catch((e: unknown) => {
    loading = undefined; // a failed chunk load may succeed on the next try
    throw e;
  });
  return loading;
}

/** The part of pdf.js's TextItem used here (its type is not exported from the package root). */
interface Item {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

/** One text item as a run in page space (y down). */
function toRun(item: Item, vt: ReturnType<typeof toMatrix>): Run {
  // The item's matrix in page space: text space -> PDF space -> page space.
  const [a, b, c, d, left, base] = mul(toMatrix(item.transform), vt);
  const size = Math.hypot(c, d) || Math.hypot(a, b);
  const right = left + item.width * Math.hypot(vt[0], vt[1]);
  return { str: item.str, size, base, vertical: false, left, right, top: base - 0.8 * size, bottom: base + 0.2 * size };
}

export async function readPage(pdfjs: PdfJs, page: PDFPageProxy): Promise<PageInput> {
  const viewport = page.getViewport({ scale: 1 });
  const vt = toMatrix(viewport.transform);
  const content = await page.getTextContent();
  const items: Item[] = content.items.filter((it) => 'str' in it);
  const vertical = new Set(Object.keys(content.styles).filter((k) => content.styles[k]?.vertical));
  const base = { page: page.pageNumber, width: viewport.width, height: viewport.height };
  // A page without text needs no operator list (which would decode a scan's images for nothing).
  if (!items.some((it) => it.str.trim())) return { ...base, runs: [], rules: [] };
  const list = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
  const ops = readOps(list.fnArray, list.argsArray, pdfjs.OPS, vt, vertical);
  const runs = items.filter((it) => it.str.trim() && !vertical.has(it.fontName)).map((it) => toRun(it, vt));
  return { ...base, runs: [...runs, ...ops.vertical], rules: ops.rules };
}

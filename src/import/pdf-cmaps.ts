/**
 * The CMaps that ship with pdf.js (pdfjs-dist/cmaps). Chinese text set in a font
 * the PDF does not embed (STSong-Light with UniGB-UCS2-H, common in generated
 * reports) cannot be read without them: pdf.js would find no text, and the
 * importer would call a text PDF a scan. Node reads them from the package; a
 * browser build carries them as assets, each fetched only when a PDF names it.
 */

const DIR = '../../node_modules/pdfjs-dist/cmaps/';

/** The assets' URLs by path. Vite rewrites this call at build time; without Vite (tsx) it throws. */
function bundled(): Record<string, string> {
  try {
    // Not inlined as data: URLs, which the app's CSP (connect-src 'self') would not let fetch() read.
    return import.meta.glob<string>('../../node_modules/pdfjs-dist/cmaps/*.bcmap', {
      query: '?url&no-inline',
      import: 'default',
      eager: true,
    });
  } catch {
    return {};
  }
}

/** pdf.js's BinaryDataFactory interface, answering from the bundled assets. */
class BundledCMaps {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const url = kind === 'cMapUrl' ? bundled()[DIR + filename] : undefined;
    if (!url) throw new Error(`No bundled ${kind} data named ${filename}`);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${filename}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
}

/** getDocument options that give pdf.js its CMaps, in Node or in a browser. */
export function cmapOptions(): Record<string, unknown> {
  if (typeof process === 'object' && process.versions?.node) {
    const { createRequire } = process.getBuiltinModule('module');
    const pkg = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
    return { cMapUrl: pkg.replace(/package\.json$/, 'cmaps/'), cMapPacked: true };
  }
  // The URL is never fetched (the factory answers), but pdf.js wants one; useWorkerFetch
  // must be explicit, as its default reads `document`, which a web worker lacks.
  return { cMapUrl: 'bundled/', cMapPacked: true, BinaryDataFactory: BundledCMaps, useWorkerFetch: false };
}

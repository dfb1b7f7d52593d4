import type { Result } from './doc';

/**
 * Bytes -> string, and what kind of document they hold. Pages from Chinese
 * government sites are UTF-8 or GBK/GB2312; the charset comes from a BOM, the
 * page's <meta>, else UTF-8 when the bytes are valid UTF-8, else GB18030 (a
 * superset of GBK).
 */

export type Kind = 'html' | 'pdf' | 'text' | 'docx';

const startsWith = (b: Uint8Array, sig: readonly number[]) => sig.every((x, i) => b[i] === x);
const extOf = (fileName: string) => /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The names a ZIP file lists (its central directory sits at the end; the first entry at the start). */
function zipNames(bytes: Uint8Array): string {
  return latin1(bytes.subarray(0, 4096)) + latin1(bytes.subarray(Math.max(0, bytes.length - 131072)));
}

const SAVE_AS = 'Save it as .docx or as a PDF with text, then open that.';

/**
 * Why a file of a format the importer cannot read is refused, naming the format
 * and what to do; undefined for a format it reads (or may: text of any name).
 */
export function unreadableFormat(bytes: Uint8Array, fileName: string): string | undefined {
  const ext = extOf(fileName);
  if (startsWith(bytes, OLE)) {
    const what =
      ext === 'wps'
        ? 'a WPS Writer document (.wps)'
        : ext === 'xls' || ext === 'et'
          ? 'a spreadsheet (.xls)'
          : ext === 'ppt' || ext === 'dps'
            ? 'a presentation (.ppt)'
            : 'a Word 97-2003 document (.doc)';
    return `This is ${what}, which cannot be read here. ${SAVE_AS}`;
  }
  if (startsWith(bytes, ZIP)) {
    const names = zipNames(bytes);
    if (names.includes('word/document.xml')) return undefined;
    if (names.includes('xl/workbook')) return `This is a spreadsheet (.xlsx), not a report. ${SAVE_AS}`;
    if (names.includes('ppt/presentation')) return `This is a presentation (.pptx), not a report. ${SAVE_AS}`;
    if (names.includes('OFD.xml') || ext === 'ofd')
      return 'This is an OFD document, which cannot be read here. Export it as a PDF with text, then open that.';
    return 'This is a ZIP archive: open the reports it holds (unpack it first), or import it with npm run import.';
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return `This is a Rich Text (.rtf) document. ${SAVE_AS}`;
  const image = startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])
    ? 'PNG'
    : startsWith(bytes, [0xff, 0xd8, 0xff])
      ? 'JPEG'
      : startsWith(bytes, [0x47, 0x49, 0x46, 0x38])
        ? 'GIF'
        : startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])
          ? 'TIFF'
          : startsWith(bytes, [0x42, 0x4d]) && (ext === 'bmp' || ext === undefined)
            ? 'BMP'
            : startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && latin1(bytes.subarray(8, 12)) === 'WEBP'
              ? 'WebP'
              : undefined;
  if (image)
    return `This is an image (${image}), not text. Run OCR on it and open the text, or open the report as a PDF with text.`;
  return undefined;
}

export function sniff(bytes: Uint8Array, fileName: string): Kind {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, ZIP)) return 'docx'; // unreadableFormat has refused every other ZIP
  const ext = extOf(fileName);
  if (ext === 'pdf') return 'pdf';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml' || ext === 'shtml') return 'html';
  if (ext === 'txt' || ext === 'md' || ext === 'markdown') return 'text';
  const head = latin1(bytes.subarray(0, 2048)).toLowerCase();
  return /<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]/.test(head) ? 'html' : 'text';
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

/** The charset a page declares in its first bytes (<meta charset>, http-equiv Content-Type). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes.subarray(0, 4096));
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const m = /charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i.exec(meta);
    if (m?.[1]) return m[1].toLowerCase();
  }
  return undefined;
}

function bom(bytes: Uint8Array): { label: string; skip: number } | undefined {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { label: 'utf-8', skip: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { label: 'utf-16le', skip: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { label: 'utf-16be', skip: 2 };
  return undefined;
}

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function decodeText(bytes: Uint8Array, kind: Kind): Result<string> {
  if (bytes.length === 0) return { ok: false, message: 'The file is empty.' };
  const warnings: string[] = [];
  const b = bom(bytes);
  let text: string | undefined;
  if (b) text = tryDecode(b.label, bytes.subarray(b.skip));
  const declared = kind === 'html' ? declaredCharset(bytes) : undefined;
  if (text === undefined && declared && declared !== 'utf-8' && declared !== 'utf8') {
    text = tryDecode(declared, bytes);
    if (text === undefined)
      warnings.push(`The page declares charset "${declared}" but is not valid in it; read as UTF-8 or GB18030.`);
  }
  text ??= tryDecode('utf-8', bytes) ?? tryDecode('gb18030', bytes);
  if (text === undefined) return { ok: false, message: 'The file is not text in UTF-8 or GBK/GB18030.' };
  if (text.slice(0, 4096).includes(String.fromCharCode(0)))
    return { ok: false, message: 'The file is binary, not a web page or text.' };
  return { ok: true, value: text, warnings };
}

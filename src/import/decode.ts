import { note, refuse, type Note } from './notes';
import type { FormatRefusal, Result } from './doc';

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
const FORMAT_NAMES = {
  doc: 'a Word 97-2003 document (.doc)',
  wps: 'a WPS Writer document (.wps)',
  xls: 'a spreadsheet (.xls)',
  xlsx: 'a spreadsheet (.xlsx)',
  ppt: 'a presentation (.ppt)',
  pptx: 'a presentation (.pptx)',
  rtf: 'a Rich Text document (.rtf)',
} as const;

/** The English message of a refusal (the command line's); the app words it from the code in each language. */
function refusal(format: FormatRefusal): { message: string; format: FormatRefusal } {
  switch (format.code) {
    case 'save':
      return { message: `This is ${FORMAT_NAMES[format.what]}, which cannot be read here. ${SAVE_AS}`, format };
    case 'ofd':
      return {
        message: 'This is an OFD document, which cannot be read here. Export it as a PDF with text, then open that.',
        format,
      };
    case 'zip':
      return {
        message: 'This is a ZIP archive: unpack it and open the reports it holds, or import it with npm run import.',
        format,
      };
    case 'image':
      return {
        message: `This is an image (${format.image}), not text. Run OCR on it and open the text, or open the report as a PDF with text.`,
        format,
      };
  }
}

function imageType(bytes: Uint8Array, ext: string | undefined): string | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'PNG';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'JPEG';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'GIF';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'TIFF';
  if (startsWith(bytes, [0x42, 0x4d]) && (ext === 'bmp' || ext === undefined)) return 'BMP';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && latin1(bytes.subarray(8, 12)) === 'WEBP') return 'WebP';
  return undefined;
}

/**
 * Why a file of a format the importer cannot read is refused, naming the format
 * and what to do; undefined for a format it reads (or may: text of any name).
 */
export function unreadableFormat(
  bytes: Uint8Array,
  fileName: string,
): { message: string; format: FormatRefusal } | undefined {
  const ext = extOf(fileName);
  if (startsWith(bytes, OLE)) {
    const what =
      ext === 'wps' ? 'wps' : ext === 'xls' || ext === 'et' ? 'xls' : ext === 'ppt' || ext === 'dps' ? 'ppt' : 'doc';
    return refusal({ code: 'save', what });
  }
  if (startsWith(bytes, ZIP)) {
    const names = zipNames(bytes);
    if (names.includes('word/document.xml')) return undefined;
    if (names.includes('xl/workbook')) return refusal({ code: 'save', what: 'xlsx' });
    if (names.includes('ppt/presentation')) return refusal({ code: 'save', what: 'pptx' });
    if (names.includes('OFD.xml') || ext === 'ofd') return refusal({ code: 'ofd' });
    return refusal({ code: 'zip' });
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return refusal({ code: 'save', what: 'rtf' });
  const image = imageType(bytes, ext);
  return image ? refusal({ code: 'image', image }) : undefined;
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
  if (bytes.length === 0) return refuse(note('importer.refuse.empty'));
  const warnings: Note[] = [];
  const b = bom(bytes);
  let text: string | undefined;
  if (b) text = tryDecode(b.label, bytes.subarray(b.skip));
  const declared = kind === 'html' ? declaredCharset(bytes) : undefined;
  if (text === undefined && declared && declared !== 'utf-8' && declared !== 'utf8') {
    text = tryDecode(declared, bytes);
    if (text === undefined) warnings.push(note('importer.charset', { charset: declared }));
  }
  text ??= tryDecode('utf-8', bytes) ?? tryDecode('gb18030', bytes);
  if (text === undefined) return refuse(note('importer.refuse.encoding'));
  if (text.slice(0, 4096).includes(String.fromCharCode(0))) return refuse(note('importer.refuse.binary'));
  return { ok: true, value: text, warnings };
}

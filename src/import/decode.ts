import type { Result } from './doc';

/**
 * Bytes -> string, and what kind of document they hold. Pages from Chinese
 * government sites are UTF-8 or GBK/GB2312; the charset comes from a BOM, the
 * page's <meta>, else UTF-8 when the bytes are valid UTF-8, else GB18030 (a
 * superset of GBK).
 */

export type Kind = 'html' | 'pdf' | 'text';

const startsWith = (b: Uint8Array, sig: readonly number[]) => sig.every((x, i) => b[i] === x);

export function sniff(bytes: Uint8Array, fileName: string): Kind {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
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

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePdf } from '../../../src/import/pdf';

/**
 * Tiny hand-made PDFs (tests/fixtures/corpus): Chinese in a font the file does not
 * embed, a scan (one image, no text), an encrypted file, a truncated one.
 */

const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/corpus', name)));

describe('a PDF whose Chinese font is not embedded', () => {
  it('reads it through pdf.js’s CMaps (UniGB-UCS2-H), not as a scan', async () => {
    const r = await decodePdf(fixture('unembedded-font.pdf'));
    expect(r.ok && r.value.text).toBe('政府信息公开');
  });
});

describe('PDFs that cannot be imported', () => {
  it('says a PDF without text needs OCR', async () => {
    const r = await decodePdf(fixture('scanned.pdf'));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/no text layer.*OCR/);
  });

  it('says an encrypted PDF needs its password removed', async () => {
    const r = await decodePdf(fixture('encrypted.pdf'));
    expect(!r.ok && r.message).toMatch(/encrypted with a password/);
  });

  it('says a corrupt or empty file is not a readable PDF', async () => {
    for (const bytes of [
      fixture('corrupt.pdf'),
      new Uint8Array(0),
      new TextEncoder().encode('<html>not a pdf</html>'),
    ]) {
      const r = await decodePdf(bytes);
      expect(!r.ok && r.message).toMatch(/not a readable PDF/);
    }
  });

  it('leaves the caller’s bytes usable', async () => {
    const bytes = fixture('scanned.pdf');
    await decodePdf(bytes);
    expect(bytes.byteLength).toBe(661);
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
  });
});

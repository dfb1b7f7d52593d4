import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeText, sniff } from '../../../src/import/decode';

const hex = (s: string) => new Uint8Array(s.match(/../g)?.map((b) => parseInt(b, 16)) ?? []);
const ascii = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) out.set(p, (at += p.length) - p.length);
  return out;
};
// 政府 公开 年度报告 in GBK.
const GBK = hex('d5feb8ae' + 'b9abbfaa' + 'c4eab6c8b1a8b8e6');

describe('sniff', () => {
  it('knows a PDF by its bytes whatever its name', () => {
    expect(sniff(ascii('%PDF-1.7\n'), 'report.html')).toBe('pdf');
  });
  it('goes by the extension, else by the content', () => {
    expect(sniff(ascii('x'), 'a.HTM')).toBe('html');
    expect(sniff(ascii('x'), 'a.md')).toBe('text');
    expect(sniff(ascii('<!DOCTYPE html><html>'), 'download')).toBe('html');
    expect(sniff(ascii('一、总体情况'), 'download')).toBe('text');
  });
});

describe('decodeText', () => {
  it('reads UTF-8, with or without a BOM', () => {
    expect(decodeText(ascii('政府信息公开'), 'text')).toMatchObject({ ok: true, value: '政府信息公开' });
    expect(decodeText(concat(hex('efbbbf'), ascii('年报')), 'text')).toMatchObject({ ok: true, value: '年报' });
  });
  it('reads a page that declares GBK (or gb2312) in a meta tag', () => {
    for (const meta of [
      '<meta charset="gbk">',
      '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
    ]) {
      const page = concat(ascii(`<html><head>${meta}</head><body><p>`), GBK, ascii('</p></body></html>'));
      expect(declaredCharset(page)).toMatch(/gbk|gb2312/);
      const r = decodeText(page, 'html');
      expect(r.ok && r.value).toContain('政府公开年度报告');
    }
  });
  it('falls back to GB18030 when bytes are not UTF-8 and nothing is declared', () => {
    expect(decodeText(GBK, 'text')).toMatchObject({ ok: true, value: '政府公开年度报告' });
    expect(decodeText(concat(ascii('<html><body>'), GBK), 'html')).toMatchObject({ ok: true });
  });
  it('refuses empty and binary files', () => {
    expect(decodeText(new Uint8Array(), 'text')).toEqual({
      ok: false,
      message: 'The file is empty.',
      note: { id: 'importer.refuse.empty' },
    });
    expect(decodeText(hex('00000001000200'), 'text').ok).toBe(false);
  });
});

import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/data/schema';
import { docxOf } from '../../fixtures/make/docx';
import { importReport } from '../../../src/import';

/** Word reports (issue 20, item 3): read like a web page, every cell under the same id. */

const cell = (f: Fact) =>
  f.kind === 'quantity' ? { kind: f.kind, value: f.value, unit: f.unit } : { kind: f.kind, written: f.written };

describe('a Word report', () => {
  it.each(['2021', '2019'])('made from the %s page gives the same cells as the page', async (year) => {
    const html = readFileSync(`reports/pingtan/${year}.html`);
    const page = await importReport(new Uint8Array(html), `pingtan-${year}.html`);
    const word = await importReport(await docxOf(html.toString('utf8')), `pingtan-${year}.docx`);
    if (!page.ok || !word.ok) throw new Error(`${page.ok ? '' : page.message} ${word.ok ? '' : word.message}`);
    const tableCells = (facts: readonly Fact[]) =>
      Object.fromEntries(facts.filter((f) => !f.drafted).map((f) => [f.id, cell(f)]));
    const fromPage = tableCells(page.value.dataset.facts);
    expect(Object.keys(fromPage).length).toBeGreaterThan(100);
    expect(tableCells(word.value.dataset.facts)).toEqual(fromPage);
    expect(word.value.dataset.meta.imported?.from).toBe('docx');
    expect(word.value.dataset.meta.year).toBe(Number(year));
    expect(word.value.dataset.meta.format).toBe(page.value.dataset.meta.format);
    // Every quote points into the text that ships beside it.
    for (const f of word.value.dataset.facts)
      expect(word.value.text.slice(f.valueOffset, f.valueOffset + f.valueText.length)).toBe(f.valueText);
  });
});

describe('a file of a format the importer cannot read', () => {
  const refusal = async (bytes: Uint8Array, name: string) => {
    const r = await importReport(bytes, name);
    expect(r.ok).toBe(false);
    return r.ok ? '' : r.message;
  };
  const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);

  it('names the format and says what to do, never a JSON error', async () => {
    expect(await refusal(ole, '2023年报.doc')).toMatch(
      /Word 97-2003 document \(\.doc\).*Save it as \.docx or as a PDF with text/,
    );
    expect(await refusal(ole, '2023年报.wps')).toMatch(/WPS Writer document \(\.wps\)/);
    expect(await refusal(ole, 'tables.xls')).toMatch(/spreadsheet \(\.xls\)/);
    const xlsx = zipSync({ '[Content_Types].xml': new Uint8Array(10), 'xl/workbook.xml': new Uint8Array(10) });
    expect(await refusal(xlsx, 'tables.xlsx')).toMatch(/spreadsheet \(\.xlsx\)/);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    expect(await refusal(png, 'scan.png')).toMatch(/image \(PNG\).*OCR/);
    for (const m of [await refusal(ole, 'x.doc'), await refusal(png, 'x.png')]) expect(m).not.toMatch(/JSON/);
  });

  it('a broken .docx says it could not be opened', async () => {
    const broken = zipSync({ 'word/document.xml': new TextEncoder().encode('<not-xml') });
    expect(await refusal(broken, 'report.docx')).toMatch(/Word document could not be opened|holds no readable text/);
  });
});

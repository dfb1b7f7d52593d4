import { describe, expect, it } from 'vitest';
import { BODIES } from '../../../reports/library';
import { pinyinId } from '../../../src/import/bodyId';
import { importReport } from '../../../src/import';
import { buildRecord, corrected, readAsOf, withId } from '../../../src/mine/record';
import { corpusBytes, corpusText } from '../import/corpus';
import { tablesBodyFile } from '../library/fixtures';

/** A report imported in the browser becomes the same library record the site's build makes of it (issue 20). */

// 平潭's years as the site ships them (its open tables).
const shippedPingtan = await tablesBodyFile('pingtan');

async function built(bytes: Uint8Array, file: string) {
  const r = await importReport(bytes, file);
  if (!r.ok) throw new Error(r.message);
  return buildRecord(
    {
      file,
      sha: 'a'.repeat(64),
      readAs: 'page',
      partly: false,
      dataset: r.value.dataset,
      text: r.value.text,
      warnings: r.warnings,
    },
    BODIES,
    1,
  );
}

const renamed = (year: number) =>
  new TextEncoder().encode(
    corpusText('pingtan/2024.html').replaceAll('平潭综合实验区', '福清市').replaceAll('2024', String(year)),
  );

describe('the record of a report imported in the browser', () => {
  it('is filed under the library body its title names, with the summary the library ships for that year', async () => {
    const s = await built(corpusBytes('pingtan/2024.html'), 'pingtan-2024.html');
    expect(s.report.id).toBe('pingtan-2024');
    expect(s.report.known).toBe(true);
    expect(s.report.entry).toMatchObject({ body: 'pingtan', year: 2024, format: '2021', data: 'mine:pingtan-2024' });
    const shipped = shippedPingtan.reports.find((r) => r.year === 2024);
    expect(s.report.summary).toEqual({ ...shipped, report: 'pingtan-2024' });
    expect(s.data.dataset.meta.id).toBe('pingtan-2024');
  });

  it('adds an unknown body as written, under a readable pinyin id (never a hash)', async () => {
    const s = await built(renamed(2023), 'fuqing.html');
    expect(s.report.known).toBe(false);
    expect(s.report.id).toBe('fuqingshi-2023');
    expect(s.report.body.name['zh-Hans']).toBe('福清市');
    expect(s.report.body.name.en).toBe('福清市');
    expect(s.report.summary.values['applications.new.all']?.value).toBe(
      shippedPingtan.reports.find((r) => r.year === 2024)?.values['applications.new.all']?.value,
    );
  });

  it('renames every id together (a second report of a body and year kept beside the first)', async () => {
    const s = withId(await built(renamed(2023), 'fuqing.html'), 'fuqingshi-2023-2');
    expect([s.report.id, s.report.entry.id, s.report.summary.report, s.data.id, s.data.dataset.meta.id]).toEqual(
      Array(5).fill('fuqingshi-2023-2'),
    );
    expect(s.report.entry.data).toBe('mine:fuqingshi-2023-2');
  });

  it('follows the reader’s correction of body and year, dropping an OCR suggestion', async () => {
    const s = await built(renamed(2023), 'fuqing.html');
    const hongze = BODIES.find((b) => b.id === 'hongze');
    if (!hongze) throw new Error('no hongze');
    const c = corrected({ ...s, report: { ...s.report, suggested: { body: 'hongze', written: 'x' } } }, hongze, 2022);
    expect(c.report.id).toBe('hongze-2022');
    expect(c.report.entry).toMatchObject({ body: 'hongze', year: 2022, data: 'mine:hongze-2022' });
    expect(c.report.summary).toMatchObject({ body: 'hongze', year: 2022, report: 'hongze-2022' });
    expect(c.report.known).toBe(true);
    expect(c.report.suggested).toBeUndefined();
    expect(c.data.dataset.meta.body?.id).toBe('hongze');
  });

  it('offers the body its text names when its title names none, and files nothing under it by itself', async () => {
    const r = await importReport(corpusBytes('pingtan/2024.html'), '2024.html');
    if (!r.ok) throw new Error(r.message);
    // The same report, its title read without a body.
    const meta = { ...r.value.dataset.meta };
    delete meta.body;
    const b = {
      file: 'x.html',
      sha: 'b'.repeat(64),
      readAs: 'page' as const,
      partly: false,
      text: r.value.text,
      warnings: [],
    };
    const s = buildRecord({ ...b, dataset: { ...r.value.dataset, meta } }, BODIES, 1);
    expect(s.report.known).toBe(false);
    expect(s.report.suggested).toEqual({ body: 'pingtan', written: '', how: 'text' });
  });

  it('says how the file was read', () => {
    expect(readAsOf('html', 'a.htm')).toBe('page');
    expect(readAsOf('pdf', 'a.pdf')).toBe('pdf');
    expect(readAsOf('docx', 'a.docx')).toBe('word');
    expect(readAsOf('text', 'shuyang-2025.ocr.md')).toBe('ocr');
    expect(readAsOf('text', 'hongze-2023.txt')).toBe('text');
    expect(readAsOf('text', 'procurement.txt')).toBe('text');
  });
});

describe('readable body ids', () => {
  it('are the name in pinyin, one word per administrative unit, without 人民政府', () => {
    expect(pinyinId('淮安市洪泽区人民政府')).toBe('huaianshi-hongzequ');
    expect(pinyinId('沭阳县人民政府')).toBe('shuyangxian');
    expect(pinyinId('泸州市教育局')).toBe('luzhoushi-jiaoyuju');
    expect(pinyinId('上海市人民政府办公厅')).toBe('shanghaishi-renminzhengfubangongting');
    expect(pinyinId('')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { noteEnglish } from '../../../src/import/notes';
import { makeTranslate } from '../../../src/i18n/messages';
import { noteText } from '../../../src/i18n/noteText';
import { zhHans } from '../../../src/i18n/zh-Hans';
import { parseDataset } from '../../../src/data/parse';
import type { Dataset } from '../../../src/data/schema';
import { importReport } from '../../../src/import';
import { schemaId } from '../../../src/import/ids';
import { CLEAN, corpusBytes, expectCell, factById, imported, MANGLED, PDFS, PINGTAN } from './corpus';

/** The provenance invariant: every quote is the text at its offset, the figure inside it. */
function expectExact(d: Dataset, text: string): void {
  expect(d.meta.source?.chars).toBe(text.length);
  for (const f of d.facts) {
    expect(text.slice(f.offset, f.offset + f.quote.length), f.id).toBe(f.quote);
    expect(text.slice(f.valueOffset, f.valueOffset + f.valueText.length), f.id).toBe(f.valueText);
    expect(f.valueOffset, f.id).toBeGreaterThanOrEqual(f.offset);
    expect(f.valueOffset + f.valueText.length, f.id).toBeLessThanOrEqual(f.offset + f.quote.length);
    // `written` sits inside the quote and holds the value.
    const at = f.quote.indexOf(f.written, 0);
    expect(at, f.id).toBeGreaterThanOrEqual(0);
    expect(f.written, f.id).toContain(f.valueText);
    if (f.kind === 'blank') {
      expect(f.written).toBe(f.valueText);
      expect(f.written).not.toMatch(/[0-9０-９]/);
    }
    if (f.kind === 'quantity' && f.unit) expect(d.units[f.unit], f.id).toBeDefined();
  }
}

describe('every corpus report imports with exact provenance', () => {
  for (const path of CLEAN)
    it(path, async () => {
      const { dataset, text } = await imported(path);
      expect(parseDataset(dataset).ok).toBe(true);
      expectExact(dataset, text);
    });
  for (const path of PDFS)
    it(
      path,
      async () => {
        const { dataset, text } = await imported(path);
        expect(parseDataset(dataset).ok).toBe(true);
        expectExact(dataset, text);
      },
      60_000,
    );
  for (const path of MANGLED)
    it(`${path} (partial: its tables are mangled)`, async () => {
      const { dataset, text } = await imported(path, true);
      expect(parseDataset(dataset).ok).toBe(true);
      expectExact(dataset, text);
      expect(dataset.meta.coverage.some((c) => c.status === 'partial')).toBe(true);
    });
});

describe('what a report is told apart by', () => {
  it('tells the format and the year from the report', async () => {
    const formats = await Promise.all(PINGTAN.map(async (y) => (await imported(`pingtan/${y}.html`)).dataset.meta));
    expect(formats.map((m) => m.format)).toEqual(
      PINGTAN.map((y) => (y <= 2018 ? 'free' : y <= 2020 ? '2019' : '2021')),
    );
    expect(formats.map((m) => m.year)).toEqual(PINGTAN);
    expect(formats[10]?.title['zh-Hans']).toBe('平潭综合实验区2021年度政府信息公开工作年度报告');
    expect(formats[10]?.body?.name['zh-Hans']).toBe('平潭综合实验区');
    expect(formats[10]?.published).toBe('2022-02-08');
    expect(formats[10]?.imported).toEqual({ from: 'html', file: '2021.html' });
    // The same body across years, so the library can join them.
    expect(new Set(formats.filter((_, i) => i !== 3).map((m) => m.body?.id)).size).toBe(1);
  });

  it('labels in Simplified as printed, Traditional by plain conversion, English written', async () => {
    const { dataset } = await imported('pingtan/2021.html');
    const f = factById(dataset, 'applications.withheld.state-secret.natural-person');
    expect(f?.label['zh-Hans']).toBe('三、本年度办理结果（三）不予公开1.属于国家秘密：自然人');
    // OpenCC's standard Traditional writes 祕密.
    expect(f?.label['zh-Hant']).toBe('三、本年度辦理結果（三）不予公開1.屬於國家祕密：自然人');
    expect(f?.label.en).toBe('Withheld: state secrets: natural persons');
    expect(factById(dataset, 'proactive.fees.amount')).toMatchObject({ unit: '万元', value: 24252.311082 });
    // The value stays as written in 万元; English reads the plain amount in yuan.
    expect(dataset.units['万元']).toEqual({
      label: { 'zh-Hant': '萬元', 'zh-Hans': '万元', en: 'yuan' },
      scale: 10000,
    });
  });
});

describe('a page saved in GBK', () => {
  it('imports like its UTF-8 original', async () => {
    const [utf8, gbk] = await Promise.all([imported('pingtan/2021.html'), imported('pingtan/2021.gbk.html')]);
    expect(gbk.text).toBe(utf8.text);
    expect(gbk.dataset.facts).toEqual(utf8.dataset.facts);
  });
});

describe('the report’s own identities', () => {
  const sums = (d: Dataset) => {
    const value = (id: string) => {
      const f = d.facts.find((x) => x.id === id);
      return f?.kind === 'quantity' ? f.value : Number.NaN;
    };
    return d.relations.flatMap((r) =>
      r.kind === 'sum' && typeof r.total === 'string'
        ? [{ id: r.id, parts: r.parts.reduce((s, p) => s + value(p), 0), total: value(r.total) }]
        : [],
    );
  };

  it('relates rows, columns and totals; 平潭 2021 adds up', async () => {
    const { dataset } = await imported('pingtan/2021.html');
    const found = sums(dataset);
    // 7 columns of 三（七）, 25 rows of 总计, 3 review/lawsuit totals.
    expect(found).toHaveLength(35);
    for (const s of found) expect(s.parts, s.id).toBe(s.total);
  });

  it('shows where a report does not add up (平潭 2020: 三（七） says 20, its rows 26)', async () => {
    const { dataset } = await imported('pingtan/2020.html');
    const bad = sums(dataset).filter((s) => s.parts !== s.total);
    expect(bad).toEqual([
      { id: 'applications.total.natural-person.sum-of-results', parts: 26, total: 20 },
      { id: 'applications.total.all.sum-of-results', parts: 27, total: 21 },
    ]);
  });

  it('skips a relation that would read a blank cell', async () => {
    const { dataset } = await imported('others/shanghai-office-2019.rows.txt');
    for (const r of dataset.relations)
      if (r.kind === 'sum')
        for (const p of r.parts) expect(dataset.facts.find((f) => f.id === p)?.kind).toBe('quantity');
  });

  it('links a sentence that restates a table total', async () => {
    const { dataset } = await imported('pingtan/2021.html');
    const equal = dataset.relations.filter((r) => r.kind === 'equal');
    expect(equal.map((r) => (r.kind === 'equal' ? r.facts[1] : ''))).toEqual(
      ['applications.new.all', 'applications.total.all', 'applications.carried-over.all'].map(schemaId),
    );
    const text = equal.map((r) => (r.kind === 'equal' ? factById(dataset, r.facts[0]) : undefined));
    expect(text.map((f) => f?.written)).toEqual(['70件', '69件', '1件']);
  });
});

describe('the old statistics table (pre-2019)', () => {
  it('reads 2011’s rows with ids from their own wording', async () => {
    const { dataset } = await imported('pingtan/2011.html');
    expectCell(dataset, 'old.proactive-info.year', 425);
    expectCell(dataset, 'old.proactive-info.cumulative', 1516);
    expectCell(dataset, 'old.proactive-info.website.year', 418);
    expectCell(dataset, 'old.proactive-info.website.cumulative', 1509);
    expectCell(dataset, 'old.proactive-info.gazette.year', 7);
    expectCell(dataset, 'old.requests.other-means.year', 0);
    expectCell(dataset, 'old.replies.refused.year', 0);
    expectCell(dataset, 'old.appeals.cumulative', 0);
    expect(factById(dataset, 'old.proactive-info.year')).toMatchObject({ unit: '条', area: 'old-statistics' });
    expect(dataset.facts.filter((f) => f.area === 'old-statistics')).toHaveLength(34);
    // Its figures join no standard series.
    expect(dataset.facts.some((f) => f.id.startsWith(schemaId('applications.')))).toBe(false);
  });
  it('keeps 2013’s empty cumulative cell blank', async () => {
    const { dataset } = await imported('pingtan/2013.html');
    expectCell(dataset, 'old.proactive-info.gazette.cumulative', '');
    expectCell(dataset, 'old.proactive-info.year', 72804);
  });
});

describe('cells without a number', () => {
  it('are blank facts kept as written, never 0, and no relation reads them', async () => {
    const report = [
      '某县2022年政府信息公开工作年度报告',
      '三、收到和处理政府信息公开申请情况',
      '| 一、本年新收政府信息公开申请数量 | 1 | / | — | 无 | － |  | 1 |',
      '| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    ].join('\n');
    const r = await importReport(new TextEncoder().encode(report), 'x.md');
    if (!r.ok) throw new Error(r.message);
    const d = r.value.dataset;
    expectCell(d, 'applications.new.natural-person', 1);
    expectCell(d, 'applications.new.business', '/');
    expectCell(d, 'applications.new.research', '—');
    expectCell(d, 'applications.new.ngo', '无');
    expectCell(d, 'applications.new.legal-service', '－');
    expectCell(d, 'applications.new.other-org', '');
    expect(d.relations.map((x) => x.id)).toEqual(['applications.carried-in.all.sum-of-applicants']);
    expect(d.meta.coverage.find((c) => c.part === '三')?.status).toBe('partial');
    expectExact(d, r.value.text);
  });
});

describe('bad input gets a clear message', () => {
  const run = (text: string, name = 'x.txt', partial = false) =>
    importReport(new TextEncoder().encode(text), name, { partial });

  it('an empty file', async () => {
    expect(await importReport(new Uint8Array(), 'empty.html')).toEqual({
      ok: false,
      message: 'The file is empty.',
      note: { id: 'importer.refuse.empty' },
    });
  });
  it('a page that is not such a report', async () => {
    const r = await run(
      '<html><head><title>新闻</title></head><body><p>今天天气很好，气温25度。</p></body></html>',
      'news.html',
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/does not look like an annual report/);
  });
  it('a table whose labels are not the standard ones, naming the label', async () => {
    const report = [
      '某县2022年政府信息公开工作年度报告',
      '三、收到和处理政府信息公开申请情况',
      '| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |',
      '|---|---|---|---|---|---|---|---|',
      '| 一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
      '| 本年度咨询电话数量 | 5 | 0 | 0 | 0 | 0 | 0 | 5 |',
    ].join('\n');
    const r = await run(report, 'x.md');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('“本年度咨询电话数量”');
    // Asked for, the rest imports and the gap is said.
    const partial = await run(report, 'x.md', true);
    expect(partial.ok).toBe(true);
    if (partial.ok) {
      expect(partial.warnings.map(noteEnglish).join(' ')).toContain('本年度咨询电话数量');
      expect(partial.value.dataset.meta.coverage.find((c) => c.part === '三')?.status).toBe('partial');
    }
  });
  it('binary bytes', async () => {
    const r = await importReport(new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0]), 'blob.txt');
    expect(r.ok).toBe(false);
  });
  it('a mangled report, without asking for a partial import', async () => {
    const r = await importReport(corpusBytes('others/shanghai-office-2025.md'), 'shanghai-office-2025.md');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(
      /^5 table rows could not be read: Row “规章” of Part II has 2 values where 3 are expected: 22 \| 235\./,
    );
    // The rows it stopped at, with their values, in the reader's language.
    expect(r.note).toEqual({ id: 'importer.refuse.rows', params: { n: 5 } });
    expect(r.details?.[0]).toEqual({
      id: 'importer.rowCount',
      params: { label: '规章', section: '二', n: 2, expected: 3, values: '22 | 235' },
    });
    const hans = makeTranslate(zhHans);
    expect(noteText(hans, 'zh-Hans', r.note!)).toBe('有 5 行表格未能读取：');
    expect(noteText(hans, 'zh-Hans', r.details![0]!)).toBe('第二部分“规章”这一行有 2 个数值，应为 3 个：22 | 235。');
    expect(noteText(hans, 'zh-Hans', r.details![2]!)).toBe(
      '第三部分（二）有一行 7 个数值没有行名：2 | 0 | 0 | 0 | 0 | 0 | 2。',
    );
  });
});

describe('a report from a PDF (decoded by pdf.ts) goes through the same pipeline', () => {
  it('洪泽 2024', async () => {
    const { dataset, text } = await imported('others/hongze-2024.pdf');
    expectExact(dataset, text);
    expect(dataset.meta.imported?.from).toBe('pdf');
    expect(dataset.facts.filter((f) => !f.drafted && f.area !== 'text')).toHaveLength(186);
    expectCell(dataset, 'applications.new.all', 95);
    expectCell(dataset, 'litigation-after-review.total', 3);
    expect(factById(dataset, 'applications.new.all')?.page).toBe(3);
  }, 60_000);
});

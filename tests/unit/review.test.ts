import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/schema';
import { checksCsv, checksDocx } from '../../src/export/checksReport';
import { enAll } from '../../src/i18n/en-all';
import { makeTranslate } from '../../src/i18n/messages';
import { zhHans } from '../../src/i18n/zh-Hans';
import { reviewFindings } from '../../src/review/findings';
import { reportWords } from '../../src/review/words';

const load = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Dataset;
const meta = { checked: '2026-12-03', version: 'test', source: 'pingtan/2020.html' };

describe('the checks report', () => {
  it('sorts what fails by what the office must do: errors, then text against table', () => {
    const errors = reviewFindings(load('public/data/library/pingtan-2020.json'));
    expect(errors.counts).toMatchObject({ errors: 2, confirm: 0 });
    expect(errors.findings.map((f) => [f.kind, f.stated?.id, f.statedValue, f.computedValue])).toEqual([
      ['arithmetic', 'applications.total.natural-person', 20, 26],
      ['arithmetic', 'applications.total.all', 21, 27],
    ]);
    // 平潭 2022's text says 75 new applications, its table 74: a scope to confirm, not an error.
    const confirm = reviewFindings(load('public/data/library/pingtan-2022.json'));
    expect(confirm.counts).toMatchObject({ errors: 0, confirm: 1 });
    expect(confirm.findings[0]).toMatchObject({ kind: 'text-vs-table', statedValue: 74, computedValue: 75 });
    expect(confirm.findings[0]?.stated?.id).toBe('applications.new.all');
  });

  it('names a finding by the printed row and column, in the reader’s language', () => {
    const d = load('public/data/library/pingtan-2020.json');
    const hans = reportWords(d, reviewFindings(d), meta, 'zh-Hans', makeTranslate(zhHans));
    expect(hans.rows[1]).toMatchObject({
      figure: '三、本年度办理结果（七）总计 × 总计',
      stated: '21',
      computed: '27',
      difference: '+6',
    });
    expect(hans.summary).toBe(
      '报告有误 2 处，待确认 0 处，跨年度不符 0 处，未读取部分 0 个，未能核对 0 项；39 项核对相符。',
    );
    const en = reportWords(d, reviewFindings(d), meta, 'en', makeTranslate(enAll));
    expect(en.rows[1]?.figure).toBe('Total handled × all applicants');
    expect(en.rows[1]?.where).toBe('character 5710');
  });

  it('the .docx opens (unzip) and holds every finding; the CSV has a row for each', async () => {
    const d = load('public/data/library/hongze-2023.json');
    const found = reviewFindings(d);
    const words = reportWords(d, found, meta, 'zh-Hans', makeTranslate(zhHans));
    const files = unzipSync(new Uint8Array(await (await checksDocx(words, 'zh-Hans')).arrayBuffer()));
    const xml = strFromU8(files['word/document.xml']!);
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(found.findings.length).toBeGreaterThan(0);
    for (const r of words.rows)
      expect(texts).toEqual(expect.arrayContaining([r.figure, r.check, r.stated, r.computed]));
    expect(texts).toContain(words.summary);
    const csv = (await checksCsv(words, found, { reportId: d.meta.id }).text()).replace(/^\uFEFF/, '');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(found.findings.length + 1);
    expect(lines[0]?.split(',').slice(0, 4)).toEqual(['report_id', 'kind', 'kind_label', 'check_id']);
  });
});

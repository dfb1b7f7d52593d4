import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { numeralMarks, readingBlocks, runsOf, searchMarks } from '../../src/data/reading';
import { dataset } from './helpers';

const text = readFileSync(new URL('../../public/data/luzhou-2018.txt', import.meta.url), 'utf8');
const marks = numeralMarks(text, dataset, (nf) => nf.reason.en);

describe('the report as blocks', () => {
  it('finds the title, the parts, the sections and the paragraphs', () => {
    const blocks = readingBlocks(text);
    const of = (kind: string) => blocks.filter((b) => b.kind === kind).map((b) => text.slice(b.start, b.end).trim());
    expect(of('title')).toEqual(['2018年瀘州市政府信息公開工作年度報告']);
    expect(of('heading').map((h) => h.slice(0, 3))).toEqual(['一、概', '二、政']);
    expect(of('subheading').length).toBe(8);
    for (const b of blocks) expect(text.slice(b.start, b.end)).not.toContain('\n');
  });

  it('reads tab-separated rows as one table, cells at their offsets', () => {
    const t = '标题\n信息内容\t本年制发件数\n规章\t0\n\n正文';
    const blocks = readingBlocks(t);
    const table = blocks.find((b) => b.kind === 'table');
    expect(table?.rows?.map((r) => r.map(([s, e]) => t.slice(s, e)))).toEqual([
      ['信息内容', '本年制发件数'],
      ['规章', '0'],
    ]);
  });
});

describe('numbers in the text', () => {
  it('links every figure at its offset, and no figure twice', () => {
    const figures = marks.filter((m) => m.kind === 'fact');
    expect(figures).toHaveLength(dataset.facts.length);
    for (const m of figures) expect(text.slice(m.start, m.end)).toBe(m.fact?.valueText);
  });

  it('marks every other Arabic numeral as no figure, with the reason the dataset gives', () => {
    const others = marks.filter((m) => m.kind === 'numeral');
    for (const m of others)
      expect(marks.filter((x) => x.kind === 'fact' && x.start < m.end && m.start < x.end)).toEqual([]);
    const year = others.find((m) => text.slice(m.start, m.end) === '2018');
    expect(year?.reason).toMatch(/report year/);
    expect(others.find((m) => text.slice(m.start, m.end) === '十九大')?.reason).toMatch(/19th Party Congress/);
    // Every Arabic numeral of the text is one or the other.
    const arabic = [...text.matchAll(/[0-9]+(?:\.[0-9]+)?/g)];
    for (const a of arabic) expect(marks.some((m) => m.start <= a.index && a.index < m.end)).toBe(true);
  });

  it('cuts a stretch into runs at every edge, each run knowing its figure and match', () => {
    const start = text.indexOf('將全市除應急救援');
    const end = text.indexOf('市長熱線', start) + 4;
    const found = searchMarks(text, '熱線');
    const runs = runsOf(start, end, marks, found);
    expect(runs.map((r) => text.slice(r.start, r.end)).join('')).toBe(text.slice(start, end));
    expect(runs.find((r) => r.numeral?.fact?.id === 'hotlines-merged')).toBeDefined();
    expect(runs.some((r) => r.match !== null)).toBe(true);
  });

  it('searches case-insensitively and numbers the matches', () => {
    expect(searchMarks('IPv6 ipv6 IPV6', 'ipv6').map((m) => m.index)).toEqual([0, 1, 2]);
    expect(searchMarks('abc', '  ')).toEqual([]);
  });
});

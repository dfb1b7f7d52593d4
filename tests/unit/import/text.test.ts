import { describe, expect, it } from 'vitest';
import type { Block, Doc } from '../../../src/import/doc';
import { sectionPaths } from '../../../src/import/sections';
import { textToDoc } from '../../../src/import/text';

type Table = Extract<Block, { kind: 'table' }>;
const tables = (d: Doc) => d.blocks.filter((b): b is Table => b.kind === 'table');
const cellTexts = (t: Table | undefined) => t?.rows.map((r) => r.map((c) => c.text));
const lines = (d: Doc) => d.blocks.filter((b) => b.kind !== 'table').map((b) => d.text.slice(b.start, b.end));

describe('textToDoc', () => {
  it('keeps the text as given (line ends made \\n), blocks pointing into it', () => {
    const input = '2018年某市政府信息公開工作年度報告\r\n\r\n一、概述\r\n  全年公開信息3條。\r\n';
    const d = textToDoc(input);
    expect(d.text).toBe(input.replace(/\r\n/g, '\n'));
    expect(lines(d)).toEqual(['2018年某市政府信息公開工作年度報告', '一、概述', '全年公開信息3條。']);
    expect(d.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
  });

  it('reads Markdown headings and pipe tables, skipping the rule row', () => {
    const d = textToDoc(
      '## 二、主动公开政府信息情况\n\n| 信息内容 | 本年制发件数 |\n|---|---|\n| 规章 | 0 |\n|  | 3 |\n',
    );
    expect(lines(d)).toEqual(['二、主动公开政府信息情况']);
    expect(cellTexts(tables(d)[0])).toEqual([
      ['信息内容', '本年制发件数'],
      ['规章', '0'],
      ['', '3'],
    ]);
    for (const c of tables(d).flatMap((t) => t.rows.flat())) expect(d.text.slice(c.start, c.end)).toBe(c.text);
  });

  it('reads a "[table]" row dump, blank cells kept', () => {
    const d = textToDoc('[table] columns: a | b\n第二十条第（一）项\n规章 | 13 |  | 524\n[/table]\n三、收到和处理');
    expect(cellTexts(tables(d)[0])).toEqual([['第二十条第（一）项'], ['规章', '13', '', '524']]);
    expect(lines(d)).toEqual(['三、收到和处理']);
  });

  it('splits the prose a PDF table dump holds before and after the table proper, and keeps its page', () => {
    const dump = [
      '--- page 2 table 1 (5 rows)',
      '级审核、先审后发”程序 |  |  | ',
      '二、主动公开政府信息情况 |  |  | ',
      '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数',
      '规章 | 0 | 0 | 0',
      '第二十条第（五）项 |  |  | ',
      '--- page 3 table 1 (2 rows)',
      ' | 本年处理决定数量',
      '行政处罚 | 4119',
    ].join('\n');
    const d = textToDoc(dump);
    expect(lines(d)).toEqual(['级审核、先审后发”程序', '二、主动公开政府信息情况', '第二十条第（五）项']);
    expect(tables(d).map(cellTexts)).toEqual([
      [
        ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
        ['规章', '0', '0', '0'],
      ],
      [
        ['', '本年处理决定数量'],
        ['行政处罚', '4119'],
      ],
    ]);
    expect(tables(d).map((t) => t.page)).toEqual([2, 3]);
    expect(tables(d)[1]?.rows[1]?.[1]?.page).toBe(3);
  });

  it('drops page footers such as "- 3 -"', () => {
    expect(lines(textToDoc('甲\n- 3 -\n— 4 —\n乙'))).toEqual(['甲', '乙']);
  });
});

describe('sectionPaths', () => {
  it('builds 一 / 一(一) / 一(一)3 / 一(一)3(2) from the numbering, 前言 before it', () => {
    const d = textToDoc(
      [
        '标题',
        '一、概述',
        '（一）深化公开。',
        '1.围绕关切。',
        '3、推进。',
        '（2）细则。',
        '二、主动公开',
        '(一)新闻',
        '１．全角',
      ].join('\n'),
    );
    expect(sectionPaths(d)).toEqual([
      '前言',
      '一',
      '一(一)',
      '一(一)1',
      '一(一)3',
      '一(一)3(2)',
      '二',
      '二(一)',
      '二(一)1',
    ]);
  });
  it('does not let a table label written as a heading restart the parts', () => {
    const d = textToDoc(
      [
        '## 三、收到和处理政府信息公开申请情况',
        '### 一、本年新收政府信息公开申请数量',
        '### 三、本年度办理结果',
        '## 四、行政复议',
      ].join('\n'),
    );
    expect(sectionPaths(d)).toEqual(['三', '三', '三', '四']);
  });
  it('does not read 1.5万 or 2021.5 as numbering', () => {
    const d = textToDoc(['一、概述', '1.5万人次参加。'].join('\n'));
    expect(sectionPaths(d)).toEqual(['一', '一']);
  });
});

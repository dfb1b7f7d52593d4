import { describe, expect, it } from 'vitest';
import { layout } from '../../../src/import/pdf-flow';
import { findGrids } from '../../../src/import/pdf-grid';
import { readOps, type OpCodes } from '../../../src/import/pdf-ops';
import { continueTable, fillTable } from '../../../src/import/pdf-table';
import { cleanText, joinGap } from '../../../src/import/pdf-text';
import type { Rule, Run } from '../../../src/import/pdf-types';

/** The layout steps on made-up geometry (points, y down), without pdf.js. */

const h = (y: number, x1: number, x2: number): Rule => ({ x1, x2, y1: y, y2: y });
const v = (x: number, y1: number, y2: number): Rule => ({ x1: x, x2: x, y1, y2 });
const run = (str: string, left: number, base: number, size = 10): Run => ({
  str,
  left,
  base,
  size,
  vertical: false,
  right: left + [...str].length * size,
  top: base - 0.8 * size,
  bottom: base + 0.2 * size,
});

describe('text joins', () => {
  it('never puts a space between Chinese characters, nor next to full-width punctuation', () => {
    expect(cleanText('号 ， 邮 编 ：  223100 ，\t电话')).toBe('号，邮编：223100，电话');
    expect(cleanText(' Annual  report ')).toBe('Annual report');
    expect(joinGap('邮编：', '223100', 5, 10)).toBe('邮编：223100');
    expect(joinGap('国令第', '711', 4, 16)).toBe('国令第 711');
    expect(joinGap('有序、', '健康', 30, 16)).toBe('有序、健康');
    expect(joinGap('1.', '属于', 0.03, 10)).toBe('1.属于');
  });
});

describe('ruled tables', () => {
  // A header cell over two columns, a row header over two rows, and an open bottom edge.
  const rules = [
    h(0, 0, 300),
    h(20, 0, 300),
    h(40, 100, 300),
    v(0, 0, 60),
    v(100, 0, 60),
    v(200, 20, 60),
    v(300, 0, 60),
  ];

  it('cuts the lines into cells with their spans', () => {
    const [g] = findGrids(rules);
    expect(g!.xs).toEqual([0, 100, 200, 300]);
    expect(g!.ys).toEqual([0, 20, 40, 60]);
    expect(g!.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan, c.openBottom])).toEqual([
      [0, 0, 1, 1, false],
      [0, 1, 1, 2, false],
      [1, 0, 2, 1, true],
      [1, 1, 1, 1, false],
      [1, 2, 1, 1, false],
      [2, 1, 1, 1, true],
      [2, 2, 1, 1, true],
    ]);
  });

  it('ignores an underline, and a cluster of lines far away is another table', () => {
    expect(findGrids([h(100, 0, 50)])).toEqual([]);
    expect(
      findGrids([...rules, h(500, 0, 100), h(520, 0, 100), v(0, 500, 520), v(50, 500, 520), v(100, 500, 520)]),
    ).toHaveLength(2);
  });

  it('fills cells by the centre of each run, cutting a run that crosses a cell edge', () => {
    const [g] = findGrids(rules);
    const runs = [
      run('项目', 10, 15),
      run('申请人情况', 150, 15),
      run('合计', 10, 45),
      run('1', 150, 35),
      run('4455', 180, 55),
    ];
    const t = fillTable(g!, runs, 2);
    expect(t.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['项目', '申请人情况'],
      ['合计', '1', ''],
      ['44', '55'],
    ]);
  });

  it('continues a table on the next page: same columns, open edges join the cut cell', () => {
    const [a] = findGrids(rules);
    const prev = fillTable(a!, [run('合计', 10, 45)], 3);
    const [b] = findGrids([
      h(80, 100, 300),
      h(100, 0, 300),
      v(0, 80, 100),
      v(100, 80, 100),
      v(200, 80, 100),
      v(300, 80, 100),
    ]);
    const next = fillTable(b!, [run('5', 150, 95), run('6', 250, 95)], 4);
    expect(continueTable(prev, next)).toBe(true);
    expect(prev.rows[1]![0]).toMatchObject({ text: '合计', rowSpan: 3, page: 3 });
    expect(prev.rows[3]!.map((c) => [c.text, c.page])).toEqual([
      ['5', 4],
      ['6', 4],
    ]);
    const [other] = findGrids([h(0, 0, 50), h(20, 0, 50), v(0, 0, 20), v(25, 0, 20), v(50, 0, 20)]);
    expect(continueTable(prev, fillTable(other!, [], 4))).toBe(false);
  });
});

describe('operator lists', () => {
  const OPS = {
    save: 1,
    restore: 2,
    transform: 3,
    constructPath: 4,
    beginText: 5,
    setFont: 6,
    setTextMatrix: 7,
    setLeadingMoveText: 8,
    showText: 9,
    stroke: 10,
  } as unknown as OpCodes;

  it('reads stroked lines and rebuilds vertical text glyph by glyph', () => {
    const glyph = (unicode: string) => ({ unicode, vmetric: [-1000, 500, 880], width: 1000 });
    const { rules, vertical } = readOps(
      [1, 4, 5, 6, 7, 9, 8, 9, 8, 9, 2],
      [
        null,
        [10, [Float32Array.from([0, 0, 90, 1, 50, 90, 1, 50, 40])], null], // PDF space, y up
        null,
        ['f1', 10],
        [[1, 0, 0, 1, 20, 80]],
        [[glyph('三')]],
        [0, -12],
        [[glyph('、')]],
        [0, -12],
        [[glyph('本')]],
        null,
      ],
      OPS,
      [1, 0, 0, -1, 0, 100], // the viewport: PDF y up becomes page y down
      new Set(['f1']),
    );
    expect(rules).toEqual([h(10, 0, 50), v(50, 10, 60)]);
    expect(vertical).toHaveLength(1);
    expect(vertical[0]).toMatchObject({ str: '三、本', left: 15, right: 25, top: 20, bottom: 54 });
  });
});

describe('paragraphs and headings', () => {
  it('merges full lines, starts at an indent, drops page numbers, continues over a page', () => {
    const body = (s: string, left: number, base: number, page = 1) => ({ page, run: run(s, left, base) });
    const lines = [
      body('一、总体情况', 20, 20),
      body('一二三四五六七八', 20, 40), // indented first line, full to x=100
      body('九十一二三四五六七八', 0, 55),
      body('九十', 0, 70), // short: the paragraph ends
      body('一二三四五六七八', 20, 85),
      body('九十一二三四五六七八', 0, 100),
      body('- 1 -', 40, 195),
      body('接着上一页。', 0, 20, 2),
    ];
    const pages = [1, 2].map((page) => ({
      page,
      width: 100,
      height: 200,
      rules: [],
      runs: lines.filter((l) => l.page === page).map((l) => l.run),
    }));
    expect(layout(pages)).toEqual([
      { kind: 'heading', text: '一、总体情况', page: 1 },
      { kind: 'paragraph', text: '一二三四五六七八九十一二三四五六七八九十', page: 1 },
      { kind: 'paragraph', text: '一二三四五六七八九十一二三四五六七八接着上一页。', page: 1 },
    ]);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, Cell, Doc } from '../../../src/import/doc';
import { decodePdf } from '../../../src/import/pdf';
import { corpusBytes } from './corpus';

/**
 * Expectations typed by hand from the reports as printed: 洪泽 2023 and 2024, five
 * pages each, the 2021 format (reports/others, where SOURCES.md names their
 * origin). Both break the application table across pages 3 and 4; 2023 leaves the cut rows open, 2024 (WPS) draws a border at the cut.
 */

async function decode(name: string): Promise<Doc> {
  const r = await decodePdf(corpusBytes(name));
  if (!r.ok) throw new Error(r.message);
  expect(r.warnings).toEqual([]);
  return r.value;
}

type Table = Extract<Block, { kind: 'table' }>;
const tables = (doc: Doc) => doc.blocks.filter((b): b is Table => b.kind === 'table');
const texts = (t: Table) => t.rows.map((row) => row.map((c) => c.text));

/** The table as a full grid (a spanning cell fills every slot it covers), as HTML lays it out. */
function grid(t: Table): Cell[][] {
  const out: Cell[][] = t.rows.map(() => []);
  t.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (out[r]![c]) c++;
      for (let i = 0; i < cell.rowSpan; i++) for (let j = 0; j < cell.colSpan; j++) out[r + i]![c + j] = cell;
      c += cell.colSpan;
    }
  });
  return out;
}

const zeros = ['0', '0', '0', '0', '0', '0', '0'];
const one = (n: string) => [n, '0', '0', '0', '0', '0', n];

const HEADINGS = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];

let y2023: Doc;
let y2024: Doc;
beforeAll(async () => {
  [y2023, y2024] = await Promise.all([decode('others/hongze-2023.pdf'), decode('others/hongze-2024.pdf')]);
}, 60_000);

describe('decodePdf on the 洪泽 reports', () => {
  it('points every block and cell at its own text, with a page', () => {
    for (const doc of [y2023, y2024]) {
      expect(doc.from).toBe('pdf');
      for (const b of doc.blocks) {
        expect(b.page).toBeGreaterThanOrEqual(1);
        expect(b.page).toBeLessThanOrEqual(5);
        if (b.kind !== 'table') {
          expect(b.end).toBeGreaterThan(b.start);
          continue;
        }
        // One line per row, cells joined by tabs.
        expect(doc.text.slice(b.start, b.end)).toBe(b.rows.map((row) => row.map((c) => c.text).join('\t')).join('\n'));
        for (const c of b.rows.flat()) {
          expect(doc.text.slice(c.start, c.end)).toBe(c.text);
          expect(c.page).toBeGreaterThanOrEqual(b.page!);
        }
      }
      // Blocks are in order, one per line.
      const lines = doc.blocks.map((b) => doc.text.slice(b.start, b.end)).join('\n');
      expect(lines).toBe(doc.text);
    }
  });

  it('finds the headings, the title lines included', () => {
    const headings = (doc: Doc) =>
      doc.blocks.filter((b) => b.kind === 'heading').map((b) => doc.text.slice(b.start, b.end));
    expect(headings(y2023)).toEqual([
      '洪泽区人民政府',
      '2023 年政府信息公开工作年度报告',
      HEADINGS[0],
      '（三）政府信息管理情况。',
      ...HEADINGS.slice(1),
    ]);
    // 2024 runs （三） into its paragraph, so it is no heading there.
    expect(headings(y2024)).toEqual(['淮安市洪泽区人民政府', '2024 年政府信息公开工作年度报告', ...HEADINGS]);
    expect(y2023.title).toBe('洪泽区人民政府2023年政府信息公开工作年度报告');
  });

  it('joins paragraph lines and pages without spaces between Chinese characters, and drops page numbers', () => {
    expect(y2023.text).toContain(
      '（地址：淮安市洪泽区洪泽湖大道 90号，邮编：223100，电话：0517-87222589，电子邮箱：hzzwgk@126.com）。',
    );
    expect(y2023.text).toContain('主动公开政府信息 1136 条。');
    expect(y2023.text).not.toMatch(/- \d -/);
    // The paragraph that runs from page 1 onto page 2 is one block, on page 1.
    const p = y2023.blocks.find((b) => y2023.text.slice(b.start, b.end).includes('严格执行“分级审核、先审后发”程序'));
    expect(p).toMatchObject({ kind: 'paragraph', page: 1 });
    expect(y2023.text.slice(p!.start, p!.end)).toMatch(/^加强区政府门户网站.*未经审核的信息一律不准发布。$/);
  });

  it('reads the part 二 table, continued across the page break', () => {
    const [t23, t24] = [tables(y2023)[0]!, tables(y2024)[0]!];
    const expected = (a: string[], permit: string, penal: string, coerce: string, fees: string) => [
      ['第二十条第（一）项'],
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '0', '0', '0'],
      ['行政规范性文件', ...a],
      ['第二十条第（五）项'],
      ['信息内容', '本年处理决定数量'],
      ['行政许可', permit],
      ['第二十条第（六）项'],
      ['信息内容', '本年处理决定数量'],
      ['行政处罚', penal],
      ['行政强制', coerce],
      ['第二十条第（八）项'],
      ['信息内容', '本年收费金额（单位：万元）'],
      ['行政事业性收费', fees],
    ];
    expect(texts(t23)).toEqual(expected(['0', '5', '5'], '550', '4119', '195', '7730.28'));
    expect(texts(t24)).toEqual(expected(['3', '0', '8'], '9487', '2776', '84', '7545'));
    expect(t23.rows[0]![0]).toMatchObject({ colSpan: 4, rowSpan: 1 });
    expect(t23.rows[5]![1]).toMatchObject({ colSpan: 3 });
    // 2023 breaks the page after 第二十条第（六）项, 2024 before it.
    expect(t23.rows.map((r) => r[0]!.page)).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3]);
    expect(t24.rows.map((r) => r[0]!.page)).toEqual([2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3]);
  });
});

describe('the application table (part 三)', () => {
  const rows2023: [string, string[]][] = [
    ['一、本年新收政府信息公开申请数量', one('21')],
    ['二、上年结转政府信息公开申请数量', zeros],
    ['（一）予以公开', zeros],
    ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', one('4')],
    ['1.属于国家秘密', one('1')],
    ['2.其他法律行政止公开', zeros],
    ['3.危及“三安全一稳定”', zeros],
    ['4.保护第三方合法权益', zeros],
    ['5.属于三类内部事务信息', zeros],
    ['6.属于四类过程性信息', one('1')],
    ['7.属于行政执法案卷', one('1')],
    ['8.属于行政查询事项', zeros],
    ['1.本机关不掌握相关政府信息', one('10')],
    ['2.没有现成信息需要另行制作', one('3')],
    ['3.补正后申请内容仍不明确', zeros],
    ['1.信访举报投诉类申请', one('1')],
    ['2.重复申请', zeros],
    ['3.要求提供公开出版物', zeros],
    ['4.无正当理由大量反复申请', zeros],
    ['5.要求行政机关确认或重新出具已获取信息', zeros],
    ['（六）其他处理', zeros],
    ['（七）总计', one('21')],
    ['四、结转下年度继续办理', zeros],
  ];
  const changes2024: Record<string, string[]> = {
    '一、本年新收政府信息公开申请数量': one('95'),
    '（一）予以公开': one('50'),
    '（二）部分公开（区分处理的，只计这一情形，不计其他情形）': one('9'),
    '1.属于国家秘密': zeros,
    '3.危及“三安全一稳定”': one('1'),
    '1.本机关不掌握相关政府信息': one('31'),
    '2.没有现成信息需要另行制作': one('1'),
    '（七）总计': one('95'),
  };
  const rows2024 = rows2023.map(([label, v]): [string, string[]] => [label, changes2024[label] ?? v]);

  const check = (doc: Doc, expected: [string, string[]][], year: number) => {
    const t = tables(doc)[1]!;
    const g = grid(t);
    expect(t.page).toBe(3);
    expect(g.every((row) => row.length === 10)).toBe(true);
    // Three header rows, then one row per label, each with its seven applicant columns.
    expect(g.slice(0, 3).map((row) => row.map((c) => c.text))).toEqual([
      [
        ...Array(3).fill('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'),
        ...Array(7).fill('申请人情况'),
      ],
      [
        ...Array(3).fill('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'),
        '自然人',
        ...Array(5).fill('法人或其他组织'),
        '总计',
      ],
      [
        ...Array(3).fill('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'),
        '自然人',
        '商业企业',
        '科研机构',
        '社会公益组织',
        '法律服务机构',
        '其他',
        '总计',
      ],
    ]);
    const body = g.slice(3);
    expect(body.map((row) => [row[2]!.text || row[1]!.text, row.slice(3).map((c) => c.text)])).toEqual(expected);
    // Row headers span their sub-rows, across the page break.
    const result = body[2]![0]!;
    expect(result).toMatchObject({ text: '三、本年度办理结果', rowSpan: 20, page: 3 });
    expect(body.slice(2, 22).every((row) => row[0] === result)).toBe(true);
    expect(body[4]![1]).toMatchObject({ text: '（三）不予公开', rowSpan: 8, page: 3 });
    expect(body[12]![1]).toMatchObject({ text: '（四）无法提供', rowSpan: 3, page: 3 });
    expect(body[15]![1]).toMatchObject({ text: '（五）不予处理', rowSpan: 5, page: 4 });
    // Each cell keeps its own page: 2023 breaks after 2.没有现成信息, 2024 before it.
    const pages = body.map((row) => row[9]!.page);
    const firstOnPage4 = year === 2023 ? 14 : 13;
    expect(pages).toEqual(body.map((_, i) => (i < firstOnPage4 ? 3 : 4)));
  };

  it('2023: every row and column, 三、本年度办理结果 spanning pages 3 and 4', () => check(y2023, rows2023, 2023));
  it('2024: the same, with WPS closing the rows at the page break', () => check(y2024, rows2024, 2024));
});

describe('the reviews and lawsuits table (part 四)', () => {
  it('reads its two header levels and its one row of numbers', () => {
    const results = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    for (const [doc, numbers] of [
      [y2023, '10 1 0 0 0 0 0 0 0 0 5 0 0 0 0'],
      [y2024, '1 1 0 0 2 1 0 0 0 1 2 0 1 0 3'],
    ] as const) {
      const g = grid(tables(doc)[2]!);
      expect(g.map((r) => r.length)).toEqual([15, 15, 15, 15]);
      expect(g[0]!.slice(0, 5).map((c) => c.text)).toEqual(Array(5).fill('行政复议'));
      expect(g[0]![14]!.text).toBe('行政诉讼');
      expect(g[1]!.slice(5).map((c) => c.text)).toEqual([
        ...Array(5).fill('未经复议直接起诉'),
        ...Array(5).fill('复议后起诉'),
      ]);
      expect(g[2]!.map((c) => c.text)).toEqual([...results, ...results, ...results]);
      expect(g[3]!.map((c) => c.text).join(' ')).toBe(numbers);
      expect(g[3]!.every((c) => c.page === 4)).toBe(true);
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { Block, Doc } from '../../../src/import/doc';
import { items } from '../../../src/import/grid';
import { htmlToDoc, pageDate } from '../../../src/import/html';

const page = (body: string, head = '<title>某区2021年度政府信息公开工作年度报告_年报_某区政府</title>') =>
  `<!DOCTYPE html><html><head>${head}<meta charset="utf-8"></head><body>${body}</body></html>`;

function doc(html: string): Doc {
  const r = htmlToDoc(html);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}
const lines = (d: Doc) => d.blocks.map((b) => d.text.slice(b.start, b.end));
type Table = Extract<Block, { kind: 'table' }>;
const tables = (d: Doc) => d.blocks.filter((b): b is Table => b.kind === 'table');

const CHROME = `<nav><a href="/">首页</a><a href="/x">政务公开</a></nav><script>var x = "一、总体情况";</script>
  <style>p { color: red }</style><div class="menu"><a>网站地图</a><a>联系我们</a><a>政府信息公开年报列表</a></div>`;
const FOOTER = `<footer>版权所有：某区政府 主办单位：某区政府办公室 地址：某路1号</footer>`;

describe('htmlToDoc', () => {
  it('keeps the article and leaves the page chrome, scripts and styles', () => {
    const d = doc(
      page(
        `${CHROME}<div class="main"><p>一、总体情况</p><p>全年主动公开政府信息2645条，办结申请69件。</p><p>二、主动公开政府信息情况</p></div>${FOOTER}`,
      ),
    );
    expect(lines(d)).toEqual([
      '某区2021年度政府信息公开工作年度报告',
      '一、总体情况',
      '全年主动公开政府信息2645条，办结申请69件。',
      '二、主动公开政府信息情况',
    ]);
    expect(d.blocks.map((b) => b.kind)).toEqual(['heading', 'heading', 'paragraph', 'heading']);
    expect(d.title).toBe('某区2021年度政府信息公开工作年度报告');
    expect(d.text).not.toMatch(/网站地图|版权所有|color|var x/);
  });

  it('undoes Word HTML: numbers split over spans, &nbsp;, <o:p>, escaped conditional comments, zero-width characters', () => {
    const word = `<P class=MsoNormal><SPAN lang=EN-US>2</SPAN><SPAN lang=EN-US>6</SPAN><SPAN>4</SPAN><SPAN>5</SPAN>条<o:p>&nbsp;</o:p></P>
      <p>&lt;!--[if !supportLists]--&gt;<span>7、</span>&lt;!--[endif]--&gt;规范公开行为。\u200b</p>
      <p>政府信息\n公开&nbsp;工作</p>`;
    expect(lines(doc(page(word)))).toEqual([
      '某区2021年度政府信息公开工作年度报告',
      '2645条',
      '7、规范公开行为。',
      '政府信息公开 工作',
    ]);
  });

  it('reads a table cell by cell with its spans, joining a header written one character per line', () => {
    const table = `<table><tbody>
      <tr><td colspan=5><p>行政复议</p></td></tr>
      <tr><td rowspan=2><p>结</p><p>果<br>维持</p></td><td>&nbsp;0</td></tr>
      <tr><td>0&nbsp;</td></tr>
    </tbody></table>`;
    const [t] = tables(doc(page(table)));
    expect(t?.rows.map((r) => r.map((c) => [c.text, c.rowSpan, c.colSpan]))).toEqual([
      [['行政复议', 1, 5]],
      [
        ['结果维持', 2, 1],
        ['0', 1, 1],
      ],
      [['0', 1, 1]],
    ]);
  });

  it('keeps a row-header cell that a page split repeated, and a ghost row of empty cells, as written', () => {
    const table = `<table>
      <tr><td rowspan=2>三、本年度办理结果</td><td>（一）予以公开</td><td>7</td></tr>
      <tr><td>（二）部分公开</td><td>1</td></tr>
      <tr><td rowspan=1>三、本年度办理结果</td><td>（三）不予公开</td><td>0</td></tr>
      <tr><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>
    </table>`;
    const d = doc(page(table));
    const rows = items(d).filter((i) => i.type === 'row');
    expect(rows.map((r) => (r.type === 'row' ? [...r.inherited, ...r.cells.map((c) => c.text)] : []))).toEqual([
      ['三、本年度办理结果', '（一）予以公开', '7'],
      ['三、本年度办理结果', '（二）部分公开', '1'],
      ['三、本年度办理结果', '（三）不予公开', '0'],
      ['', '', ''],
    ]);
    // One line per row, cells joined by a tab, an empty cell as nothing between tabs.
    expect(d.text.split('\n').slice(1, 5)).toEqual([
      '三、本年度办理结果\t（一）予以公开\t7',
      '（二）部分公开\t1',
      '三、本年度办理结果\t（三）不予公开\t0',
      '\t\t',
    ]);
    for (const c of tables(d).flatMap((t) => t.rows.flat())) expect(d.text.slice(c.start, c.end)).toBe(c.text);
  });

  it('steps into a layout table but reads a data table as a table', () => {
    const d = doc(
      page(
        `<table><tr><td>${CHROME}</td><td><p>一、总体情况</p><table><tr><td>规章</td><td>0</td></tr></table></td></tr></table>`,
      ),
    );
    expect(tables(d)).toHaveLength(1);
    expect(lines(d)).toContain('一、总体情况');
  });

  it('says when a page has nothing to read', () => {
    expect(htmlToDoc('<html><body><script>x()</script></body></html>')).toEqual({
      ok: false,
      message: 'The page holds no readable text.',
      note: { id: 'importer.refuse.noReadable' },
    });
  });

  it('finds the publication date a CMS writes into the page', () => {
    expect(pageDate('<meta name="PubDate" content="2022-02-08 16:34"/>')).toBe('2022-02-08');
    expect(pageDate('<span>发布时间：</span><span>2020-1-31</span>')).toBe('2020-01-31');
    expect(pageDate('<p>no date</p>')).toBeUndefined();
  });
});

import { note, refuse } from './notes';
import { parse } from 'parse5';
import { findArticle, findTitle } from './article';
import { collapse, joinPieces } from './clean';
import type { Doc, Result } from './doc';
import { attr, children, find, isElement, isText, skipped, type El, type Node } from './dom';
import { assemble, type RawBlock, type RawCell } from './lines';
import { looksLikeHeading } from './sections';

/**
 * A published web page -> Doc: the article only (no menus, scripts or footer),
 * one paragraph per block element, tables as rows of cells with their spans.
 * Word HTML's quirks (numbers split over spans, &nbsp;, <o:p>, escaped
 * conditional comments, zero-width characters) vanish in `collapse`.
 */

const BLOCK = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'blockquote',
  'section',
  'article',
  'main',
  'pre',
  'hr',
  'center',
  'address',
  'figure',
  'figcaption',
  'caption',
  'form',
  'fieldset',
  'tbody',
  'thead',
  'tfoot',
  'body',
  'html',
]);

const span = (el: El, name: string) => {
  const n = Number.parseInt(attr(el, name) ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
};

/** A cell's text: its paragraphs and lines joined (Word writes 结/果/维/持 one per line). */
function cellText(cell: El): string {
  const pieces: string[] = [];
  let buf = '';
  const visit = (n: Node) => {
    if (isText(n)) buf += n.value;
    else if (isElement(n) && !skipped(n)) {
      const block = BLOCK.has(n.tagName) || n.tagName === 'br';
      const cut = () => {
        pieces.push(collapse(buf));
        buf = '';
      };
      if (block) cut();
      children(n).forEach(visit);
      if (block) cut();
    }
  };
  children(cell).forEach(visit);
  pieces.push(collapse(buf));
  return joinPieces(pieces);
}

function rowsOf(table: El): El[] {
  const rows: El[] = [];
  const visit = (el: El) => {
    for (const c of children(el))
      if (isElement(c) && !skipped(c)) {
        if (c.tagName === 'tr') rows.push(c);
        else if (c.tagName !== 'table') visit(c);
      }
  };
  visit(table);
  return rows;
}

function tableBlock(table: El): RawBlock {
  const rows: RawCell[][] = rowsOf(table)
    .map((tr) =>
      children(tr)
        .filter((c): c is El => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'))
        .map((td) => ({ text: cellText(td), rowSpan: span(td, 'rowspan'), colSpan: span(td, 'colspan') })),
    )
    .filter((r) => r.length > 0);
  return { kind: 'table', rows };
}

function walk(root: El): RawBlock[] {
  const out: RawBlock[] = [];
  let buf = '';
  const flush = (heading: boolean) => {
    const text = collapse(buf);
    buf = '';
    if (text) out.push({ kind: heading || looksLikeHeading(text) ? 'heading' : 'paragraph', text });
  };
  const visit = (n: Node) => {
    if (isText(n)) buf += n.value;
    if (!isElement(n) || skipped(n)) return;
    const tag = n.tagName;
    if (tag === 'br' || tag === 'hr') return flush(false);
    // A table holding tables is page layout: its cells are read as ordinary blocks.
    if (tag === 'table' && !find(n, (e) => e.tagName === 'table')) {
      flush(false);
      const caption = find(n, (e) => e.tagName === 'caption');
      if (caption) out.push({ kind: 'paragraph', text: collapse(cellText(caption)) });
      out.push(tableBlock(n));
      return;
    }
    const block = BLOCK.has(tag) || tag === 'table';
    if (block) flush(false);
    children(n).forEach(visit);
    if (block) flush(/^h[1-6]$/.test(tag));
  };
  visit(root);
  flush(false);
  return out.filter((b) => b.kind !== 'paragraph' || b.text !== '');
}

export function htmlToDoc(html: string, from: 'html' | 'docx' = 'html'): Result<Doc> {
  const document = parse(html);
  const body = find(document, (e) => e.tagName === 'body');
  if (!body) return refuse(note('importer.refuse.noBody'));
  const title = findTitle(document);
  const blocks = walk(findArticle(body));
  if (blocks.length === 0) return refuse(note('importer.refuse.noReadable'));
  // The page's title usually sits outside the article; put it first so the text reads whole.
  const first = blocks[0];
  const hasTitle =
    title !== undefined && first?.kind !== 'table' && first?.text.replace(/\s/g, '').includes(title.replace(/\s/g, ''));
  const withTitle: RawBlock[] = title && !hasTitle ? [{ kind: 'heading', text: collapse(title) }, ...blocks] : blocks;
  return { ok: true, value: assemble(withTitle, from, title), warnings: [] };
}

/** The publication date a CMS writes into the page (<meta name="PubDate">, 发布时间), as YYYY-MM-DD. */
export function pageDate(html: string): string | undefined {
  const head = html.slice(0, 200000);
  const meta =
    /<meta\s+name=["']?(?:PubDate|pubdate|publishdate|firstpublishedtime)["']?\s+content=["']?([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})/i.exec(
      head,
    );
  const shown = /发布(?:时间|日期)[:：\s]*(?:<[^>]*>\s*)*([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})/.exec(head);
  const m = meta ?? shown;
  return m ? `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}` : undefined;
}

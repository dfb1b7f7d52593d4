import { attr, children, elements, find, isElement, isText, skipped, textOf, type El, type Node } from './dom';

/**
 * Finds the article in a published page: from <body>, step into the child
 * that holds most of the readable text (link text does not count, so menus
 * and footers weigh nothing) until no child dominates.
 */

const STOP = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'table', 'pre', 'blockquote']);
const DOMINANT = 0.6;

function weigher(): (n: Node) => number {
  const memo = new Map<Node, number>();
  const weigh = (n: Node): number => {
    const known = memo.get(n);
    if (known !== undefined) return known;
    let w = 0;
    if (isText(n)) w = n.value.replace(/\s/g, '').length;
    else if (!isElement(n) || (!skipped(n) && n.tagName !== 'a')) for (const c of children(n)) w += weigh(c);
    memo.set(n, w);
    return w;
  };
  return weigh;
}

export function findArticle(body: El): El {
  const weigh = weigher();
  let current = body;
  for (;;) {
    const total = weigh(current);
    let best: El | undefined;
    for (const c of children(current)) if (isElement(c) && !skipped(c) && (!best || weigh(c) > weigh(best))) best = c;
    if (!best || total === 0 || weigh(best) < DOMINANT * total) return current;
    // A data table is content; only a layout table (one holding tables) is stepped into.
    if (STOP.has(best.tagName) && !(best.tagName === 'table' && find(best, (e) => e.tagName === 'table')))
      return current;
    current = best;
  }
}

/** The page's own title: the CMS's ArticleTitle meta, else <title> without the site name, else <h1>. */
export function findTitle(document: Node): string | undefined {
  for (const el of elements(document)) {
    if (el.tagName === 'meta' && /^articletitle$/i.test(attr(el, 'name') ?? '')) {
      const content = attr(el, 'content')?.trim();
      if (content) return content;
    }
  }
  const title = find(document, (e) => e.tagName === 'title');
  const text = title ? textOf(title).trim() : '';
  if (text) {
    const parts = text.split(/\s*(?:[_|｜]|\s-\s|—)\s*/).filter(Boolean);
    return parts.find((p) => p.includes('报告') || p.includes('報告')) ?? parts[0];
  }
  const h1 = find(document, (e) => e.tagName === 'h1');
  return h1 ? textOf(h1).trim() || undefined : undefined;
}

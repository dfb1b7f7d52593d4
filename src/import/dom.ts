import type { DefaultTreeAdapterTypes as T } from 'parse5';

/** Small helpers over parse5's tree, so html.ts reads as the walk it is. */

export type El = T.Element;
export type Node = T.ChildNode | T.Document;

export const isElement = (n: Node | T.ParentNode): n is El => 'tagName' in n;
export const isText = (n: Node): n is T.TextNode => n.nodeName === '#text';

export function attr(el: El, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

export function children(n: Node | T.ParentNode): T.ChildNode[] {
  return 'childNodes' in n ? n.childNodes : [];
}

/** Content never shown as article text: scripts, styles, forms and the page's chrome. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'svg',
  'canvas',
  'select',
  'button',
  'input',
  'textarea',
  'nav',
  'header',
  'footer',
  'aside',
  'head',
  'title',
  'meta',
  'link',
]);

export function skipped(el: El): boolean {
  if (SKIP.has(el.tagName)) return true;
  const style = attr(el, 'style')?.toLowerCase().replace(/\s/g, '') ?? '';
  return style.includes('display:none') || style.includes('visibility:hidden') || attr(el, 'hidden') !== undefined;
}

export function* elements(n: Node | T.ParentNode): Generator<El> {
  for (const c of children(n)) {
    if (!isElement(c)) continue;
    yield c;
    yield* elements(c);
  }
}

export function find(n: Node | T.ParentNode, test: (el: El) => boolean): El | undefined {
  for (const el of elements(n)) if (test(el)) return el;
  return undefined;
}

/** All text under a node (the node itself may be a skipped one such as <title>), skipping hidden descendants. */
export function textOf(n: Node | T.ParentNode): string {
  return children(n)
    .map((c) => (isText(c) ? c.value : isElement(c) && !skipped(c) ? textOf(c) : ''))
    .join('');
}

import { textWidth } from '../charts/layout';

/**
 * A chart's on-screen SVG turned into a standalone, publishable SVG: computed
 * styles inlined (CSS variables resolved, so it looks as on screen anywhere),
 * interaction and highlight state removed, and the chart framed with its
 * title, active filters, a legend and a source line drawn as SVG text.
 */

export interface LegendItem {
  label: string;
  /** The series' colour, and its fill (the same, or its pattern in the chart). */
  color: string;
  fill: string;
}

export interface ExportFrame {
  title: string;
  /** The active filters, or empty. */
  subtitle: string;
  legend: LegendItem[];
  source: string;
  lang: string;
}

export interface ExportedSvg {
  text: string;
  width: number;
  height: number;
}

const NS = 'http://www.w3.org/2000/svg';
const PAD = 16;
// Inherited properties are written only where they differ from the parent, so
// the file stays small and inheritance gives the same result as on screen.
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'visibility',
] as const;
const OWN: Record<string, string> = { opacity: '1', display: 'inline', 'dominant-baseline': 'auto' };

function inline(source: Element, target: Element, parent: CSSStyleDeclaration | null): void {
  const cs = getComputedStyle(source);
  const decl: string[] = [];
  for (const p of INHERITED) {
    const v = cs.getPropertyValue(p);
    if (v && (!parent || parent.getPropertyValue(p) !== v)) decl.push(`${p}:${v}`);
  }
  for (const [p, initial] of Object.entries(OWN)) {
    const v = cs.getPropertyValue(p);
    if (v && v !== initial) decl.push(`${p}:${v}`);
  }
  for (const a of ['class', 'tabindex', 'role', 'aria-label', 'aria-hidden', 'focusable', 'style'])
    target.removeAttribute(a);
  // data-* is page wiring; attributes holding CSS variables are resolved into the style above.
  for (const a of [...target.attributes])
    if (a.name.startsWith('data-') || a.value.includes('var(')) target.removeAttribute(a.name);
  // A highlighted (dimmed) state is the hover of one reader, not part of the chart.
  if (target.hasAttribute('opacity')) target.removeAttribute('opacity');
  const own = decl.filter((d) => !d.startsWith('opacity:'));
  if (own.length > 0) target.setAttribute('style', own.join(';'));
  const sc = source.children;
  const tc = target.children;
  for (let i = 0; i < sc.length; i++) {
    const s = sc[i];
    const t = tc[i];
    if (s && t) inline(s, t, cs);
  }
}

/** Legend colours are CSS variables on screen; a file needs the value. */
function resolveColor(color: string, root: CSSStyleDeclaration): string {
  const m = /^var\((--[\w-]+)\)$/.exec(color);
  return m?.[1] ? root.getPropertyValue(m[1]).trim() || color : color;
}

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, text?: string) {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Breaks text into lines that fit `width` at `fontSize` (CJK has no spaces, so any character may break). */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line && textWidth(line + ch, fontSize) > width) {
      const space = line.lastIndexOf(' ');
      // Latin breaks at the last space; CJK may break before any character.
      const wordBreak = space > 0 && !/[\u2e80-\u9fff]/.test(ch);
      lines.push(wordBreak ? line.slice(0, space) : line.trimEnd());
      line = wordBreak ? line.slice(space + 1) : '';
      if (ch === ' ' && line === '') continue;
    }
    line += ch;
  }
  if (line.trim()) lines.push(line);
  return lines;
}

export function serializeChartSvg(chart: SVGSVGElement, frame: ExportFrame): ExportedSvg {
  const root = getComputedStyle(document.documentElement);
  const bg = root.getPropertyValue('--bg').trim() || '#ffffff';
  const fg = root.getPropertyValue('--fg').trim() || '#000000';
  const muted = root.getPropertyValue('--muted').trim() || '#555555';
  const font = getComputedStyle(document.body).fontFamily;
  const cw = Number(chart.getAttribute('width')) || chart.getBoundingClientRect().width;
  const ch = Number(chart.getAttribute('height')) || chart.getBoundingClientRect().height;
  const width = Math.round(cw + 2 * PAD);
  const inner = width - 2 * PAD;

  const out = el('svg', { xmlns: NS, version: '1.1', lang: frame.lang, 'xml:lang': frame.lang });
  out.setAttribute('style', `font-family:${font}`);
  out.append(el('title', {}, frame.title));
  const body: SVGElement[] = [];
  let y = PAD;
  const lines = (text: string, size: number, color: string, weight = 'normal', lineHeight = size * 1.35) => {
    for (const line of wrapText(text, inner, size)) {
      y += lineHeight;
      body.push(
        el(
          'text',
          {
            x: PAD,
            y: y - (lineHeight - size) / 2 - 2,
            style: `font-size:${size}px;font-weight:${weight};fill:${color}`,
          },
          line,
        ),
      );
    }
  };
  lines(frame.title, 16, fg, 'bold');
  lines(frame.subtitle, 12, muted);
  y += 8;

  const copy = chart.cloneNode(true) as SVGSVGElement;
  inline(chart, copy, null);
  copy.setAttribute('x', String(PAD));
  copy.setAttribute('y', String(y));
  copy.setAttribute('width', String(cw));
  copy.setAttribute('height', String(ch));
  copy.setAttribute('viewBox', `0 0 ${cw} ${ch}`);
  copy.setAttribute('overflow', 'visible');
  body.push(copy);
  y += ch + 8;

  let x = PAD;
  if (frame.legend.length > 0) y += 14;
  for (const item of frame.legend) {
    const color = resolveColor(item.color, root);
    const w = 16 + textWidth(item.label, 12) + 16;
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      y += 18;
    }
    // The chart's own pattern (defined inside the chart) keys the series without colour, as on screen.
    const swatch = el('rect', { x, y: y - 11, width: 12, height: 12, rx: 2 });
    swatch.setAttribute('style', `fill:${resolveColor(item.fill, root)};stroke:${color};stroke-width:1px`);
    body.push(swatch, el('text', { x: x + 16, y, style: `font-size:12px;fill:${fg}` }, item.label));
    x += w;
  }
  if (frame.legend.length > 0) y += 8;
  lines(frame.source, 11, muted);
  const height = Math.round(y + PAD);

  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  out.append(el('rect', { width, height, style: `fill:${bg}` }), ...body);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(out)}`;
  return { text, width, height };
}

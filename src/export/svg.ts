import { textWidth } from '../charts/layout';

/**
 * A chart's on-screen SVG turned into a standalone, publishable SVG: computed
 * styles inlined (CSS variables resolved, so it looks as on screen anywhere),
 * interaction and highlight state removed, and the chart framed with its
 * title, active filters, a legend and a source line drawn as SVG text.
 *
 * The file is written as a string, never as DOM: the page's CSP (rightly)
 * refuses style attributes on elements it owns, and an exported SVG needs them.
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
const OWN: Record<string, string> = { display: 'inline', 'dominant-baseline': 'auto' };
// Page wiring and interaction; `opacity` is the dimming of one reader's hover.
const DROPPED = /^(class|style|tabindex|role|focusable|opacity|aria-.*|data-.*)$/;

const escapeText = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttr = (s: string) => escapeText(s).replaceAll('"', '&quot;');

function tag(name: string, attrs: Record<string, string | number>, inner = ''): string {
  const a = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('');
  return `<${name}${a}>${inner}</${name}>`;
}

/** Serializes a live element with its computed style, walking its children the same way. */
function serialize(source: Element, parent: CSSStyleDeclaration | null, override: Record<string, string> = {}): string {
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
  const attrs: Record<string, string> = {};
  for (const a of source.attributes) if (!DROPPED.test(a.name) && !a.value.includes('var(')) attrs[a.name] = a.value; // var() is resolved in the style
  Object.assign(attrs, override);
  if (decl.length > 0) attrs.style = decl.join(';');
  let inner = '';
  for (const node of source.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) inner += escapeText(node.textContent ?? '');
    else if (node instanceof Element) inner += serialize(node, cs);
  }
  return tag(source.tagName, attrs, inner);
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

/** Legend colours are CSS variables on screen; a file needs the value. */
function resolveColor(color: string, root: CSSStyleDeclaration): string {
  const m = /^var\((--[\w-]+)\)$/.exec(color);
  return m?.[1] ? root.getPropertyValue(m[1]).trim() || color : color;
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

  const body: string[] = [];
  let y = PAD;
  const lines = (text: string, size: number, color: string, weight = 'normal', lineHeight = size * 1.35) => {
    for (const line of wrapText(text, inner, size)) {
      y += lineHeight;
      const style = `font-size:${size}px;font-weight:${weight};fill:${color}`;
      body.push(tag('text', { x: PAD, y: y - (lineHeight - size) / 2 - 2, style }, escapeText(line)));
    }
  };
  lines(frame.title, 16, fg, 'bold');
  lines(frame.subtitle, 12, muted);
  y += 8;

  body.push(
    serialize(chart, null, {
      x: String(PAD),
      y: String(y),
      width: String(cw),
      height: String(ch),
      viewBox: `0 0 ${cw} ${ch}`,
      overflow: 'visible',
    }),
  );
  y += ch + 8;

  let x = PAD;
  if (frame.legend.length > 0) y += 14;
  for (const item of frame.legend) {
    const w = 16 + textWidth(item.label, 12) + 16;
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      y += 18;
    }
    // The chart's own pattern (defined inside the chart) keys the series without colour, as on screen.
    const style = `fill:${resolveColor(item.fill, root)};stroke:${resolveColor(item.color, root)};stroke-width:1px`;
    body.push(tag('rect', { x, y: y - 11, width: 12, height: 12, rx: 2, style }));
    body.push(tag('text', { x: x + 16, y, style: `font-size:12px;fill:${fg}` }, escapeText(item.label)));
    x += w;
  }
  if (frame.legend.length > 0) y += 8;
  lines(frame.source, 11, muted);
  const height = Math.round(y + PAD);

  const svg = tag(
    'svg',
    {
      xmlns: NS,
      version: '1.1',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      lang: frame.lang,
      'xml:lang': frame.lang,
      style: `font-family:${font}`,
    },
    tag('title', {}, escapeText(frame.title)) + tag('rect', { width, height, style: `fill:${bg}` }) + body.join(''),
  );
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, width, height };
}

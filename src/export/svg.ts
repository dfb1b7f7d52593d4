import { colorOf, patternId, patternOf, THEMES, type ExportTheme } from '../charts/palette';
import { textWidth, wrapText } from '../charts/text';

/**
 * A publishable, standalone SVG: the chart as Recharts drew it (off screen, at
 * the export's size and in its theme's colours), framed with its title, the
 * active filters, its notes, a legend and a source line. The frame is written
 * as a string, not DOM: pure, so it is tested without a browser, and the
 * page's CSP never sees its style attributes.
 */

export interface ExportFrame {
  title: string;
  /** The active filters, or empty. */
  subtitle: string;
  /** The chart's notes as on screen (overlap warnings, computed sums): a picture must not lose them. */
  notes: string[];
  source: string;
  lang: string;
}

export interface FrameOptions {
  /** Width of the whole image in CSS pixels. */
  width: number;
  theme: ExportTheme;
  /** Text size of the chart (titles scale with it). */
  fontSize?: number;
  /** The file's width and height attributes are the layout's times this (the viewBox stays as laid out). */
  outputScale?: number;
}

export interface ExportedSvg {
  text: string;
  width: number;
  height: number;
}

/** The chart itself: Recharts' <svg> serialized, and its size. */
export interface ChartMarkup {
  markup: string;
  width: number;
  height: number;
}

export type Legend = readonly { label: string; seriesIndex: number }[];

const NS = 'http://www.w3.org/2000/svg';
const FONTS: Record<string, string> = {
  'zh-Hant':
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans CJK TC', 'Noto Sans TC', 'PingFang TC', 'Microsoft JhengHei', 'Noto Sans CJK SC', sans-serif",
  other:
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK TC', sans-serif",
};

const escapeText = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttr = (s: string) => escapeText(s).replaceAll('"', '&quot;');
const num = (n: number) => String(Math.round(n * 100) / 100);

function tag(name: string, attrs: Record<string, string | number | undefined>, inner = ''): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(typeof v === 'number' ? num(v) : String(v))}"`)
    .join('');
  return `<${name}${a}>${inner}</${name}>`;
}

interface Block {
  height: number;
  /** The block's elements, drawn from `y` down. */
  draw: (y: number) => string;
}

/**
 * The frame's parts above and below the chart, laid out at a width: what is
 * left of a fixed-size card is the chart's (it grows to fill it).
 */
export function frameBlocks(frame: ExportFrame, legend: Legend, chartId: string, opts: FrameOptions) {
  const c = THEMES[opts.theme];
  const fs = opts.fontSize ?? 12;
  const pad = Math.round((fs * 4) / 3);
  const width = Math.round(opts.width);
  const inner = width - 2 * pad;
  const text = (s: string, size: number, color: string, weight: 'normal' | 'bold' = 'normal'): Block => {
    const lh = Math.round(size * 1.35);
    const lines = s ? wrapText(s, inner, size, weight) : [];
    return {
      height: lines.length * lh,
      draw: (y) =>
        lines
          .map((line, i) =>
            tag(
              'text',
              {
                x: pad,
                y: y + (i + 1) * lh - (lh - size) / 2 - 1,
                'font-size': size,
                'font-weight': weight,
                fill: color,
              },
              escapeText(line),
            ),
          )
          .join(''),
    };
  };
  const head = [
    text(frame.title, Math.round((fs * 4) / 3), c.fg, 'bold'),
    text(frame.subtitle, fs, c.muted),
    ...frame.notes.map((n) => text(n, fs, c.muted)),
  ];
  const legendBlock = ((): Block => {
    if (legend.length === 0) return { height: 0, draw: () => '' };
    const sw = Math.round(fs);
    const rowHeight = Math.round(fs * 1.5);
    const placed: { x: number; row: number; label: string; i: number }[] = [];
    let x = pad;
    let row = 0;
    for (const { label, seriesIndex: i } of legend) {
      const w = sw + 4 + textWidth(label, fs) + sw;
      if (x > pad && x + w > width - pad) {
        x = pad;
        row++;
      }
      placed.push({ x, row, label, i });
      x += w;
    }
    return {
      height: (row + 1) * rowHeight + Math.round(fs * 0.6),
      draw: (y) =>
        placed
          .map((p) => {
            const base = y + fs + p.row * rowHeight;
            const fill = patternOf(p.i) === 'solid' ? colorOf(c, p.i) : `url(#${patternId(chartId, p.i)})`;
            return (
              tag('rect', {
                class: 'legend-swatch',
                x: p.x,
                y: base - sw + 1,
                width: sw,
                height: sw,
                rx: 2,
                fill,
                stroke: colorOf(c, p.i),
              }) +
              tag('text', { class: 'legend-label', x: p.x + sw + 4, y: base, 'font-size': fs, fill: c.fg }, escapeText(p.label))
            );
          })
          .join(''),
    };
  })();
  const foot = [legendBlock, text(frame.source, Math.round(fs * 0.92), c.muted)];
  const sum = (blocks: Block[]) => blocks.reduce((s, b) => s + b.height, 0);
  const gap = Math.round(fs * 0.8);
  return {
    pad,
    inner,
    width,
    head,
    foot,
    /** Height of everything but the chart. */
    chrome: pad + sum(head) + gap + Math.round(fs * 0.5) + sum(foot) + pad,
    gap,
  };
}

/** The framed SVG around a chart Recharts drew; `height`: a fixed-size card's, else as tall as its content. */
export function framedSvg(
  chart: ChartMarkup,
  legend: Legend,
  chartId: string,
  frame: ExportFrame,
  opts: FrameOptions & { height?: number },
): ExportedSvg {
  const c = THEMES[opts.theme];
  const fs = opts.fontSize ?? 12;
  const f = frameBlocks(frame, legend, chartId, opts);
  const body: string[] = [];
  let y = f.pad;
  for (const b of f.head) {
    body.push(b.draw(y));
    y += b.height;
  }
  y += f.gap;
  body.push(tag('g', { transform: `translate(${f.pad},${num(y)})` }, chart.markup));
  y += chart.height + Math.round(fs * 0.5);
  for (const b of f.foot) {
    body.push(b.draw(y));
    y += b.height;
  }
  // A card keeps its exact size (its chart was laid out to fill it, to the pixel).
  const content = y + f.pad;
  const height = opts.height !== undefined && content <= opts.height + 1 ? opts.height : Math.round(content);
  const scale = opts.outputScale ?? 1;
  const svg = tag(
    'svg',
    {
      xmlns: NS,
      version: '1.1',
      width: f.width * scale,
      height: height * scale,
      viewBox: `0 0 ${num(f.width)} ${num(height)}`,
      lang: frame.lang,
      'xml:lang': frame.lang,
      'font-family': FONTS[frame.lang] ?? FONTS.other,
    },
    tag('title', {}, escapeText(frame.title)) + tag('rect', { width: f.width, height, fill: c.bg }) + body.join(''),
  );
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, width: f.width, height };
}

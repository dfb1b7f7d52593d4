import type { ChartDrawing } from '../charts/drawing';
import { patternId, SERIES, THEMES, type ExportTheme } from '../charts/palette';
import type { Paint } from '../charts/scene';
import { textWidth, wrapText } from '../charts/text';

/**
 * A chart as a standalone, publishable SVG string: the same scene as on screen
 * (charts/scene.ts), laid out at the width asked for, in the colours of the theme
 * asked for, framed with its title, the active filters, its notes, a legend and
 * a source line. Written as a string, not DOM: pure, so it is tested without a
 * browser and the page's CSP never sees its style attributes.
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

export type { ChartDrawing };

export interface SvgOptions {
  /** Width of the whole image in CSS pixels. */
  width: number;
  theme: ExportTheme;
  /** Text size of the chart (titles scale with it). */
  fontSize?: number;
  /** Pad the image to at least this height (a social-media card); the frame starts at the top. */
  minHeight?: number;
  /** The file's width and height attributes are the layout's times this (the viewBox stays as laid out). */
  outputScale?: number;
}

export interface ExportedSvg {
  text: string;
  width: number;
  height: number;
}

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

function patterns(id: string, colors: readonly string[]): string {
  return tag(
    'defs',
    {},
    SERIES.map((s, i) => {
      if (s.pattern === 'solid') return '';
      const c = colors[i] ?? '#000';
      const mark =
        s.pattern === 'stripes'
          ? tag('path', { d: 'M0,6 L6,0', stroke: c, 'stroke-width': 2 })
          : tag('circle', { cx: 3, cy: 3, r: 1.6, fill: c });
      return tag(
        'pattern',
        { id: patternId(id, i), width: 6, height: 6, patternUnits: 'userSpaceOnUse' },
        tag('rect', { width: 6, height: 6, fill: c, 'fill-opacity': 0.35 }) + mark,
      );
    }).join(''),
  );
}

const fillOf = (id: string, i: number, colors: readonly string[]) =>
  SERIES[i % SERIES.length]?.pattern === 'solid' ? (colors[i] ?? '#000') : `url(#${patternId(id, i)})`;

export function chartSvg(drawing: ChartDrawing, frame: ExportFrame, opts: SvgOptions): ExportedSvg {
  const c = THEMES[opts.theme];
  const paint: Record<Paint, string> = { text: c.text, muted: c.muted, grid: c.grid, axis: c.axis };
  const fs = opts.fontSize ?? 12;
  const pad = Math.round((fs * 4) / 3);
  const width = Math.round(opts.width);
  const inner = width - 2 * pad;
  const body: string[] = [];
  let y = pad;

  const lines = (text: string, size: number, color: string, weight: 'normal' | 'bold' = 'normal') => {
    if (!text) return;
    const lh = Math.round(size * 1.35);
    for (const line of wrapText(text, inner, size, weight)) {
      y += lh;
      body.push(
        tag(
          'text',
          { x: pad, y: y - (lh - size) / 2 - 1, 'font-size': size, 'font-weight': weight, fill: color },
          escapeText(line),
        ),
      );
    }
  };
  lines(frame.title, Math.round((fs * 4) / 3), c.fg, 'bold');
  lines(frame.subtitle, fs, c.muted);
  for (const note of frame.notes) lines(note, fs, c.muted);
  y += Math.round(fs * 0.8);

  const g = drawing.layout(inner, fs);
  const parts: string[] = [];
  for (const s of g.shapes) {
    if (s.kind === 'line')
      parts.push(
        tag('line', {
          x1: s.x1,
          y1: s.y1,
          x2: s.x2,
          y2: s.y2,
          stroke: paint[s.stroke],
          'stroke-width': 1,
          'stroke-dasharray': s.dash ? '4 3' : undefined,
        }),
      );
    else if (s.kind === 'text') {
      const spans =
        s.lines.length === 1
          ? escapeText(s.lines[0] ?? '')
          : s.lines.map((l, i) => tag('tspan', { x: s.x, dy: i === 0 ? 0 : s.lineHeight }, escapeText(l))).join('');
      parts.push(
        tag('text', { x: s.x, y: s.y, 'font-size': s.size, 'text-anchor': s.anchor, fill: paint[s.fill] }, spans),
      );
    } else {
      const b = s.geometry;
      parts.push(
        tag('rect', {
          x: b.x,
          y: b.y,
          width: b.w,
          height: b.h,
          rx: 2,
          fill: fillOf(drawing.id, b.seriesIndex, c.series),
          stroke: c.series[b.seriesIndex % c.series.length],
          'stroke-width': 1,
        }),
      );
    }
  }
  body.push(tag('g', { transform: `translate(${pad},${num(y)})` }, parts.join('')));
  y += g.height + Math.round(fs * 0.5);

  if (drawing.legend.length > 0) {
    let x = pad;
    const sw = Math.round(fs);
    y += Math.round(fs * 1.3);
    drawing.legend.forEach(({ label, seriesIndex: i }) => {
      const w = sw + 4 + textWidth(label, fs) + sw;
      if (x > pad && x + w > width - pad) {
        x = pad;
        y += Math.round(fs * 1.5);
      }
      body.push(
        tag('rect', {
          x,
          y: y - sw + 1,
          width: sw,
          height: sw,
          rx: 2,
          fill: fillOf(drawing.id, i, c.series),
          stroke: c.series[i % c.series.length],
        }),
      );
      body.push(tag('text', { x: x + sw + 4, y, 'font-size': fs, fill: c.fg }, escapeText(label)));
      x += w;
    });
    y += Math.round(fs * 0.6);
  }
  lines(frame.source, Math.round(fs * 0.92), c.muted);
  const height = Math.max(Math.round(y + pad), opts.minHeight ?? 0);

  const svg = tag(
    'svg',
    {
      xmlns: NS,
      version: '1.1',
      width: width * (opts.outputScale ?? 1),
      height: height * (opts.outputScale ?? 1),
      viewBox: `0 0 ${num(width)} ${num(height)}`,
      lang: frame.lang,
      'xml:lang': frame.lang,
      'font-family': FONTS[frame.lang] ?? FONTS.other,
    },
    tag('title', {}, escapeText(frame.title)) +
      patterns(drawing.id, c.series) +
      tag('rect', { width, height, fill: c.bg }) +
      body.join(''),
  );
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, width, height };
}

import type { BarGeometry, ChartGeometry } from './geometry';
import { textWidth } from './text';

/**
 * A chart as a list of shapes in paint tokens, not colours: the screen renders
 * it as React SVG (tokens become CSS variables, bars become buttons) and an
 * export writes it as a string (tokens become the chosen theme's colours). One
 * drawing, so an export looks as the screen does.
 */

export type Paint = 'text' | 'muted' | 'grid' | 'axis';

export type Shape =
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: Paint; dash?: boolean }
  | {
      kind: 'text';
      role: 'tick' | 'category' | 'value' | 'gap' | 'note';
      x: number;
      y: number;
      lines: string[];
      lineHeight: number;
      anchor: 'start' | 'middle' | 'end';
      size: number;
      fill: Paint;
    }
  | { kind: 'bar'; geometry: BarGeometry };

export function chartScene(g: ChartGeometry): Shape[] {
  const shapes: Shape[] = [];
  const { plot, fontSize: fs } = g;
  for (const t of g.ticks)
    shapes.push({ kind: 'line', x1: t.x, y1: plot.top, x2: t.x, y2: plot.bottom, stroke: 'grid' });
  shapes.push({ kind: 'line', x1: plot.left, y1: plot.bottom, x2: plot.right, y2: plot.bottom, stroke: 'axis' });
  for (const t of g.ticks) {
    const half = textWidth(t.label, fs) / 2;
    // The end ticks stay inside the chart instead of being cut at its edge.
    const anchor = t.x - half < 0 ? 'start' : t.x + half > g.width ? 'end' : 'middle';
    const x = anchor === 'start' ? Math.max(0, t.x - 2) : anchor === 'end' ? g.width : t.x;
    shapes.push({
      kind: 'text',
      role: 'tick',
      x,
      y: plot.bottom + fs + 4,
      lines: [t.label],
      lineHeight: g.lineHeight,
      anchor,
      size: fs,
      fill: 'muted',
    });
  }
  for (const c of g.categories)
    shapes.push({
      kind: 'text',
      role: 'category',
      x: c.x,
      y: c.y,
      lines: c.lines,
      lineHeight: g.lineHeight,
      anchor: c.anchor,
      size: fs,
      fill: 'text',
    });
  for (const b of g.bars) {
    shapes.push({ kind: 'bar', geometry: b });
    shapes.push({
      kind: 'text',
      role: 'value',
      x: b.labelX,
      y: b.y + b.h / 2 + fs * 0.35,
      lines: [b.valueLabel],
      lineHeight: g.lineHeight,
      anchor: 'start',
      size: fs,
      fill: 'text',
    });
  }
  return shapes;
}

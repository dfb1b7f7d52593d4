import type { BarGeometry } from './geometry';
import type { ChartBar } from './model';
import type { Shape } from './scene';
import { textWidth } from './text';
import { niceSteps, ticksWithStep } from './ticks';

/**
 * A series over the years as columns: one slot per year from the first to the
 * last, a column where the year has a value, nothing where it has none (a gap
 * is never a zero), a dashed line where the report format changed. Layout and
 * shapes from data only, like the bar chart, so screen and export agree.
 */

export interface ColumnSlot {
  year: number;
  /** The column, when the year has a value. */
  bar: ChartBar | null;
  /** A value taken from a sentence of the text, not a table: drawn hatched. */
  fromText: boolean;
  /** Why there is no column: no report that year, or the report does not state it. */
  gap: 'no-report' | 'not-stated' | null;
}

export interface ColumnOptions {
  width: number;
  slots: readonly ColumnSlot[];
  valueLabel: (bar: ChartBar) => string;
  /** The number alone, written above its column (the full label is in the tooltip and table). */
  shortLabel: (bar: ChartBar) => string;
  tickLabel: (value: number, axisMax: number) => string;
  /** Years where the report format changed, with the label drawn there ("2021 format"). */
  formatChanges: readonly { year: number; label: string }[];
  /** Said under a year without a column. */
  gapLabel: (gap: 'no-report' | 'not-stated') => string;
  fontSize?: number;
}

export interface ColumnGeometry {
  width: number;
  height: number;
  shapes: Shape[];
  bars: BarGeometry[];
}

const PLOT_HEIGHT = 180;

function gapRuns(slots: readonly ColumnSlot[]) {
  const runs: { from: number; to: number; gap: 'no-report' | 'not-stated' }[] = [];
  slots.forEach((s, i) => {
    const last = runs.at(-1);
    if (!s.bar && s.gap && last && last.gap === s.gap && last.to === i - 1) last.to = i;
    else if (!s.bar && s.gap) runs.push({ from: i, to: i, gap: s.gap });
  });
  return runs;
}

/**
 * Where each format-change note goes: right of its line, or left when it would
 * run off the chart; a note that would touch the one before moves up a row
 * (2019 and 2021 are two columns apart on a phone).
 */
function placeNotes(o: ColumnOptions, left: number, band: number, right: number, size: number) {
  const placed: { x: number; label: string; anchor: 'start' | 'end'; row: number; from: number; to: number }[] = [];
  for (const change of o.formatChanges) {
    const i = o.slots.findIndex((s) => s.year === change.year);
    if (i <= 0) continue;
    const x = left + band * i;
    const w = textWidth(change.label, size);
    const anchor = x + 3 + w <= right ? 'start' : 'end';
    const from = anchor === 'start' ? x : x - 3 - w;
    const to = anchor === 'start' ? x + 3 + w : x;
    let row = 0;
    while (placed.some((p) => p.row === row && p.to + 4 > from && p.from < to + 4)) row++;
    placed.push({ x, label: change.label, anchor, row, from, to });
  }
  return placed;
}

export function columnGeometry(o: ColumnOptions): ColumnGeometry {
  const fs = o.fontSize ?? 12;
  const width = Math.max(200, Math.floor(o.width));
  const values = o.slots.flatMap((s) => (s.bar ? [s.bar.value] : []));
  const max = Math.max(0, ...values);
  const integer = values.every(Number.isInteger);
  const plotHeight = Math.round(PLOT_HEIGHT * (fs / 12));
  let ticks = ticksWithStep(max || 1, niceSteps(max || 1, 4, integer)[0] ?? 1);
  // Fewer ticks if their labels would touch vertically.
  if (plotHeight / (ticks.length - 1) < fs * 1.6)
    ticks = ticksWithStep(max || 1, niceSteps(max || 1, 2, integer)[0] ?? 1);
  const axisMax = ticks.at(-1) ?? 1;
  const tickLabels = ticks.map((t) => o.tickLabel(t, axisMax));
  const left = Math.max(...tickLabels.map((l) => textWidth(l, fs))) + 8;
  const right = width - 4;
  const n = Math.max(1, o.slots.length);
  const band = (right - left) / n;
  const noteSize = Math.round(fs * 0.9);
  const notes = placeNotes(o, left, band, right, noteSize);
  // Notes sit a few pixels higher than a full-height column's value, so the two never meet.
  const top = fs * 2 + 10 + Math.max(0, ...notes.map((n) => n.row)) * (fs + 2);
  const bottom = top + plotHeight;
  const colW = Math.max(4, Math.min(36, band * 0.7));
  const y = (v: number) => bottom - (v / axisMax) * plotHeight;
  // Years: every year when they fit, else every other (the last is always written).
  const yearEvery = band >= textWidth('2000', fs) + 6 ? 1 : 2;

  const shapes: Shape[] = [];
  const bars: BarGeometry[] = [];
  ticks.forEach((t, i) => {
    shapes.push({ kind: 'line', x1: left, y1: y(t), x2: right, y2: y(t), stroke: i === 0 ? 'axis' : 'grid' });
    shapes.push({
      kind: 'text',
      role: 'tick',
      x: left - 6,
      y: y(t) + fs * 0.35,
      lines: [tickLabels[i] ?? ''],
      lineHeight: fs,
      anchor: 'end',
      size: fs,
      fill: 'muted',
    });
  });
  o.slots.forEach((s, i) => {
    const cx = left + band * (i + 0.5);
    if ((o.slots.length - 1 - i) % yearEvery === 0)
      shapes.push({
        kind: 'text',
        role: 'category',
        x: cx,
        y: bottom + fs + 4,
        lines: [String(s.year)],
        lineHeight: fs,
        anchor: 'middle',
        size: fs,
        fill: 'text',
      });
    if (!s.bar) return;
    const h = Math.max(1, bottom - y(s.bar.value));
    const label = o.shortLabel(s.bar);
    const geometry: BarGeometry = {
      bar: s.bar,
      seriesIndex: s.fromText ? 1 : 0,
      x: cx - colW / 2,
      y: bottom - h,
      w: colW,
      h,
      valueLabel: label,
      labelX: cx,
      labelWidth: textWidth(label, fs),
    };
    bars.push(geometry);
    shapes.push({ kind: 'bar', geometry });
    // The value sits above its column when it fits the slot; the table and tooltip always have it.
    if (geometry.labelWidth <= band + 4)
      shapes.push({
        kind: 'text',
        role: 'value',
        x: cx,
        y: bottom - h - 4,
        lines: [label],
        lineHeight: fs,
        anchor: 'middle',
        size: fs,
        fill: 'text',
      });
  });
  // A run of years without a column is said once, across the run, when the words fit.
  for (const run of gapRuns(o.slots)) {
    const text = o.gapLabel(run.gap);
    const x0 = left + band * run.from;
    const x1 = left + band * (run.to + 1);
    const size = Math.round(fs * 0.85);
    if (textWidth(text, size) > x1 - x0 - 2) continue;
    shapes.push({
      kind: 'text',
      role: 'gap',
      x: (x0 + x1) / 2,
      y: bottom - 4,
      lines: [text],
      lineHeight: fs,
      anchor: 'middle',
      size,
      fill: 'muted',
    });
  }
  for (const note of notes) {
    const lift = note.row * (fs + 2);
    shapes.push({
      kind: 'line',
      x1: note.x,
      y1: top - fs - 4 - lift,
      x2: note.x,
      y2: bottom,
      stroke: 'axis',
      dash: true,
    });
    shapes.push({
      kind: 'text',
      role: 'note',
      x: note.anchor === 'start' ? note.x + 3 : note.x - 3,
      y: top - fs - 6 - lift,
      lines: [note.label],
      lineHeight: fs,
      anchor: note.anchor,
      size: noteSize,
      fill: 'muted',
    });
  }
  return { width, height: Math.round(bottom + fs * 2 + 6), shapes, bars };
}

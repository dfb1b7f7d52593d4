import { valueAxis, type ValueAxis } from './axis';
import type { ChartBar } from './model';
import { textWidth } from './text';

/**
 * A series over the years as columns, laid out from data only (no DOM), for
 * Recharts to draw: one slot per year from the first to the last, a column
 * where the year has a value, nothing where it has none (a gap is never a
 * zero), a dashed line where the report format changed with its note above the
 * plot, clear of every value. Given a height (a fixed-size export), the plot
 * grows to fill it.
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
  /** The number alone, written above its column (the full label is in the tooltip and table). */
  shortLabel: (bar: ChartBar) => string;
  tickLabel: (value: number, axisMax: number) => string;
  /** Years where the report format changed, with the label drawn there ("2021 format"). */
  formatChanges: readonly { year: number; label: string }[];
  /** Said under a year without a column. */
  gapLabel: (gap: 'no-report' | 'not-stated') => string;
  fontSize?: number;
  /** Fill this height: the plot grows into it. */
  height?: number;
  /** The largest value of the charts drawn beside this one: small multiples share one scale. */
  scaleMax?: number;
}

export interface ColumnNote {
  year: number;
  label: string;
  /** The line's x (the boundary before the year) and the note's anchor and baseline. */
  x: number;
  anchor: 'start' | 'end';
  textY: number;
  lineTop: number;
}

export interface ColumnLayout {
  kind: 'columns';
  width: number;
  height: number;
  fontSize: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** The value axis' width, left of the plot. */
  axisWidth: number;
  /** The year axis under the plot. */
  axisHeight: number;
  axis: ValueAxis;
  plot: { left: number; right: number; top: number; bottom: number };
  band: number;
  barSize: number;
  /** Every year's label, or every other (the last is always written). */
  yearEvery: 1 | 2;
  /** Per slot: the short value written above the column ('' without a column). */
  valueLabels: string[];
  /** Too narrow a slot for a value written across: every value stands upright above its column. */
  valueUpright: boolean;
  notes: ColumnNote[];
  noteSize: number;
  /** Runs of years without a column, said once across the run where the words fit. */
  gaps: { x: number; y: number; text: string }[];
  gapSize: number;
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
  const placed: {
    year: number;
    x: number;
    label: string;
    anchor: 'start' | 'end';
    row: number;
    from: number;
    to: number;
  }[] = [];
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
    placed.push({ year: change.year, x, label: change.label, anchor, row, from, to });
  }
  return placed;
}

export function columnLayout(o: ColumnOptions): ColumnLayout {
  const fs = o.fontSize ?? 12;
  const width = Math.max(200, Math.floor(o.width));
  const values = o.slots.flatMap((s) => (s.bar ? [s.bar.value] : []));
  const largest = Math.max(0, o.scaleMax ?? 0, ...values);
  const natural = Math.round(PLOT_HEIGHT * (fs / 12));
  const axisHeight = fs * 2 + 6;
  const noteSize = Math.round(fs * 0.9);
  // The notes' rows depend on the width only, so the plot's top is known before its height.
  const firstAxis = valueAxis(largest, natural, values.every(Number.isInteger), o.tickLabel, () => fs * 1.6, fs);
  const axisWidthOf = (a: ValueAxis) => Math.max(...a.labels.map((l) => textWidth(l, fs))) + 8;
  const left = axisWidthOf(firstAxis);
  const n = Math.max(1, o.slots.length);
  // The last year is always written, centred on its column: where half of it is wider than half a slot,
  // the plot ends that much sooner, so the label is never cut at the chart's edge.
  const lastYear = textWidth(String(o.slots.at(-1)?.year ?? ''), fs);
  const right = width - 4 - Math.max(0, lastYear / 2 - (width - 4 - left) / n / 2 + 2);
  const band = (right - left) / n;
  const placed = placeNotes(o, left, band, right, noteSize);
  // Every column says its value: across its slot where each fits (beside a format-change line, clear of
  // it), else upright, in a band above the plot tall enough for the longest (and a ⚠ above it).
  const labels = o.slots.map((s) => (s.bar ? o.shortLabel(s.bar) : ''));
  const lines = new Set(placed.map((p) => o.slots.findIndex((s) => s.year === p.year)));
  const upright = labels.some((label, i) => {
    const room = lines.has(i) || lines.has(i + 1) ? band - 4 : band + 4;
    return label !== '' && textWidth(label, fs) > room;
  });
  const marked = o.slots.some((s) => s.bar?.check === 'does-not-hold');
  const labelBand = upright ? Math.max(0, ...labels.map((l) => textWidth(l, fs))) + 6 + (marked ? fs + 2 : 0) : 0;
  // Notes sit a few pixels higher than a full-height column's value, so the two never meet.
  const notesBase = fs * 2 + 10 + Math.max(0, ...placed.map((p) => p.row)) * (fs + 2);
  const top = notesBase + labelBand;
  const plotHeight = o.height !== undefined ? Math.max(natural, o.height - top - axisHeight) : natural;
  const axis =
    plotHeight === natural
      ? firstAxis
      : valueAxis(largest, plotHeight, values.every(Number.isInteger), o.tickLabel, () => fs * 1.6, fs);
  // A taller axis may write wider ticks; the plot keeps the first axis' left edge when they fit.
  const axisWidth = Math.max(left, axisWidthOf(axis));
  const plotLeft = axisWidth;
  const plotBand = (right - plotLeft) / n;
  const bottom = top + plotHeight;
  const height = Math.max(o.height ?? 0, bottom + axisHeight);
  const valueLabels = labels;
  const gapSize = Math.round(fs * 0.85);
  const gaps = gapRuns(o.slots).flatMap((run) => {
    const text = o.gapLabel(run.gap);
    const x0 = plotLeft + plotBand * run.from;
    const x1 = plotLeft + plotBand * (run.to + 1);
    return textWidth(text, gapSize) > x1 - x0 - 2 ? [] : [{ x: (x0 + x1) / 2, y: bottom - 4, text }];
  });
  const notes = placed.map((p): ColumnNote => {
    const lift = p.row * (fs + 2);
    const x = plotLeft + plotBand * o.slots.findIndex((s) => s.year === p.year);
    return {
      year: p.year,
      label: p.label,
      x,
      anchor: p.anchor,
      textY: notesBase - fs - 6 - lift,
      lineTop: notesBase - fs - 4 - lift,
    };
  });
  return {
    kind: 'columns',
    width,
    height,
    fontSize: fs,
    margin: { top, right: width - right, bottom: height - bottom - axisHeight, left: 0 },
    axisWidth,
    axisHeight,
    axis,
    plot: { left: plotLeft, right, top, bottom },
    band: plotBand,
    barSize: Math.max(4, Math.min(36 * (fs / 12), plotBand * 0.7)),
    yearEvery: plotBand >= textWidth('2000', fs) + 6 ? 1 : 2,
    valueLabels,
    valueUpright: upright,
    notes,
    noteSize,
    gaps,
    gapSize,
  };
}

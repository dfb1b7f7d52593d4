import { valueAxis, type ValueAxis } from './axis';
import type { ChartModel } from './model';
import { textWidth, wrapText } from './text';

/**
 * Where a horizontal bar chart's parts go, from its model and a size only (no
 * DOM): the numbers Recharts is given (margins, the category axis' width, the
 * band and bar sizes, the ticks), so the screen, every export size, the
 * placeholder that holds a chart's place and the tests agree. Category labels
 * wrap, whole, never cut; on a narrow width they sit above their bars, which
 * get the full width. Given a height (a fixed-size export), the bands grow to
 * fill it.
 */

export interface BarLayoutOptions {
  width: number;
  /** The value written beside each bar, in `model.bars` order. */
  valueLabels: readonly string[];
  /** A tick's label; `axisMax` is the last tick, so one axis writes all its ticks alike. */
  tickLabel: (value: number, axisMax: number) => string;
  fontSize?: number;
  /** Fill this height: the bands (and bars) grow into it. */
  height?: number;
}

export interface BarLayout {
  kind: 'bars';
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  labelsAbove: boolean;
  /** Around the plot and its axes, as Recharts takes it. */
  margin: { top: number; right: number; bottom: number; left: number };
  /** The category axis: the label column beside the bars (0 when labels sit above them). */
  categoryWidth: number;
  /** The value axis under the plot. */
  axisHeight: number;
  /** Height of one category's band, its bars' thickness and the gap between a group's bars. */
  band: number;
  barSize: number;
  barGap: number;
  /** Each category's label, wrapped. */
  lines: string[][];
  axis: ValueAxis;
  plot: { left: number; right: number; top: number; bottom: number };
  /** From a bar's end to its value. */
  valueGap: number;
  /**
   * How far below Recharts' centred place the bars are drawn: with labels above
   * them, label and bars together are centred in the band.
   */
  shift: number;
}

/** Below this width (at 12 px text) category labels go above their bars. */
export const NARROW = 440;
const LABEL_GAP = 8;
const VALUE_GAP = 4;
/** A bar grows at most this much when a chart fills a taller frame. */
const MAX_GROWTH = 2;

export function barLayout(model: ChartModel, opts: BarLayoutOptions): BarLayout {
  const fs = opts.fontSize ?? 12;
  const scale = fs / 12;
  const lineHeight = Math.round(fs * 1.3);
  const width = Math.max(120, Math.floor(opts.width));
  const nSeries = Math.max(1, model.series.length);
  const naturalBar = Math.round((nSeries > 1 ? 14 : 20) * scale);
  const barGap = Math.round(3 * scale);
  const pad = Math.round(10 * scale);

  const labelsAbove = width < NARROW * scale;
  const natural = Math.max(0, ...model.categories.map((c) => textWidth(c.label, fs)));
  // Labels take what they need up to 40% of the width (45% when that saves a fourth line).
  let column = labelsAbove ? width : Math.min(natural, Math.round(width * 0.4));
  const wrap = (w: number) => model.categories.map((c) => wrapText(c.label, w, fs));
  let lines = wrap(column);
  if (!labelsAbove && lines.some((l) => l.length > 3)) {
    column = Math.min(natural, Math.round(width * 0.45));
    lines = wrap(column);
  }
  const categoryWidth = labelsAbove ? 0 : Math.max(0, ...lines.flat().map((l) => textWidth(l, fs))) + LABEL_GAP;
  const maxLines = Math.max(1, ...lines.map((l) => l.length));
  const labelBlock = maxLines * lineHeight;

  const values = model.bars.map((b) => b.value);
  // A figure a check does not hold for has its ⚠ after its value.
  const labelWidths = opts.valueLabels.map(
    (v, i) => textWidth(v, fs) + (model.bars[i]?.check === 'does-not-hold' ? 3 + fs : 0),
  );
  const room = width - categoryWidth;
  const axisFor = (length: number) =>
    valueAxis(Math.max(0, ...values), length, values.every(Number.isInteger), opts.tickLabel, (w) => w + 12, fs);
  // The plot takes the width its bars' values leave: a value needs room after its own bar,
  // not after the axis' end, so the plot is as wide as the longest bar-plus-value allows.
  const fits = (axisMax: number) => {
    let w = room - Math.ceil(textWidth(opts.tickLabel(axisMax, axisMax), fs) / 2);
    values.forEach((v, i) => {
      const share = axisMax > 0 ? v / axisMax : 0;
      if (share > 0) w = Math.min(w, (room - VALUE_GAP - 2 - (labelWidths[i] ?? 0)) / share);
    });
    return Math.max(40, Math.floor(w));
  };
  let plotWidth = Math.max(40, room - Math.max(0, ...labelWidths) - VALUE_GAP - 2);
  let axis = axisFor(plotWidth);
  for (let i = 0; i < 3; i++) {
    const wider = fits(axis.max);
    const next = axisFor(wider);
    // A wider plot may take finer ticks whose axis ends sooner, leaving less room: keep what fits.
    if (fits(next.max) < wider && next.max !== axis.max) break;
    plotWidth = wider;
    axis = next;
  }
  const right = width - categoryWidth - plotWidth;

  const blockOf = (bar: number) => nSeries * bar + (nSeries - 1) * barGap;
  const bandOf = (bar: number) =>
    labelsAbove ? labelBlock + 2 + blockOf(bar) + pad : Math.max(blockOf(bar), labelBlock) + pad;
  const top = Math.round(4 * scale);
  const axisHeight = fs + 10;
  const n = Math.max(1, model.categories.length);
  const fixed = top + axisHeight;
  let barSize = naturalBar;
  let band = bandOf(barSize);
  if (opts.height !== undefined && opts.height - fixed > n * band) {
    // A taller frame: bars thicken (up to twice) and the bands share what is left.
    const room = (opts.height - fixed) / n;
    const grown = Math.floor((room - (bandOf(0) - (nSeries - 1) * barGap)) / nSeries);
    barSize = Math.max(naturalBar, Math.min(naturalBar * MAX_GROWTH, grown));
    band = Math.max(bandOf(barSize), Math.floor(room));
  }
  const plotTop = top;
  const plotBottom = plotTop + n * band;
  const height = opts.height !== undefined ? Math.max(opts.height, plotBottom + axisHeight) : plotBottom + axisHeight;
  return {
    kind: 'bars',
    width,
    height,
    fontSize: fs,
    lineHeight,
    labelsAbove,
    margin: { top: plotTop, right, bottom: height - plotBottom - axisHeight, left: 0 },
    categoryWidth,
    axisHeight,
    band,
    barSize,
    barGap,
    lines,
    axis,
    plot: { left: categoryWidth, right: width - right, top: plotTop, bottom: plotBottom },
    valueGap: VALUE_GAP,
    shift: labelsAbove ? (labelBlock + 2) / 2 : 0,
  };
}

/** Where the bars of a category start and end: centred in its band (moved down by `shift`), as drawn. */
export function barsBlock(l: BarLayout, nSeries: number, categoryIndex: number): { top: number; bottom: number } {
  const n = Math.max(1, nSeries);
  const block = n * l.barSize + (n - 1) * l.barGap;
  const top = l.plot.top + l.band * (categoryIndex + 0.5) - block / 2 + l.shift;
  return { top, bottom: top + block };
}

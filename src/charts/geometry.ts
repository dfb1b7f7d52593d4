import type { ChartBar, ChartModel } from './model';
import { textWidth, wrapText } from './text';
import { niceSteps, ticksWithStep } from './ticks';

/**
 * Where everything of a horizontal bar chart goes, from its model and a width
 * only (no DOM): the screen, every export size and the tests read the same
 * numbers. Category labels wrap, whole, never cut; on a narrow width they sit
 * above their bars so the bars get the full width.
 */

export interface GeometryOptions {
  width: number;
  /** The value written beside each bar, in `model.bars` order. */
  valueLabels: readonly string[];
  /** A tick's label; `axisMax` is the last tick, so one axis writes all its ticks alike. */
  tickLabel: (value: number, axisMax: number) => string;
  fontSize?: number;
}

export interface CategoryGeometry {
  key: string;
  lines: string[];
  /** Anchor of the first line's baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'end';
  bandTop: number;
  bandHeight: number;
}

export interface BarGeometry {
  bar: ChartBar;
  seriesIndex: number;
  x: number;
  y: number;
  w: number;
  h: number;
  valueLabel: string;
  /** Where the value label starts (left edge) and its width. */
  labelX: number;
  labelWidth: number;
}

export interface TickGeometry {
  value: number;
  x: number;
  label: string;
}

export interface ChartGeometry {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  labelsAbove: boolean;
  plot: { left: number; right: number; top: number; bottom: number };
  ticks: TickGeometry[];
  categories: CategoryGeometry[];
  bars: BarGeometry[];
}

/** Below this width category labels go above their bars. */
export const NARROW = 440;
const LABEL_GAP = 8;
const VALUE_GAP = 4;

/**
 * The smallest round step whose tick labels do not crowd each other: the most
 * ticks, and the axis ending closest to the largest value.
 */
function chooseTicks(
  max: number,
  plotWidth: number,
  integer: boolean,
  label: (v: number, axisMax: number) => string,
  fs: number,
) {
  if (!(max > 0)) return [0, 1];
  for (const step of niceSteps(max, 6, integer)) {
    const ticks = ticksWithStep(max, step);
    const top = ticks.at(-1) ?? max;
    const widest = Math.max(...ticks.map((t) => textWidth(label(t, top), fs)));
    if (plotWidth / (ticks.length - 1) >= widest + 12) return ticks;
  }
  return ticksWithStep(max, niceSteps(max, 1, integer).at(-1) ?? max);
}

export function chartGeometry(model: ChartModel, opts: GeometryOptions): ChartGeometry {
  const fs = opts.fontSize ?? 12;
  const scale = fs / 12;
  const lineHeight = Math.round(fs * 1.3);
  const width = Math.max(120, Math.floor(opts.width));
  const seriesKeys = model.series.length > 0 ? model.series.map((s) => s.key) : [null];
  const barSize = Math.round((seriesKeys.length > 1 ? 14 : 20) * scale);
  const barGap = Math.round(3 * scale);
  const bandPad = Math.round(10 * scale);

  const labelsAbove = width < NARROW * scale;
  const naturalLabel = Math.max(0, ...model.categories.map((c) => textWidth(c.label, fs)));
  // Labels take what they need up to 40% of the width (45% when that saves a fourth line).
  let labelWidth = labelsAbove ? width : Math.min(naturalLabel, Math.round(width * 0.4));
  const lines = (w: number) => model.categories.map((c) => wrapText(c.label, w, fs));
  let wrapped = lines(labelWidth);
  if (!labelsAbove && wrapped.some((l) => l.length > 3)) {
    labelWidth = Math.min(naturalLabel, Math.round(width * 0.45));
    wrapped = lines(labelWidth);
  }
  labelWidth = labelsAbove ? 0 : Math.max(...wrapped.flat().map((l) => textWidth(l, fs)), 0);

  const valueWidth = Math.max(0, ...opts.valueLabels.map((v) => textWidth(v, fs)));
  const plotLeft = labelsAbove ? 0 : labelWidth + LABEL_GAP;
  const plotRight = Math.max(plotLeft + 40, width - valueWidth - VALUE_GAP - 2);
  const max = Math.max(0, ...model.bars.map((b) => b.value));
  const integer = model.bars.every((b) => Number.isInteger(b.value));
  const tickValues = chooseTicks(max, plotRight - plotLeft, integer, opts.tickLabel, fs);
  const top = tickValues.at(-1) ?? 1;
  const x = (v: number) => plotLeft + (Math.max(0, v) / top) * (plotRight - plotLeft);

  const categories: CategoryGeometry[] = [];
  const bars: BarGeometry[] = [];
  const barsBlock = seriesKeys.length * barSize + (seriesKeys.length - 1) * barGap;
  let y = Math.round(4 * scale);
  model.categories.forEach((c, ci) => {
    const l = wrapped[ci] ?? [c.label];
    const labelBlock = l.length * lineHeight;
    const bandHeight = labelsAbove ? labelBlock + 2 + barsBlock + bandPad : Math.max(barsBlock, labelBlock) + bandPad;
    const barsTop = labelsAbove ? y + labelBlock + 2 : y + (bandHeight - barsBlock) / 2;
    categories.push({
      key: c.key,
      lines: l,
      x: labelsAbove ? 0 : labelWidth,
      // Centred on the bars beside it; first baseline sits ~0.8 em below the block's top.
      y: (labelsAbove ? y : y + (bandHeight - labelBlock) / 2) + (lineHeight + fs) / 2 - 2,
      anchor: labelsAbove ? 'start' : 'end',
      bandTop: y,
      bandHeight,
    });
    seriesKeys.forEach((s, si) => {
      const b = model.bars.find((bar) => bar.key === c.key && bar.series === s);
      if (!b) return;
      const valueLabel = opts.valueLabels[model.bars.indexOf(b)] ?? '';
      const by = barsTop + si * (barSize + barGap);
      const w = Math.max(1, x(b.value) - plotLeft);
      bars.push({
        bar: b,
        seriesIndex: si,
        x: plotLeft,
        y: by,
        w,
        h: barSize,
        valueLabel,
        labelX: plotLeft + w + VALUE_GAP,
        labelWidth: textWidth(valueLabel, fs),
      });
    });
    y += bandHeight;
  });
  const plotBottom = y;
  return {
    width,
    height: Math.round(plotBottom + fs + 10),
    fontSize: fs,
    lineHeight,
    labelsAbove,
    plot: { left: plotLeft, right: plotRight, top: 0, bottom: plotBottom },
    ticks: tickValues.map((v) => ({ value: v, x: x(v), label: opts.tickLabel(v, top) })),
    categories,
    bars,
  };
}

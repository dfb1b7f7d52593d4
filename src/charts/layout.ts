import type { ChartModel } from './model';

/** Sizes of a horizontal bar chart, from its model and width only (no DOM), shared by screen and export. */

export const FONT_SIZE = 12;
const BAR = 22;
const GROUPED_BAR = 14;
const GAP = 12;
const AXIS = 28;
const TOP = 8;

/** Rough text width: CJK glyphs are square, Latin about 0.6 em. Good enough to reserve space. */
export function textWidth(s: string, fontSize = FONT_SIZE): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f“”]/.test(ch) ? fontSize : fontSize * 0.62;
  return Math.ceil(w);
}

export interface ChartLayout {
  width: number;
  height: number;
  /** Space for category labels on the left. */
  labelWidth: number;
  /** Space for value labels right of the longest bar. */
  valueWidth: number;
  barSize: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export function chartLayout(model: ChartModel, width: number, valueLabels: readonly string[]): ChartLayout {
  const seriesCount = Math.max(1, model.series.length);
  const barSize = seriesCount > 1 ? GROUPED_BAR : BAR;
  const band = barSize * seriesCount + GAP + (seriesCount > 1 ? 4 * (seriesCount - 1) : 0);
  const longestLabel = Math.max(0, ...model.categories.map((c) => textWidth(c.label)));
  // Recharts puts ticks 8px left of the axis (tick line and margin); reserve that too.
  const labelWidth = Math.min(longestLabel + 16, Math.round(width * 0.38));
  const valueWidth = Math.min(Math.max(0, ...valueLabels.map((v) => textWidth(v))) + 16, Math.round(width * 0.45));
  return {
    width,
    height: TOP + model.categories.length * band + AXIS,
    labelWidth,
    valueWidth,
    barSize,
    margin: { top: TOP, right: valueWidth, bottom: 0, left: 0 },
  };
}

/** Cuts a label to fit its width, with an ellipsis; the full label stays in the table and aria labels. */
export function fitLabel(label: string, width: number, fontSize = FONT_SIZE): string {
  if (textWidth(label, fontSize) <= width) return label;
  let out = '';
  for (const ch of label) {
    if (textWidth(`${out}${ch}…`, fontSize) > width) break;
    out += ch;
  }
  return `${out}…`;
}

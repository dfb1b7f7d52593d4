import { textWidth } from './text';
import { niceSteps, ticksWithStep } from './ticks';

/**
 * The value axis of a chart: round ticks from zero whose labels do not crowd
 * each other, ending at the round step just above the largest value, so the
 * longest bar reaches as close to the end of the axis as round numbers allow
 * (220,856 -> 250k, not 400k). Among axes that end equally close, the one with
 * more ticks.
 */
export interface ValueAxis {
  ticks: number[];
  /** The last tick: the end of the axis. */
  max: number;
  labels: string[];
}

export function valueAxis(
  max: number,
  /** Room along the axis, in pixels. */
  length: number,
  integer: boolean,
  label: (value: number, axisMax: number) => string,
  /** Room one tick needs along the axis, given its label's width (horizontal axes: the width; vertical: a line). */
  room: (labelWidth: number) => number,
  fontSize: number,
  maxIntervals = 6,
): ValueAxis {
  const done = (ticks: number[]): ValueAxis => {
    const top = ticks.at(-1) ?? 1;
    return { ticks, max: top, labels: ticks.map((t) => label(t, top)) };
  };
  if (!(max > 0)) return done([0, 1]);
  let best: number[] | null = null;
  for (const step of niceSteps(max, maxIntervals, integer)) {
    const ticks = ticksWithStep(max, step);
    if (ticks.length - 1 > maxIntervals) continue;
    const top = ticks.at(-1) ?? max;
    const widest = Math.max(...ticks.map((t) => textWidth(label(t, top), fontSize)));
    if (length / (ticks.length - 1) < room(widest)) continue;
    const bestTop = best?.at(-1) ?? Infinity;
    if (top < bestTop - 1e-9) best = ticks;
  }
  // Nothing fits (a very narrow chart): zero and the round number just past the largest value.
  return done(best ?? ticksWithStep(max, niceSteps(max, 1, integer)[0] ?? max));
}

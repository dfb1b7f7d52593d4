/**
 * Axis ticks at round steps (1, 2, 2.5 or 5 times a power of ten) that always
 * start at zero and run evenly to the first tick at or past the largest value,
 * so no tick is ever dropped from the middle.
 */

/** Evenly spaced ticks from zero with this step, up to the first at or past `max`. */
export function ticksWithStep(max: number, step: number): number[] {
  const n = Math.max(1, Math.ceil(max / step - 1e-9));
  // Multiply rather than add, so 0.1 steps do not drift (0.30000000000000004).
  return Array.from({ length: n + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/** Round steps from small to large, starting near max/maxIntervals; whole numbers only for counts. */
export function niceSteps(max: number, maxIntervals: number, integer = false): number[] {
  if (!(max > 0)) return [1];
  const raw = max / Math.max(1, maxIntervals);
  const power = 10 ** Math.floor(Math.log10(raw));
  const steps: number[] = [];
  for (const p of [power, power * 10, power * 100])
    for (const m of [1, 2, 2.5, 5]) {
      const s = Number((m * p).toPrecision(12));
      if (s >= raw - 1e-9 && (!integer || Number.isInteger(s))) steps.push(s);
    }
  return steps.length > 0 ? steps : [Math.max(1, power * 10)];
}

/** The most ticks (at most maxCount) at a round step. */
export function niceTicks(max: number, maxCount: number, integer = false): number[] {
  if (!(max > 0)) return [0, 1];
  const step = niceSteps(max, Math.max(1, maxCount - 1), integer)[0] ?? 1;
  return ticksWithStep(max, step);
}

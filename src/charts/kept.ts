import { useSyncExternalStore } from 'react';
import type { ColumnSlot } from './columnLayout';
import type { ChartBar } from './model';
import { prerendering } from './prerendering';

/**
 * Charts the prerendered first screen drew, kept as drawn until the reader
 * reaches for the page (a pointer moves, a touch, a key, a wheel, a focus, a click): the app's
 * chart would be the same drawing, and drawing it again is one long task per
 * chart on a phone while the page loads. Kept only while the app's chart would
 * draw exactly what the screen holds (same signature); a change (a filter, a
 * hover elsewhere, another width, a report the reader kept) draws it at once.
 */
const kept = new Map<string, string>();
let awake = false;
const listeners = new Set<() => void>();
// Focus and click too: a screen reader's cursor and its activations send no pointer or key to the page.
const WAKE = ['pointermove', 'pointerdown', 'keydown', 'wheel', 'touchstart', 'focusin', 'click'] as const;

function wake() {
  awake = true;
  for (const type of WAKE) window.removeEventListener(type, wake, true);
  kept.clear();
  for (const l of listeners) l();
}

/** The screen's chart `id`, drawn as `signature` says, is kept in the app's box (components/TakeOver.tsx). */
export function keepScreenChart(id: string, signature: string): void {
  if (awake) return;
  if (kept.size === 0) for (const type of WAKE) window.addEventListener(type, wake, { capture: true, passive: true });
  kept.set(id, signature);
  for (const l of listeners) l();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The signature of the screen's drawing kept in this chart's box, or null when there is none (or the reader woke it). */
function useKept(id: string): string | null {
  return useSyncExternalStore(
    subscribe,
    () => kept.get(id) ?? null,
    () => null,
  );
}

/** FNV-1a, 32 bits: a short name for a long string. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** A bar's figure as drawn: its value and label, its check mark, and whether the reader lit or selected it. */
export const markSignature = (
  b: ChartBar,
  label: string,
  lit: ((bar: ChartBar) => boolean) | null = null,
  selected?: (bar: ChartBar) => boolean,
): string =>
  [b.factId, b.value, label, b.keyLabel, b.seriesLabel, b.approx, b.check, b.failing.length, lit?.(b), selected?.(b)]
    .concat(b.together.map((x) => x.label))
    .join('|');

/** A column chart's years as drawn (a gap is drawn as what it is, never as a zero). */
export function slotMarks(slots: readonly ColumnSlot[], label: (bar: ChartBar) => string): string[] {
  return slots.map((s) => `${s.year}|${s.fromText}|${s.gap}|${s.bar ? markSignature(s.bar, label(s.bar)) : ''}`);
}

/**
 * Whether this chart's box keeps the screen's drawing (the chart then asks no
 * turn to draw), and the chart's signature where one is needed: the drawing
 * kept, or a capture for a prerendered screen (written on its box). `sign`
 * says what the chart draws: its layout (every position, tick and label) and
 * its marks; two charts with one signature are the same drawing.
 */
export function useKeptDrawing(
  id: string,
  sign: () => { layout: object; marks: string[] },
): {
  keep: boolean;
  signature: string | null;
} {
  const held = useKept(id);
  if (held === null && !prerendering()) return { keep: false, signature: null };
  const { layout, marks } = sign();
  const signature = hash([id, JSON.stringify(layout), ...marks].join('\n'));
  return { keep: held === signature, signature };
}

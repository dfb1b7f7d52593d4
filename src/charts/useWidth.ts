import { useLayoutEffect, useState, type RefObject } from 'react';

/** Each group's last measured width: figures of one column (a body's trends) share it. */
const known = new Map<string, number>();

/**
 * The element's content width, and whether it has been measured. Read once
 * before the first paint, so a chart is laid out at its real width from the
 * start (a later jump would move every bar under the reader's pointer and shift
 * the page), then from ResizeObserver, whose entries come after layout. Until
 * it is measured a chart draws nothing (drawing it at a guessed width would
 * cost a second drawing); `initial` stands in where nothing can be measured (jsdom).
 * With a `group`, a figure starts at its group's width: reading the width forces
 * a layout of the page, 70 ms at 4x CPU on a long trends page, once per batch.
 * With the figure's `id`, a figure taking over from the prerendered screen starts
 * at the width its box has there (`screenWidth`): the take-over forces no layout.
 */
export function useWidth(
  ref: RefObject<HTMLElement | null>,
  initial = 600,
  group?: string,
  id?: string,
): { width: number; measured: boolean } {
  // The same column at another window width is another width.
  const key = group === undefined || typeof window === 'undefined' ? undefined : `${group}@${window.innerWidth}`;
  const [state, setState] = useState(() => {
    const w = (key === undefined ? undefined : known.get(key)) ?? screenWidth(id);
    // The screen's width is its group's too: the figures of the column below the screen's cut start at it.
    if (w !== undefined && key !== undefined) known.set(key, w);
    return w === undefined ? { width: initial, measured: false } : { width: w, measured: true };
  });
  const measured = state.measured;
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const remember = (w: number) => {
      if (key !== undefined) known.set(key, w);
      setState((s) => (s.width === w && s.measured ? s : { width: w, measured: true }));
    };
    if (!measured) {
      const first = el.clientWidth;
      remember(first > 0 ? first : initial);
    }
    if (typeof ResizeObserver === 'undefined') return;
    // Its first entry (after layout, before paint) corrects a group's width that no longer holds.
    const ro = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (w > 0) remember(w);
    });
    ro.observe(el);
    return () => ro.disconnect();
    // `measured` only decides the first read; later changes come from the observer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ref, initial, key]);
  return state;
}

/**
 * The width of chart `id`'s box on the prerendered screen still shown, as the boot
 * script measured it when it fitted the screen (`data-bw`, scripts/prerender/boot.ts):
 * the app lays the page out as the screen does, and its observer corrects a difference.
 */
function screenWidth(id: string | undefined): number | undefined {
  if (id === undefined || typeof document === 'undefined') return undefined;
  const pre = document.getElementById('pre');
  if (!pre) return undefined;
  for (const figure of pre.querySelectorAll('figure[data-chart-id]')) {
    if (figure.getAttribute('data-chart-id') !== id) continue;
    const w = Number(figure.querySelector('.chart-body[data-bw]')?.getAttribute('data-bw'));
    return w > 0 ? w : undefined;
  }
  return undefined;
}

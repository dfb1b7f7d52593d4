import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The element's content width, and whether it has been measured. Read once
 * before the first paint, so a chart is laid out at its real width from the
 * start (a later jump would move every bar under the reader's pointer and shift
 * the page), then from ResizeObserver, whose entries come after layout. Until
 * it is measured a chart draws nothing (drawing it at a guessed width would
 * cost a second drawing); `initial` stands in where nothing can be measured (jsdom).
 */
export function useWidth(ref: RefObject<HTMLElement | null>, initial = 600): { width: number; measured: boolean } {
  const [state, setState] = useState({ width: initial, measured: false });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const first = el.clientWidth;
    setState({ width: first > 0 ? first : initial, measured: true });
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (w > 0) setState((s) => (s.width === w ? s : { width: w, measured: true }));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, initial]);
  return state;
}

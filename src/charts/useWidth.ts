import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The element's content width. Read once before the first paint, so a chart is
 * laid out at its real width from the start (a later jump would move every bar
 * under the reader's pointer and shift the page); then from ResizeObserver,
 * whose entries come after layout. `initial` holds where neither exists (jsdom).
 */
export function useWidth(ref: RefObject<HTMLElement | null>, initial = 600): number {
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const first = el.clientWidth;
    if (first > 0) setWidth(first);
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (w > 0) setWidth(w);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}

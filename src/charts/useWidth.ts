import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The element's content width, from ResizeObserver only: its entries come after
 * layout, whereas measuring with getBoundingClientRect in an effect forces a
 * synchronous layout of the whole page per chart. `initial` holds until the
 * first entry, and where ResizeObserver is missing (jsdom).
 */
export function useWidth(ref: RefObject<HTMLElement | null>, initial = 600): number {
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (w > 0) setWidth(w);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}

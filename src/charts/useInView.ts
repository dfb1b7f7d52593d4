import { useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/** Dispatched on a chart's <figure> to draw it now (an export, or printing). */
export const MOUNT_EVENT = 'chart:mount';

/**
 * True once the element comes near the viewport, and from then on: charts
 * below the fold cost nothing until the reader scrolls to them. Printing and
 * `MOUNT_EVENT` draw them at once. Without IntersectionObserver (jsdom), true.
 */
export function useInView(ref: RefObject<HTMLElement | null>): boolean {
  const [inView, setInView] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (inView || !el) return;
    const show = () => setInView(true);
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), {
      rootMargin: '100px 0px',
    });
    io.observe(el);
    // Printing lays the page out at once, so the chart must be drawn before the handler returns.
    const beforePrint = () => flushSync(show);
    el.addEventListener(MOUNT_EVENT, show);
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      io.disconnect();
      el.removeEventListener(MOUNT_EVENT, show);
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [ref, inView]);
  return inView;
}

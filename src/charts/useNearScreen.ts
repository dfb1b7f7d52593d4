import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { usePrinted } from './usePrinted';

/**
 * Whether the element is on screen or close to it; once true it stays true. A
 * page of forty charts draws the few a reader sees first and the rest as they
 * scroll near (their boxes keep their size, so nothing moves), which keeps the
 * main thread free while the page starts. Printing draws them all.
 */
export function useNearScreen(ref: RefObject<HTMLElement | null>, margin = 800): boolean {
  const [near, setNear] = useState(typeof IntersectionObserver === 'undefined');
  const printed = usePrinted();
  // Before the first paint: a chart already on screen never shows empty.
  useLayoutEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    if (el.getBoundingClientRect().top < window.innerHeight + margin) setNear(true);
  }, [ref, near, margin]);
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: `${margin}px 0px`,
    });
    io.observe(el);
    return () => io.disconnect();
  }, [ref, near, margin]);
  return near || printed;
}

import { useEffect, useState, useSyncExternalStore, type RefObject } from 'react';
import { prerendering, TALLER } from './prerendering';
import { usePrinted } from './usePrinted';

/**
 * Whether the reader has scrolled the page at all. Charts below the first
 * screen wait for it: a page that loads draws only what is on screen (each
 * chart is a long task on a slow phone), and the rest as the reader moves.
 */
let scrolled = false;
const listeners = new Set<() => void>();

function onScroll() {
  scrolled = true;
  window.removeEventListener('scroll', onScroll, true);
  for (const l of listeners) l();
}

function subscribe(listener: () => void) {
  if (!scrolled && listeners.size === 0) window.addEventListener('scroll', onScroll, { capture: true, passive: true });
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function useScrolled(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => scrolled,
    () => false,
  );
}

/**
 * Whether the element is on screen, or close to it once the reader scrolls, or
 * its figure has the keyboard's focus (its buttons come before its bars, so
 * the bars are drawn before Tab reaches them); once true it stays true. A page
 * of forty charts draws the few a reader sees first and the rest as they come
 * near (their boxes keep their size, so nothing moves). Printing draws them all.
 */
export function useNearScreen(ref: RefObject<HTMLElement | null>, margin = 800): boolean {
  const [near, setNear] = useState(typeof IntersectionObserver === 'undefined');
  const printed = usePrinted();
  const moved = useScrolled();
  useEffect(() => {
    const figure = ref.current?.closest('figure');
    if (near || !figure) return;
    const focused = () => setNear(true);
    figure.addEventListener('focusin', focused);
    return () => figure.removeEventListener('focusin', focused);
  }, [ref, near]);
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    // A screen's capture (390×844) also draws what a taller phone shows (412×915, 430×932): there the app
    // keeps the drawing instead of drawing it on load.
    const below = moved ? margin : prerendering() ? TALLER : 0;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: `${moved ? margin : 0}px 0px ${below}px 0px`,
    });
    io.observe(el);
    return () => io.disconnect();
  }, [ref, near, margin, moved]);
  return near || printed;
}

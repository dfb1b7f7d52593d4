import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Whether the element is on the screen, read once in the commit that lays the page out anyway (`laidOut`: the
 * chart's width was just read there), before the paint: an IntersectionObserver (useNearScreen.ts) says so only
 * a frame later, and a body's first charts then drew a frame late. Once true it stays true.
 */
export function useOnScreenNow(ref: RefObject<HTMLElement | null>, laidOut: boolean): boolean {
  const [seen, setSeen] = useState(false);
  useLayoutEffect(() => {
    const box = laidOut && !seen ? ref.current?.getBoundingClientRect() : undefined;
    if (box && box.bottom > 0 && box.top < window.innerHeight) setSeen(true);
    // Once, in the commit that laid the page out.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [laidOut]);
  return seen;
}

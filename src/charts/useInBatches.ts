import { startTransition, useEffect, useState } from 'react';
import { usePrinted } from './usePrinted';

/**
 * How many of `total` items to render: `first` at once, then `step` more per
 * task, each step a transition. Forty charts mounted in one go are one long
 * task on a phone; in steps, the first screen is interactive at once and the
 * rest arrive below it. Printing renders everything before the page is laid out.
 */
export function useInBatches(total: number, first = 4, step = 2): number {
  const [count, setCount] = useState(first);
  useEffect(() => {
    if (count >= total) return;
    const id = setTimeout(() => startTransition(() => setCount((c) => c + step)));
    return () => clearTimeout(id);
  }, [count, total, step]);
  return usePrinted() ? total : Math.min(count, total);
}

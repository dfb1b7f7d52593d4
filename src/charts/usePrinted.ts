import { useSyncExternalStore } from 'react';

/**
 * Whether the page has started printing. Read through useSyncExternalStore
 * because its updates render before the browser moves on (a microtask), while
 * a state update in a beforeprint listener would wait for a later task, after
 * the page is laid out for print. Once true it stays true.
 */
let printed = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('beforeprint', onPrint);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('beforeprint', onPrint);
  };
}

function onPrint() {
  printed = true;
  for (const l of listeners) l();
}

export function usePrinted(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printed,
    () => false,
  );
}

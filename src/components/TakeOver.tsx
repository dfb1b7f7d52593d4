import { useLayoutEffect } from 'react';

declare global {
  interface Window {
    /** Set when the app shows its own render, so a prerendered screen that arrives late is not shown. */
    __appReady?: boolean;
  }
}

/**
 * The prerendered first screen (boot.js) gives way to the app: called in a layout
 * effect, so the swap happens before the browser paints, with nothing between.
 */
export function takeOver(): void {
  window.__appReady = true;
  document.getElementById('pre')?.remove();
  document.documentElement.classList.remove('pre');
}

/** Rendered where a view's content is complete: from here on the app shows its own render. */
export function TakeOver() {
  useLayoutEffect(takeOver, []);
  return null;
}

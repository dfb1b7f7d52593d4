import { useLayoutEffect } from 'react';
import { keepScreenChart } from '../charts/kept';

declare global {
  interface Window {
    /** Set when the app shows its own render, so a prerendered screen that arrives late is not shown. */
    __appReady?: boolean;
  }
}

/**
 * Whether the page opened on a prerendered screen (the boot script marks the page
 * before it starts the app): read once, when the app's code first runs.
 */
export const openedOnScreen: boolean =
  typeof document !== 'undefined' && document.documentElement.classList.contains('pre');

/**
 * The prerendered screen's drawn charts stay in their places until the app
 * draws its own: moved into the app's empty boxes, inert, and removed by each
 * box once its own chart is drawn (when the reader reaches for the page, or at
 * once where the app would draw something else: charts/kept.ts). Only
 * charts drawn at the reader's width are still in the screen (the boot script
 * dropped the others).
 */
function adoptCharts(pre: HTMLElement) {
  for (const drawn of pre.querySelectorAll('figure[data-chart-id] .chart-body > .recharts-wrapper')) {
    const id = drawn.closest('figure')?.getAttribute('data-chart-id');
    if (!id) continue;
    const box = document.querySelector(`#root figure[data-chart-id="${CSS.escape(id)}"] .chart-body`);
    if (!box || box.childElementCount > 0) continue;
    drawn.setAttribute('data-adopted', '');
    drawn.setAttribute('inert', '');
    const signature = drawn.getAttribute('data-sig');
    box.append(drawn);
    // The app keeps it until the reader reaches for the page, if it would draw the same.
    if (signature) keepScreenChart(id, signature);
  }
}

/**
 * The prerendered first screen (boot.js) gives way to the app: called in a layout
 * effect, so the swap happens before the browser paints, with nothing between.
 */
export function takeOver(): void {
  window.__appReady = true;
  const pre = document.getElementById('pre');
  if (pre) adoptCharts(pre);
  pre?.remove();
  document.documentElement.classList.remove('pre');
}

/** Rendered where a view's content is complete: from here on the app shows its own render. */
export function TakeOver() {
  useLayoutEffect(takeOver, []);
  return null;
}

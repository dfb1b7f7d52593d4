import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

/**
 * Draws a chart element off screen, as the screen would, and returns its SVG
 * markup: an export is the same Recharts drawing, not a second renderer.
 * Recharts registers its axes and bars in effects and draws them on the passes
 * after, so the markup is read once the marks are all there.
 */
export async function renderOffscreen(
  element: ReactElement,
  width: number,
  height: number,
  marks: number,
): Promise<string> {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  // Through the CSSOM (the page's CSP admits no style attributes); out of sight, at the export's size.
  Object.assign(host.style, {
    position: 'fixed',
    left: `${-width - 1000}px`,
    top: '0',
    width: `${width}px`,
    height: `${height}px`,
    overflow: 'hidden',
    pointerEvents: 'none',
  });
  document.body.append(host);
  const root = createRoot(host);
  try {
    flushSync(() => root.render(element));
    const svg = () => host.querySelector<SVGSVGElement>('svg.recharts-surface');
    const ready = () => svg() !== null && host.querySelectorAll('.chart-mark').length >= marks;
    for (let i = 0; i < 50 && !ready(); i++) await new Promise((r) => setTimeout(r, 0));
    const drawn = svg();
    if (!drawn || !ready()) throw new Error('the chart did not draw');
    return serialize(drawn);
  } finally {
    root.unmount();
    host.remove();
  }
}

/** The SVG as a string of its own: no classes the file does not need, no interaction, no page styles. */
function serialize(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.removeAttribute('style');
  copy.removeAttribute('class');
  for (const el of copy.querySelectorAll('[tabindex], [role], [aria-label], [aria-pressed]'))
    for (const a of ['tabindex', 'role', 'aria-label', 'aria-pressed']) el.removeAttribute(a);
  return new XMLSerializer().serializeToString(copy);
}

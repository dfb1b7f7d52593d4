/**
 * A chart's height at every width it may be drawn at, as "width:height" runs
 * ("200:412,237:398": from 200 px wide, 412 px tall; from 237 px, 398 px). A
 * prerendered first screen carries it, so its boot script sizes each chart's
 * box for the reader's width before any of the app's script has run: one
 * screen is right at every width. Heights change at a few widths only, so it
 * samples and looks closer where two samples differ.
 */
export function heightTable(height: (width: number) => number, from = 200, to = 1000, step = 4): string {
  const runs: [number, number][] = [[from, height(from)]];
  let last = runs[0]?.[1] ?? 0;
  for (let w = from + step; w <= to; w += step) {
    const h = height(w);
    if (h === last) continue;
    // Changed somewhere in (w - step, w]: find where, pixel by pixel.
    for (let x = w - step + 1; x <= w; x++) {
      const hx = height(x);
      if (hx !== last) {
        runs.push([x, hx]);
        last = hx;
      }
    }
  }
  return runs.map(([w, h]) => `${w}:${Math.round(h)}`).join(',');
}

/** The height for a width from such a table (the last run that starts at or before it). */
export function heightAt(table: string, width: number): number | null {
  let found: number | null = null;
  for (const run of table.split(',')) {
    const [w, h] = run.split(':').map(Number);
    if (w === undefined || h === undefined || !Number.isFinite(w) || !Number.isFinite(h)) return null;
    if (w <= width) found = h;
  }
  return found;
}

declare global {
  interface Window {
    /** Set by the build's prerender (scripts/prerender.ts): chart boxes then carry their height tables. */
    __prerender?: boolean;
  }
}

export const prerendering = (): boolean => typeof window !== 'undefined' && window.__prerender === true;

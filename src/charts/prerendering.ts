declare global {
  interface Window {
    /** Set by the build's prerender (scripts/prerender.ts): chart boxes then say how tall they are at every width. */
    __prerender?: boolean;
  }
  interface HTMLElement {
    /** A chart box's height at another width; read by the prerender (scripts/prerender.ts) for the screen's table. */
    chartHeightAt?: (width: number) => number;
  }
}

export const prerendering = (): boolean => typeof window !== 'undefined' && window.__prerender === true;

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

/** How much taller than the capture's viewport (390×844) the tallest common phone is (932 − 844 px): a capture draws that far below its fold. */
export const TALLER = 88;

export const prerendering = (): boolean => typeof window !== 'undefined' && window.__prerender === true;

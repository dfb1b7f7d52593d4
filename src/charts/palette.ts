/**
 * Series colours and patterns, declared once. Colours are CSS variables (see
 * index.css) so both themes and the exports agree; patterns keep series apart
 * without colour.
 */
export const SERIES = [
  { color: 'var(--chart-1)', pattern: 'solid' },
  { color: 'var(--chart-2)', pattern: 'stripes' },
  { color: 'var(--chart-3)', pattern: 'dots' },
] as const satisfies readonly { color: string; pattern: 'solid' | 'stripes' | 'dots' }[];

export type SeriesStyle = (typeof SERIES)[number];

export function seriesStyle(index: number): SeriesStyle {
  return SERIES[index % SERIES.length] ?? SERIES[0];
}

export const patternId = (chartId: string, index: number) => `pattern-${chartId}-${index}`;

/** The fill of a bar: a pattern for every series after the first, so print and colour-blind readers tell them apart. */
export function seriesFill(chartId: string, index: number): string {
  return seriesStyle(index).pattern === 'solid' ? seriesStyle(index).color : `url(#${patternId(chartId, index)})`;
}

export const DIMMED_OPACITY = 0.3;

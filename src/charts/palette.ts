/**
 * Colours and patterns, declared once. The page reads them as CSS variables
 * (index.css, checked against these by a test) so the theme can switch; an
 * export writes the values of the theme the reader picks, whatever the page's.
 */
export const THEMES = {
  light: {
    bg: '#ffffff',
    fg: '#0f172a',
    text: '#1e293b',
    muted: '#475569',
    grid: '#e2e8f0',
    axis: '#94a3b8',
    series: ['#1d4ed8', '#0f766e', '#b45309'],
  },
  dark: {
    bg: '#0b1220',
    fg: '#e2e8f0',
    text: '#e2e8f0',
    muted: '#a3b1c6',
    grid: '#1e293b',
    axis: '#475569',
    series: ['#60a5fa', '#2dd4bf', '#fbbf24'],
  },
} as const satisfies Record<string, ThemeColors>;

export interface ThemeColors {
  bg: string;
  fg: string;
  text: string;
  muted: string;
  grid: string;
  axis: string;
  series: readonly [string, string, string];
}

export type ExportTheme = keyof typeof THEMES;

/** The CSS variable the page defines for each of THEMES' colours. */
export const CSS_VARS: Record<Exclude<keyof ThemeColors, 'series'>, string> = {
  bg: '--bg',
  fg: '--fg',
  text: '--chart-text',
  muted: '--muted',
  grid: '--chart-grid',
  axis: '--chart-axis',
};

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
/** Dimmed text stays readable. */
export const DIMMED_TEXT_OPACITY = 0.6;

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
    bad: '#b91c1c',
    series: ['#1d4ed8', '#0f766e', '#b45309'],
  },
  dark: {
    bg: '#0b1220',
    fg: '#e2e8f0',
    text: '#e2e8f0',
    muted: '#a3b1c6',
    grid: '#1e293b',
    axis: '#475569',
    bad: '#fca5a5',
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
  /** A figure a check does not hold for. */
  bad: string;
  series: readonly [string, string, string];
}

export type ExportTheme = keyof typeof THEMES;

/** The colours a chart is drawn in: CSS variables on screen (the theme can switch), a theme's values in an export. */
export type ChartColors = Pick<ThemeColors, 'fg' | 'text' | 'muted' | 'grid' | 'axis' | 'bad' | 'series'>;

/** The CSS variable the page defines for each of THEMES' colours. */
export const CSS_VARS: Record<Exclude<keyof ThemeColors, 'series'>, string> = {
  bg: '--bg',
  fg: '--fg',
  text: '--chart-text',
  muted: '--muted',
  grid: '--chart-grid',
  axis: '--chart-axis',
  bad: '--bad',
};

export const SCREEN_COLORS: ChartColors = {
  fg: 'var(--fg)',
  text: 'var(--chart-text)',
  muted: 'var(--muted)',
  grid: 'var(--chart-grid)',
  axis: 'var(--chart-axis)',
  bad: 'var(--bad)',
  series: ['var(--chart-1)', 'var(--chart-2)', 'var(--chart-3)'],
};

/** Every series after the first is patterned, so print and colour-blind readers tell them apart. */
export const PATTERNS = ['solid', 'stripes', 'dots'] as const satisfies readonly ('solid' | 'stripes' | 'dots')[];
export type Pattern = (typeof PATTERNS)[number];

export const patternOf = (index: number): Pattern => PATTERNS[index % PATTERNS.length] ?? 'solid';
export const colorOf = (colors: ChartColors, index: number): string =>
  colors.series[index % colors.series.length] ?? colors.series[0];

/** Pattern ids are per chart and per document: a page (or a ZIP of SVGs) never mixes two charts' patterns. */
export const patternId = (chartId: string, index: number) => `pattern-${chartId}-${index}`;

/** The fill of a series' bars: its colour, or its pattern in its colour. */
export function seriesFill(chartId: string, index: number, colors: ChartColors): string {
  return patternOf(index) === 'solid' ? colorOf(colors, index) : `url(#${patternId(chartId, index)})`;
}

export const DIMMED_OPACITY = 0.3;
/** Dimmed text stays readable. */
export const DIMMED_TEXT_OPACITY = 0.6;

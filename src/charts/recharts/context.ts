import { createContext, useContext } from 'react';
import type { ChartBar } from '../model';
import type { Input } from '../hint';
import type { ChartColors } from '../palette';

/**
 * What a chart's marks, labels and ticks read: Recharts calls them with
 * positions only, and they find their bar, colours and state here. Reading it
 * from context keeps each shape function the same object across renders, so
 * Recharts never remounts a mark (a focused bar keeps its focus when a hover
 * re-renders the chart).
 */
export interface Interaction {
  /** Whether a bar is lit by the reader's hover or selection; null when nothing is. */
  lit: ((bar: ChartBar) => boolean) | null;
  selected: (bar: ChartBar) => boolean;
  markLabel: (bar: ChartBar) => string;
  /** `how`: the input that showed the bar, so a hint can name it (click, Enter, tap). */
  onHover: (bar: ChartBar | null, how?: Input) => void;
  onActivate: (bar: ChartBar) => void;
}

export interface ChartContextValue {
  chartId: string;
  colors: ChartColors;
  fontSize: number;
  /** The bar of a data row and series ('value' when the chart has one series). */
  barAt: (rowKey: string, series: string) => ChartBar | undefined;
  /** The text written at a bar's end (bars) or above it (columns). */
  valueLabel: (bar: ChartBar) => string;
  /** Moves bars below Recharts' centred place (labels above bars). */
  shift: number;
  /** On screen; null in an export, which has no focus, hover or buttons. */
  interaction: Interaction | null;
}

export const ChartContext = createContext<ChartContextValue | null>(null);

export function useChart(): ChartContextValue | null {
  return useContext(ChartContext);
}

/** Whether a bar is dimmed by the reader's hover or selection. */
export function dimmed(c: ChartContextValue, bar: ChartBar): boolean {
  const lit = c.interaction?.lit ?? null;
  return lit !== null && !lit(bar);
}

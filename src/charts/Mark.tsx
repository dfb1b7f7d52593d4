import { createContext, useContext, type KeyboardEvent, type ReactElement } from 'react';
import type { BarShapeProps } from 'recharts/types/cartesian/Bar';
import { isHighlighted, type Highlight } from '../data/selectors';
import { FONT_SIZE } from './layout';
import type { ChartBar } from './model';
import { DIMMED_OPACITY, seriesFill, seriesStyle } from './palette';

/**
 * One bar as a focusable SVG mark with its value written beside it. What a mark
 * shows comes from context, not from the shape function, so the function stays
 * the same object across renders and Recharts never remounts a mark: a focused
 * mark keeps focus while hovering it re-renders the chart.
 */

export interface MarkContextValue {
  chartId: string;
  barAt: ReadonlyMap<string, ChartBar>;
  rowKeys: readonly string[];
  highlight: Highlight | null;
  anyLit: boolean;
  valueLabel: (bar: ChartBar) => string;
  markLabel: (bar: ChartBar) => string;
  onHover: (bar: ChartBar | null) => void;
  onActivate: (bar: ChartBar) => void;
}

export const MarkContext = createContext<MarkContextValue | null>(null);

const textStyle = { fill: 'var(--chart-text)', fontSize: FONT_SIZE };

function Mark({ shape, seriesIndex, seriesKey }: { shape: BarShapeProps; seriesIndex: number; seriesKey: string }) {
  const c = useContext(MarkContext);
  const rowKey = c?.rowKeys[shape.index];
  const bar = c && rowKey !== undefined ? c.barAt.get(`${rowKey}|${seriesKey}`) : undefined;
  if (!c || !bar) return <g />;
  const dimmed = c.anyLit && !isHighlighted(bar.tags, c.highlight);
  const width = Math.max(shape.width, 1);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      c.onActivate(bar);
    }
  };
  return (
    <g opacity={dimmed ? DIMMED_OPACITY : 1} data-highlighted={c.anyLit && !dimmed ? 'true' : undefined}>
      <rect
        className="chart-mark cursor-pointer"
        data-fact-id={bar.factId}
        x={shape.x}
        y={shape.y}
        width={width}
        height={shape.height}
        rx={2}
        style={{ fill: seriesFill(c.chartId, seriesIndex), stroke: seriesStyle(seriesIndex).color }}
        tabIndex={0}
        role="button"
        aria-label={c.markLabel(bar)}
        onMouseEnter={() => c.onHover(bar)}
        onMouseLeave={() => c.onHover(null)}
        onFocus={() => c.onHover(bar)}
        onBlur={() => c.onHover(null)}
        onClick={() => c.onActivate(bar)}
        onKeyDown={onKeyDown}
      />
      <text x={shape.x + width + 4} y={shape.y + shape.height / 2} dy="0.35em" style={textStyle}>
        {c.valueLabel(bar)}
      </text>
    </g>
  );
}

const shapes = new Map<string, (p: BarShapeProps) => ReactElement>();

/** The shape function for a series: one object per series, for the page's lifetime. */
export function markShape(seriesIndex: number, seriesKey: string): (p: BarShapeProps) => ReactElement {
  const id = `${seriesIndex}|${seriesKey}`;
  let fn = shapes.get(id);
  if (!fn) {
    fn = (p) => <Mark shape={p} seriesIndex={seriesIndex} seriesKey={seriesKey} />;
    shapes.set(id, fn);
  }
  return fn;
}

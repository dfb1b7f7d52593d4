import type { KeyboardEvent, ReactElement } from 'react';
import type { BarShapeProps } from 'recharts/types/cartesian/Bar';
import type { Props as LabelProps } from 'recharts/types/component/Label';
import { colorOf, DIMMED_OPACITY, DIMMED_TEXT_OPACITY, seriesFill } from '../palette';
import { dimmed, useChart } from './context';

/** A data row as Recharts is given it: the category (or year) and one value per series. */
export interface Row {
  key: string;
  [series: string]: string | number | null;
}

/**
 * One bar: a rect that is a button on screen (hover, focus, click, Enter) and a
 * plain rect in an export. Its fill comes from Recharts (a Cell's, or the series'
 * pattern); the bar it stands for from the chart's context.
 */
function Mark({ shape, seriesIndex, seriesKey }: { shape: BarShapeProps; seriesIndex: number; seriesKey: string }) {
  const c = useChart();
  const rowKey = (shape.payload as Row | undefined)?.key;
  const bar = c && rowKey !== undefined ? c.barAt(rowKey, seriesKey) : undefined;
  if (!c || !bar) return <g />;
  const i = c.interaction;
  const selected = i?.selected(bar) ?? false;
  const dim = dimmed(c, bar);
  const style = {
    fill: shape.fill ?? seriesFill(c.chartId, seriesIndex, c.colors),
    stroke: selected ? c.colors.fg : (shape.stroke ?? colorOf(c.colors, seriesIndex)),
    strokeWidth: selected ? 2 : 1,
  };
  const box = {
    x: shape.x,
    y: shape.y + c.shift,
    // A zero is still a visible hairline, so the reader sees the category has a value.
    width: Math.max(1, shape.width),
    height: Math.max(1, shape.height),
  };
  if (!i)
    return <rect className="chart-mark" {...box} rx={2} style={style} opacity={dim ? DIMMED_OPACITY : undefined} />;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      i.onActivate(bar);
    }
  };
  return (
    <rect
      className="chart-mark cursor-pointer"
      data-fact-id={bar.factId}
      data-selected={selected ? 'true' : undefined}
      data-lit={i.lit === null ? undefined : dim ? 'false' : 'true'}
      {...box}
      rx={2}
      style={style}
      opacity={dim ? DIMMED_OPACITY : undefined}
      tabIndex={0}
      role="button"
      aria-pressed={selected}
      aria-label={i.markLabel(bar)}
      onMouseEnter={() => i.onHover(bar)}
      onMouseLeave={() => i.onHover(null)}
      onFocus={() => i.onHover(bar)}
      onBlur={() => i.onHover(null)}
      onClick={() => i.onActivate(bar)}
      onKeyDown={onKeyDown}
    />
  );
}

const shapes = new Map<string, (p: BarShapeProps) => ReactElement>();

/** The shape function of a series: one object per series for the page's lifetime, so marks are never remounted. */
export function markShape(seriesIndex: number, seriesKey: string): (p: BarShapeProps) => ReactElement {
  const id = `${seriesIndex}|${seriesKey}`;
  let fn = shapes.get(id);
  if (!fn) {
    fn = (p) => <Mark shape={p} seriesIndex={seriesIndex} seriesKey={seriesKey} />;
    shapes.set(id, fn);
  }
  return fn;
}

const num = (v: unknown) => (typeof v === 'number' ? v : Number(v ?? 0));

/**
 * A bar's value as the report writes it: after the bar's end (bars), or above
 * the column (columns) where it fits its slot. Dims with its bar.
 */
export function ValueLabel(props: LabelProps & { seriesKey: string; placement: 'end' | 'top'; maxWidth?: number }) {
  const c = useChart();
  const vb = (props.viewBox ?? {}) as { x?: number; y?: number; width?: number; height?: number };
  const bar = c ? c.barAt(String(props.value), props.seriesKey) : undefined;
  if (!c || !bar) return null;
  const text = c.valueLabel(bar);
  const [x, y, w, h] = [num(vb.x), num(vb.y) + c.shift, Math.max(1, num(vb.width)), num(vb.height)];
  const top = props.placement === 'top';
  return (
    <text
      className="chart-value"
      data-fact-id={bar.factId}
      x={top ? x + w / 2 : x + w + 4}
      y={top ? y - 4 : y + h / 2 + c.fontSize * 0.35}
      textAnchor={top ? 'middle' : 'start'}
      fontSize={c.fontSize}
      style={{ fill: c.colors.text }}
      opacity={dimmed(c, bar) ? DIMMED_TEXT_OPACITY : undefined}
    >
      {text}
    </text>
  );
}

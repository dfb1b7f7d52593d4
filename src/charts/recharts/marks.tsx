import { useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactElement } from 'react';
import type { BarShapeProps } from 'recharts/types/cartesian/Bar';
import type { Props as LabelProps } from 'recharts/types/component/Label';
import { colorOf, DIMMED_OPACITY, DIMMED_TEXT_OPACITY, seriesFill } from '../palette';
import { textWidth } from '../text';
import { CHECK_MARK } from '../valueLabel';
import type { Input } from '../hint';
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
      onMouseEnter={() => i.onHover(bar, lastPointer)}
      onMouseLeave={() => i.onHover(null)}
      // A click focuses the bar too: only the keyboard's focus (focus-visible) says "press Enter".
      onFocus={(e) => i.onHover(bar, e.currentTarget.matches(':focus-visible') ? 'keyboard' : lastPointer)}
      onBlur={() => i.onHover(null)}
      onClick={() => i.onActivate(bar)}
      onKeyDown={onKeyDown}
    />
  );
}

// A tap arrives as a pointerdown before the mouse events a browser makes of it: remember which pointer it was.
let lastPointer: Input = 'pointer';
if (typeof document !== 'undefined')
  for (const type of ['pointerdown', 'pointermove'] as const)
    document.addEventListener(type, (e) => (lastPointer = e.pointerType === 'touch' ? 'touch' : 'pointer'), {
      capture: true,
      passive: true,
    });

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
 * the column (columns) where it fits its slot; then, in the colour of a fault,
 * ⚠ when a check that reads the figure does not hold (above a column's value).
 * Dims with its bar.
 */
export function ValueLabel(props: LabelProps & { seriesKey: string; placement: 'end' | 'top' | 'upright' }) {
  const c = useChart();
  const bar = c ? c.barAt(String(props.value), props.seriesKey) : undefined;
  const text = c && bar ? c.valueLabel(bar) : '';
  const marked = bar?.check === 'does-not-hold';
  const top = props.placement !== 'end';
  const upright = props.placement === 'upright';
  const ref = useRef<SVGTextElement>(null);
  // The ⚠ after a bar's value follows the value as drawn: measured once it is on the page (an export's too),
  // estimated before. Above a column it is centred, so nothing is measured (a measure is a layout of the page).
  const [measured, setMeasured] = useState<{ text: string; width: number } | null>(null);
  useLayoutEffect(() => {
    const width = marked && !top ? ref.current?.getComputedTextLength?.() : undefined;
    if (width !== undefined && width > 0) setMeasured({ text, width });
  }, [text, marked, top]);
  const vb = (props.viewBox ?? {}) as { x?: number; y?: number; width?: number; height?: number };
  if (!c || !bar) return null;
  const [x, y, w, h] = [num(vb.x), num(vb.y) + c.shift, Math.max(1, num(vb.width)), num(vb.height)];
  const at = { x: top ? x + w / 2 : x + w + 4, y: top ? y - 4 : y + h / 2 + c.fontSize * 0.35 };
  const anchor = top ? 'middle' : 'start';
  const width = measured?.text === text ? measured.width : textWidth(text, c.fontSize);
  const half = top ? width / 2 : width;
  // Above a column's value (beside it, it would run into the next column); above an upright one, past its end.
  const mark = upright
    ? { x: at.x, y: at.y - width - 3 }
    : top
      ? { x: at.x, y: text ? at.y - c.fontSize - 1 : at.y }
      : { x: at.x + half + 3, y: at.y };
  // Upright: read bottom to top from just above the column, the glyphs centred on it.
  const uprightAt = { x: at.x + c.fontSize * 0.35, y: at.y };
  return (
    <g opacity={dimmed(c, bar) ? DIMMED_TEXT_OPACITY : undefined}>
      <text
        ref={ref}
        className="chart-value"
        data-fact-id={bar.factId}
        x={upright ? uprightAt.x : at.x}
        y={upright ? uprightAt.y : at.y}
        textAnchor={upright ? 'start' : anchor}
        transform={upright ? `rotate(-90 ${uprightAt.x} ${uprightAt.y})` : undefined}
        fontSize={c.fontSize}
        style={{ fill: c.colors.text }}
      >
        {text}
      </text>
      {marked && (text || top) && (
        <text
          className="chart-check-mark"
          data-fact-id={bar.factId}
          x={mark.x}
          y={mark.y}
          textAnchor={anchor}
          fontSize={c.fontSize}
          style={{ fill: c.colors.bad }}
        >
          {CHECK_MARK}
        </text>
      )}
    </g>
  );
}

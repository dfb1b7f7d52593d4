import { memo, type KeyboardEvent } from 'react';
import type { ChartBar } from './model';
import { DIMMED_OPACITY, DIMMED_TEXT_OPACITY, patternId, seriesFill, seriesStyle, SERIES } from './palette';
import type { Paint, Shape } from './scene';

/**
 * The chart on screen: the scene drawn as SVG, with each bar a button. No chart
 * library: the drawing is a few dozen elements computed from the model, so it
 * paints with the page and an export can draw exactly the same scene.
 */

export interface ChartSvgProps {
  /** Names the chart's patterns. */
  id: string;
  width: number;
  height: number;
  shapes: readonly Shape[];
  /** Whether a bar is lit by the reader's hover or selection; null when nothing is. */
  lit: ((bar: ChartBar) => boolean) | null;
  selected: (bar: ChartBar) => boolean;
  markLabel: (bar: ChartBar) => string;
  onHover: (bar: ChartBar | null) => void;
  onActivate: (bar: ChartBar) => void;
}

const PAINT: Record<Paint, string> = {
  text: 'var(--chart-text)',
  muted: 'var(--muted)',
  grid: 'var(--chart-grid)',
  axis: 'var(--chart-axis)',
};

export function Patterns({ chartId, colors }: { chartId: string; colors: readonly string[] }) {
  return (
    <defs>
      {SERIES.map((s, i) =>
        s.pattern === 'solid' ? null : (
          <pattern key={i} id={patternId(chartId, i)} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" style={{ fill: colors[i], fillOpacity: 0.35 }} />
            {s.pattern === 'stripes' ? (
              <path d="M0,6 L6,0" style={{ stroke: colors[i], strokeWidth: 2 }} />
            ) : (
              <circle cx="3" cy="3" r="1.6" style={{ fill: colors[i] }} />
            )}
          </pattern>
        ),
      )}
    </defs>
  );
}

function TextShape({ s }: { s: Extract<Shape, { kind: 'text' }> }) {
  return (
    <text
      x={s.x}
      y={s.y}
      textAnchor={s.anchor}
      fontSize={s.size}
      style={{ fill: PAINT[s.fill] }}
      className={`chart-${s.role}`}
    >
      {s.lines.length === 1
        ? s.lines[0]
        : s.lines.map((line, i) => (
            <tspan key={i} x={s.x} dy={i === 0 ? 0 : s.lineHeight}>
              {line}
            </tspan>
          ))}
    </text>
  );
}

export const ChartSvg = memo(function ChartSvg(props: ChartSvgProps) {
  const { id, width, height, shapes, lit } = props;
  const colors = SERIES.map((s) => s.color);
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="chart-svg block overflow-visible">
      <Patterns chartId={id} colors={colors} />
      {shapes.map((s, i) => {
        if (s.kind === 'line')
          return (
            <line
              key={i}
              x1={s.x1}
              y1={s.y1}
              x2={s.x2}
              y2={s.y2}
              style={{ stroke: PAINT[s.stroke], strokeDasharray: s.dash ? '4 3' : undefined }}
            />
          );
        if (s.kind === 'text') {
          // A value label dims with its bar.
          const bar = s.role === 'value' ? shapes[i - 1] : null;
          const dim = bar?.kind === 'bar' && lit !== null && !lit(bar.geometry.bar);
          return (
            <g key={i} opacity={dim ? DIMMED_TEXT_OPACITY : undefined}>
              <TextShape s={s} />
            </g>
          );
        }
        const { bar, x, y, w, h, seriesIndex } = s.geometry;
        const dim = lit !== null && !lit(bar);
        const selected = props.selected(bar);
        const onKeyDown = (e: KeyboardEvent) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            props.onActivate(bar);
          }
        };
        return (
          <rect
            key={i}
            className="chart-mark cursor-pointer"
            data-fact-id={bar.factId}
            data-selected={selected ? 'true' : undefined}
            data-lit={lit === null ? undefined : dim ? 'false' : 'true'}
            x={x}
            y={y}
            width={w}
            height={h}
            rx={2}
            style={{
              fill: seriesFill(id, seriesIndex),
              stroke: selected ? 'var(--fg)' : seriesStyle(seriesIndex).color,
              strokeWidth: selected ? 2 : 1,
            }}
            opacity={dim ? DIMMED_OPACITY : undefined}
            tabIndex={0}
            role="button"
            aria-pressed={selected}
            aria-label={props.markLabel(bar)}
            onMouseEnter={() => props.onHover(bar)}
            onMouseLeave={() => props.onHover(null)}
            onFocus={() => props.onHover(bar)}
            onBlur={() => props.onHover(null)}
            onClick={() => props.onActivate(bar)}
            onKeyDown={onKeyDown}
          />
        );
      })}
    </svg>
  );
});

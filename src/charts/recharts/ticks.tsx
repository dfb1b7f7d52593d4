import type { ChartColors } from '../palette';
import { textWidth } from '../text';

/** Axis labels drawn by us inside Recharts' axes: whole, wrapped labels and ticks that stay inside the chart. */

interface TickPosition {
  x: number | string;
  y: number | string;
}

/**
 * Lines of text from a first baseline down. Where a line broke at a space
 * (`text`, the whole text, says where), the space is kept at the edge the
 * anchor does not align, so the text still reads "WeChat together" (to a
 * screen reader, a search, a copy), never "WeChattogether".
 */
export function Lines(props: {
  lines: readonly string[];
  text?: string;
  x: number;
  y: number;
  lineHeight: number;
  fontSize: number;
  anchor: 'start' | 'middle' | 'end';
  fill: string;
  className: string;
}) {
  const { lines, x, y } = props;
  return (
    <text
      x={x}
      y={y}
      textAnchor={props.anchor}
      fontSize={props.fontSize}
      style={{ fill: props.fill }}
      className={props.className}
    >
      {lines.length === 1
        ? lines[0]
        : lines.map((line, i) => {
            const before = i > 0 && props.text?.includes(`${lines[i - 1] ?? ''} ${line}`);
            const after = i < lines.length - 1 && props.text?.includes(`${line} ${lines[i + 1] ?? ''}`);
            const shown = props.anchor === 'end' ? `${before ? ' ' : ''}${line}` : `${line}${after ? ' ' : ''}`;
            return (
              <tspan key={i} x={x} dy={i === 0 ? 0 : props.lineHeight}>
                {shown}
              </tspan>
            );
          })}
    </text>
  );
}

/**
 * A value tick under (or beside) the plot. The end ticks stay inside the
 * chart instead of being cut at its edge.
 */
export function valueTick(o: {
  labels: ReadonlyMap<number, string>;
  fontSize: number;
  colors: ChartColors;
  orientation: 'bottom' | 'left';
  /** The chart's width: a bottom tick never runs past either edge. */
  width: number;
  /** A left axis' labels end here (the plot's left edge, less a gap). */
  right?: number;
}) {
  return function ValueTick(p: TickPosition & { payload: { value: unknown } }) {
    const label = o.labels.get(Number(p.payload.value)) ?? String(p.payload.value);
    const x = Number(p.x);
    const y = Number(p.y);
    const fs = o.fontSize;
    if (o.orientation === 'left')
      return (
        <Lines
          lines={[label]}
          x={(o.right ?? x) - 6}
          y={y + fs * 0.35}
          lineHeight={fs}
          fontSize={fs}
          anchor="end"
          fill={o.colors.muted}
          className="chart-tick"
        />
      );
    const half = textWidth(label, fs) / 2;
    const anchor = x - half < 0 ? 'start' : x + half > o.width ? 'end' : 'middle';
    const ax = anchor === 'start' ? Math.max(0, x - 2) : anchor === 'end' ? o.width : x;
    return (
      <Lines
        lines={[label]}
        x={ax}
        y={y + fs - 2}
        lineHeight={fs}
        fontSize={fs}
        anchor={anchor}
        fill={o.colors.muted}
        className="chart-tick"
      />
    );
  };
}

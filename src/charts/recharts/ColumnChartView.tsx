import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { ColumnLayout, ColumnSlot } from '../columnLayout';
import type { ChartBar } from '../model';
import { colorOf, seriesFill, type ChartColors } from '../palette';
import { ChartContext, type ChartContextValue, type Interaction } from './context';
import { markShape, ValueLabel, type Row } from './marks';
import { Patterns } from '../Patterns';
import { Lines, valueTick } from './ticks';
import { ChartTooltip, useMounted, type TooltipSpec } from './tooltip';

/**
 * One indicator over the years as columns, drawn by Recharts from our layout:
 * a year without a value has no column (never a zero) and says why; a value
 * read from the text is hatched; a dashed line marks a change of the report
 * format, its note above the plot. The same element on screen and in exports.
 */
export interface ColumnChartViewProps {
  id: string;
  slots: readonly ColumnSlot[];
  layout: ColumnLayout;
  colors: ChartColors;
  interaction: Interaction | null;
  tooltip?: TooltipSpec | null;
}

const VALUE = 'value';

export default function ColumnChartView({ id, slots, layout: l, colors, interaction, tooltip }: ColumnChartViewProps) {
  const rows = useMemo(() => slots.map((s): Row => ({ key: String(s.year), [VALUE]: s.bar?.value ?? null })), [slots]);
  // Recharts' tooltip is mounted the first time it is needed: most charts are never hovered.
  const tooltipMounted = useMounted(Boolean(tooltip));
  const context = useMemo((): ChartContextValue => {
    const byYear = new Map(slots.map((s, i) => [String(s.year), { bar: s.bar, label: l.valueLabels[i] ?? '' }]));
    const labels = new Map<ChartBar, string>();
    for (const v of byYear.values()) if (v.bar) labels.set(v.bar, v.label);
    return {
      chartId: id,
      colors,
      fontSize: l.fontSize,
      barAt: (row) => byYear.get(row)?.bar ?? undefined,
      valueLabel: (bar) => labels.get(bar) ?? '',
      shift: 0,
      interaction,
    };
  }, [id, slots, l, colors, interaction]);
  const yearTick = useMemo(
    () =>
      function YearTick(p: { x: number | string; payload: { value: unknown; index: number } }) {
        const i = slots.findIndex((s) => String(s.year) === String(p.payload.value));
        if ((slots.length - 1 - i) % l.yearEvery !== 0) return <g />;
        return (
          <Lines
            lines={[String(p.payload.value)]}
            x={Number(p.x)}
            y={l.plot.bottom + l.fontSize + 4}
            lineHeight={l.fontSize}
            fontSize={l.fontSize}
            anchor="middle"
            fill={colors.text}
            className="chart-category"
          />
        );
      },
    [slots, l, colors],
  );
  // Stable children: a new child makes Recharts remount the columns (and lose their focus).
  // A Cell per year only where a value is read from the text (hatched): cells cost Recharts a pass each.
  const cells = useMemo(
    () => [
      ...(slots.some((s) => s.fromText)
        ? slots.map((s) => (
            <Cell
              key={s.year}
              fill={seriesFill(id, s.fromText ? 1 : 0, colors)}
              stroke={colorOf(colors, s.fromText ? 1 : 0)}
            />
          ))
        : []),
      <LabelList
        key="labels"
        dataKey="key"
        content={<ValueLabel seriesKey={VALUE} placement={l.valueUpright ? 'upright' : 'top'} />}
      />,
    ],
    [slots, id, colors, l.valueUpright],
  );
  const tick = useMemo(
    () =>
      valueTick({
        labels: new Map(l.axis.ticks.map((t, i) => [t, l.axis.labels[i] ?? ''])),
        fontSize: l.fontSize,
        colors,
        orientation: 'left',
        width: l.width,
        right: l.plot.left,
      }),
    [l, colors],
  );
  return (
    <ChartContext value={context}>
      <BarChart
        width={l.width}
        height={l.height}
        data={rows}
        margin={l.margin}
        barSize={l.barSize}
        barCategoryGap={0}
        accessibilityLayer={false}
        className="chart-svg"
      >
        <Patterns chartId={id} colors={colors} />
        {/* At our ticks' places, both ways given (one not drawn): left to itself, Recharts' grid measures
            tick labels in the DOM, a forced layout for every chart. */}
        <CartesianGrid
          vertical={false}
          verticalPoints={[l.plot.left]}
          horizontalPoints={l.axis.ticks.map((v) => l.plot.bottom - (v / l.axis.max) * (l.plot.bottom - l.plot.top))}
          stroke={colors.grid}
        />
        <XAxis
          dataKey="key"
          type="category"
          interval={0}
          height={l.axisHeight}
          tick={yearTick}
          tickLine={false}
          axisLine={{ stroke: colors.axis }}
        />
        <YAxis
          type="number"
          domain={[0, l.axis.max]}
          ticks={l.axis.ticks}
          interval={0}
          width={l.axisWidth}
          tick={tick}
          tickLine={false}
          axisLine={false}
        />
        <Bar dataKey={VALUE} isAnimationActive={false} shape={markShape(0, VALUE)} activeBar={false}>
          {cells}
        </Bar>
        {l.notes.map((n) => (
          <ReferenceLine
            key={n.year}
            x={String(n.year)}
            position="start"
            stroke={colors.axis}
            strokeDasharray="4 3"
            label={<FormatNote layout={l} note={n} colors={colors} />}
          />
        ))}
        <g className="chart-gaps">
          {l.gaps.map((g) => (
            <Lines
              key={g.x}
              lines={[g.text]}
              x={g.x}
              y={g.y}
              lineHeight={l.gapSize}
              fontSize={l.gapSize}
              anchor="middle"
              fill={colors.muted}
              className="chart-gap"
            />
          ))}
        </g>
        {tooltipMounted && <ChartTooltip spec={tooltip ?? null} />}
      </BarChart>
    </ChartContext>
  );
}

/** A format change's note, above the plot, and its line carried up to the note. */
function FormatNote({
  layout: l,
  note: n,
  colors,
}: {
  layout: ColumnLayout;
  note: ColumnLayout['notes'][number];
  colors: ChartColors;
}) {
  return (
    <g>
      <line x1={n.x} x2={n.x} y1={n.lineTop} y2={l.plot.top} style={{ stroke: colors.axis, strokeDasharray: '4 3' }} />
      <Lines
        lines={[n.label]}
        x={n.anchor === 'start' ? n.x + 3 : n.x - 3}
        y={n.textY}
        lineHeight={l.noteSize}
        fontSize={l.noteSize}
        anchor={n.anchor}
        fill={colors.muted}
        className="chart-note"
      />
    </g>
  );
}

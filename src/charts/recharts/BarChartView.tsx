import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { barsBlock, type BarLayout } from '../barLayout';
import type { ChartBar, ChartModel } from '../model';
import type { ChartColors } from '../palette';
import { ChartContext, type ChartContextValue, type Interaction } from './context';
import { markShape, ValueLabel, type Row } from './marks';
import { Patterns } from '../Patterns';
import { Lines, valueTick } from './ticks';
import { ChartTooltip, useMounted, type TooltipSpec } from './tooltip';

/**
 * A report's grouping as horizontal bars, drawn by Recharts from our layout
 * (sizes, ticks, wrapped labels): the same element on screen (with buttons and
 * a tooltip) and, off screen at the export's size and colours, in every export.
 * Animation is off: a chart is settled at once, for exports and for filters.
 */
export interface BarChartViewProps {
  model: ChartModel;
  layout: BarLayout;
  colors: ChartColors;
  valueLabel: (bar: ChartBar) => string;
  interaction: Interaction | null;
  /** Screen only: the tooltip to show, or null. */
  tooltip?: TooltipSpec | null;
}

const VALUE = 'value';

function seriesKeys(model: ChartModel): string[] {
  return model.series.length > 0 ? model.series.map((s) => s.key) : [VALUE];
}

export default function BarChartView({
  model,
  layout: l,
  colors,
  valueLabel,
  interaction,
  tooltip,
}: BarChartViewProps) {
  const keys = useMemo(() => seriesKeys(model), [model]);
  const rows = useMemo(
    () =>
      model.categories.map((c): Row => {
        const row: Row = { key: c.key };
        for (const s of keys)
          row[s] = model.bars.find((b) => b.key === c.key && (b.series ?? VALUE) === s)?.value ?? null;
        return row;
      }),
    [model, keys],
  );
  // Recharts' tooltip is mounted the first time it is needed: most charts are never hovered.
  const tooltipMounted = useMounted(Boolean(tooltip));
  const context = useMemo((): ChartContextValue => {
    const byKey = new Map(model.bars.map((b) => [`${b.key}|${b.series ?? VALUE}`, b]));
    return {
      chartId: model.id,
      colors,
      fontSize: l.fontSize,
      barAt: (row, s) => byKey.get(`${row}|${s}`),
      valueLabel,
      shift: l.shift,
      interaction,
    };
  }, [model, colors, l, valueLabel, interaction]);
  const categoryTick = useMemo(() => {
    const index = new Map(model.categories.map((c, i) => [c.key, i]));
    return function CategoryTick(p: { payload: { value: unknown } }) {
      const i = index.get(String(p.payload.value)) ?? 0;
      const lines = l.lines[i] ?? [];
      const fs = l.fontSize;
      const { top } = barsBlock(l, keys.length, i);
      const centre = l.plot.top + l.band * (i + 0.5);
      // Above the bars on a narrow chart; else beside them, centred on their band.
      const y = l.labelsAbove
        ? top - 4 - (lines.length - 1) * l.lineHeight
        : centre - ((lines.length - 1) * l.lineHeight) / 2 + fs * 0.35;
      return (
        <Lines
          lines={lines}
          text={model.categories[i]?.label}
          x={l.labelsAbove ? 0 : l.categoryWidth - 8}
          y={y}
          lineHeight={l.lineHeight}
          fontSize={fs}
          anchor={l.labelsAbove ? 'start' : 'end'}
          fill={colors.text}
          className="chart-category"
        />
      );
    };
  }, [model, l, keys, colors]);
  // The same label elements every render: a new child makes Recharts remount the bars (and lose their focus).
  const labels = useMemo(
    () => keys.map((s) => <LabelList key={s} dataKey="key" content={<ValueLabel seriesKey={s} placement="end" />} />),
    [keys],
  );
  const tick = useMemo(
    () =>
      valueTick({
        labels: new Map(l.axis.ticks.map((t, i) => [t, l.axis.labels[i] ?? ''])),
        fontSize: l.fontSize,
        colors,
        orientation: 'bottom',
        width: l.width,
      }),
    [l, colors],
  );
  return (
    <ChartContext value={context}>
      <BarChart
        layout="vertical"
        width={l.width}
        height={l.height}
        data={rows}
        margin={l.margin}
        barSize={l.barSize}
        barGap={l.barGap}
        barCategoryGap={0}
        accessibilityLayer={false}
        className="chart-svg"
      >
        <Patterns chartId={model.id} colors={colors} />
        {/* At our ticks' places, both ways given (one not drawn): left to itself, Recharts' grid measures
            tick labels in the DOM, a forced layout for every chart. */}
        <CartesianGrid
          horizontal={false}
          horizontalPoints={[l.plot.top]}
          verticalPoints={l.axis.ticks.map((v) => l.plot.left + (v / l.axis.max) * (l.plot.right - l.plot.left))}
          stroke={colors.grid}
        />
        <XAxis
          type="number"
          domain={[0, l.axis.max]}
          ticks={l.axis.ticks}
          interval={0}
          height={l.axisHeight}
          tick={tick}
          tickLine={false}
          axisLine={{ stroke: colors.axis }}
        />
        <YAxis
          type="category"
          dataKey="key"
          // Labels above the bars: the axis stands inside the plot and takes no width (Recharts draws no axis 0 wide).
          width={Math.max(1, l.categoryWidth)}
          mirror={l.labelsAbove}
          tick={categoryTick}
          interval={0}
          tickLine={false}
          axisLine={false}
        />
        {keys.map((s, i) => (
          <Bar key={s} dataKey={s} isAnimationActive={false} shape={markShape(i, s)} activeBar={false}>
            {labels[i]}
          </Bar>
        ))}
        {tooltipMounted && <ChartTooltip spec={tooltip ?? null} />}
      </BarChart>
    </ChartContext>
  );
}

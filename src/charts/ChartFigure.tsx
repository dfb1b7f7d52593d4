import { useCallback, useDeferredValue, useMemo, useRef, useState, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import type { Translate } from '../i18n/messages';
import { barLayout, type BarLayout } from './barLayout';
import { DataTable } from './DataTable';
import { useChartDraw } from './lazy';
import { Legend } from './Legend';
import { largestBar, type ChartBar, type ChartModel } from './model';
import { selectHint, type Input } from './hint';
import { SCREEN_COLORS } from './palette';
import type { Interaction } from './recharts/context';
import type { TooltipSpec } from './recharts/tooltip';
import { ChartBox } from './ChartBox';
import { markSignature, useKeptDrawing } from './kept';
import { useNearScreen } from './useNearScreen';
import { useWidth } from './useWidth';

export interface ChartFigureProps {
  model: ChartModel;
  t: Translate;
  valueLabel: (bar: ChartBar) => string;
  /** The checks of a bar's figure that do not hold, one line each (said in its tooltip). */
  checkNotes?: (bar: ChartBar) => string[];
  /** What the chart's ⚠ marks mean, when it has any. */
  checkNote?: string | null;
  /** That the bars' stated shares are shown as the report writes them (to different precision). */
  asWritten?: string | null;
  tick: (value: number, axisMax: number) => string;
  /** Whether a bar is lit by the linked hover or the selection; null when nothing is lit. */
  lit: ((bar: ChartBar) => boolean) | null;
  selected: (bar: ChartBar) => boolean;
  onHover: (bar: ChartBar | null) => void;
  /** A click or Enter on a bar: selects it (or clears the selection). */
  onActivate: (bar: ChartBar) => void;
  onOpenFact: (factId: string) => void;
  /** What the selected bar offers (open its source, filter by it), under the chart. */
  selection?: ReactNode;
  /** Said instead of drawing empty axes when the filters leave no bar. */
  emptyMessage: ReactNode;
  sourceLine: string;
  /**
   * The source under the title rather than under the chart: an embedded chart
   * without its host's resizing script keeps the height it was copied with, so
   * a narrower host page cuts its bottom, never its attribution.
   */
  sourceFirst?: boolean;
  /** How the computed sum of the bars reads, e.g. "Together 44 …". */
  sumLabel?: (sum: number) => string;
  /** Export menu and other actions; `width` is the chart's width on screen. */
  toolbar?: (width: number) => ReactNode;
  initialWidth?: number;
}

/** Beside the hovered bar's band: below it in the chart's upper half, above it in the lower. */
function tooltipPlace(l: BarLayout, model: ChartModel, bar: ChartBar): Omit<TooltipSpec, 'content'> {
  const i = Math.max(
    0,
    model.categories.findIndex((c) => c.key === bar.key),
  );
  const bandTop = l.plot.top + l.band * i;
  const below = bandTop + l.band / 2 < l.height / 2;
  return { x: l.plot.left, y: below ? bandTop + l.band : bandTop, above: !below };
}

/** A chart in a <figure>: caption, chart-or-table toggle, text summary, legend and source line. */
export function ChartFigure(props: ChartFigureProps) {
  const { model, t, valueLabel, tick } = props;
  const [asTable, setAsTable] = useState(false);
  const [hovered, setHovered] = useState<{ bar: ChartBar; how: Input } | null>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const { width, measured } = useWidth(bodyRef, props.initialWidth, undefined, model.id);
  const near = useNearScreen(bodyRef);
  // The chart follows a filter or a selection in a transition: the click paints at once (the
  // filter's box, the cards), Recharts redraws after; a table or tooltip reads the current model.
  const drawn = useDeferredValue(useMemo(() => ({ model, valueLabel, tick }), [model, valueLabel, tick]));
  const layout = useMemo(
    () => barLayout(drawn.model, { width, valueLabels: drawn.model.bars.map(drawn.valueLabel), tickLabel: drawn.tick }),
    [drawn, width],
  );
  const heightAt = useCallback(
    (w: number) => barLayout(model, { width: w, valueLabels: model.bars.map(valueLabel), tickLabel: tick }).height,
    [model, valueLabel, tick],
  );
  const biggest = largestBar(model);
  const { checkNotes } = props;
  const label = useCallback(
    (b: ChartBar) =>
      t('chart.mark', { label: [b.keyLabel, b.seriesLabel].filter(Boolean).join(' · '), value: valueLabel(b) }),
    [t, valueLabel],
  );
  // A bar's name for a screen reader says a failing check too, as its ⚠ shows it.
  const markLabel = useCallback((b: ChartBar) => [label(b), ...(checkNotes?.(b) ?? [])].join(' '), [label, checkNotes]);
  const { onHover, lit: litNow, selected: selectedNow, onActivate } = props;
  const lit = useDeferredValue(litNow);
  const selected = useDeferredValue(selectedNow);
  const interaction = useMemo(
    (): Interaction => ({
      lit,
      selected,
      markLabel,
      onActivate,
      onHover: (b, how = 'pointer') => {
        setHovered(b ? { bar: b, how } : null);
        onHover(b);
      },
    }),
    [lit, selected, markLabel, onActivate, onHover],
  );
  // A click on the screen's drawing, kept until the reader reaches for the page, does what a bar's click does.
  const onMarkClick = useCallback(
    (factId: string, how: Input) => {
      const bar = model.bars.find((b) => b.factId === factId);
      if (!bar) return;
      interaction.onHover(bar, how);
      onActivate(bar);
    },
    [model, interaction, onActivate],
  );
  const kept = useKeptDrawing(model.id, () => ({
    layout,
    marks: drawn.model.bars.map((b) => markSignature(b, drawn.valueLabel(b), lit, selected)),
  }));
  const wants = measured && near && !kept.keep;
  const { charts, turn } = useChartDraw(wants);
  const empty = model.bars.length === 0;
  const shown = hovered && model.bars.find((b) => b.factId === hovered.bar.factId);
  const tooltip: TooltipSpec | null = shown
    ? {
        ...tooltipPlace(layout, model, shown),
        content: (
          <>
            {label(shown)}
            {checkNotes?.(shown).map((line) => (
              <span key={line} className="block text-[var(--bad)]">
                {line}
              </span>
            ))}
            <span className="block text-[var(--muted)]" data-testid="chart-hint">
              {t(selectHint(hovered.how, selectedNow(shown)))}
            </span>
          </>
        ),
      }
    : null;

  const shownTooltip = asTable ? null : tooltip;
  // Memoized: a render for the caption or the cards alone leaves Recharts untouched.
  const chart = useMemo(
    () =>
      charts && (
        <charts.BarChartView
          model={drawn.model}
          layout={layout}
          colors={SCREEN_COLORS}
          valueLabel={drawn.valueLabel}
          interaction={interaction}
          tooltip={shownTooltip}
        />
      ),
    [charts, drawn, layout, interaction, shownTooltip],
  );

  return (
    <figure data-chart-id={model.id} className="relative min-w-0 rounded-lg border border-[var(--border)] p-3">
      <figcaption className="mb-2">
        <span className="block font-semibold">{model.title}</span>
        {model.note && <span className="mt-1 block text-sm text-[var(--muted)]">{model.note}</span>}
        {model.sum !== null && props.sumLabel && (
          <span className="mt-1 block text-sm" data-testid="chart-sum">
            {props.sumLabel(model.sum)}
          </span>
        )}
        {props.checkNote && (
          <span className="mt-1 block text-sm text-[var(--bad)]" data-testid="chart-check-note">
            {props.checkNote}
          </span>
        )}
        {props.sourceFirst && (
          <span className="mt-1 block text-xs text-[var(--muted)]" data-testid="source-line">
            {props.sourceLine}
          </span>
        )}
      </figcaption>
      <div className="no-print mb-2 flex flex-wrap items-center gap-2 text-sm">
        {!empty && (
          <button
            type="button"
            className="rounded border border-[var(--border)] px-2 py-0.5"
            aria-pressed={asTable}
            onClick={() => setAsTable((v) => !v)}
          >
            {asTable ? t('chart.showChart') : t('chart.showTable')}
          </button>
        )}
        {!empty && props.toolbar?.(width)}
      </div>
      <div ref={bodyRef} className="relative">
        {empty ? (
          <p role="status" className="rounded bg-[var(--surface)] p-3 text-sm">
            {props.emptyMessage}
          </p>
        ) : (
          <ErrorBoundary fallback={(e) => <p role="alert">{t('chart.failed', { message: e.message })}</p>}>
            {/* Kept in the page under the table, so print and the keyboard find the same chart. */}
            <ChartBox
              height={layout.height}
              heightAt={heightAt}
              width={width}
              hidden={asTable}
              drawn={turn}
              kept={kept.keep}
              signature={kept.signature}
              onMarkClick={onMarkClick}
            >
              {chart}
            </ChartBox>
          </ErrorBoundary>
        )}
        {!empty && asTable && (
          <DataTable
            model={model}
            valueLabel={valueLabel}
            headers={{ label: t('chart.label'), series: t('chart.series'), value: t('chart.value') }}
            onOpenFact={props.onOpenFact}
            openHint={(b) => `${[b.keyLabel, b.seriesLabel].filter(Boolean).join(' · ')}, ${t('fact.sourceHint')}`}
            checkNotes={props.checkNotes}
          />
        )}
      </div>
      {!empty && props.selection}
      {!empty && !asTable && <Legend model={model} />}
      {/* A footnote: under the chart, so the bars keep their place on the first screen. */}
      {props.asWritten && (
        <p className="mt-2 text-xs text-[var(--muted)]" data-testid="as-written">
          {props.asWritten}
        </p>
      )}
      {biggest && (
        <p className="sr-only">
          {t('chart.summary', {
            title: model.title,
            n: model.bars.length,
            maxLabel: [biggest.keyLabel, biggest.seriesLabel].filter(Boolean).join(' · '),
            maxValue: valueLabel(biggest),
          })}
        </p>
      )}
      {!props.sourceFirst && (
        <p className="mt-2 text-xs text-[var(--muted)]" data-testid="source-line">
          {props.sourceLine}
        </p>
      )}
    </figure>
  );
}

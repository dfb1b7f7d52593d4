import { lazy, Suspense, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import type { Highlight } from '../data/selectors';
import type { Translate } from '../i18n/messages';
import { DataTable } from './DataTable';
import { chartLayout } from './layout';
import { Legend } from './Legend';
import { largestBar, type ChartBar, type ChartModel } from './model';
import { useInView } from './useInView';
import { useWidth } from './useWidth';

const BarChartView = lazy(() => import('./BarChartView'));
/** Fetches the chart renderer ahead of need (on hover or focus of a link to a panel). */
export const preloadChartRenderer = () => import('./BarChartView');

export interface ChartFigureProps {
  model: ChartModel;
  t: Translate;
  valueLabel: (bar: ChartBar) => string;
  tick: (value: number) => string;
  highlight: Highlight | null;
  onHover: (bar: ChartBar | null) => void;
  onActivate: (bar: ChartBar) => void;
  onOpenFact: (factId: string) => void;
  /** Said instead of drawing empty axes when the filters leave no bar. */
  emptyMessage: ReactNode;
  sourceLine: string;
  /** How the computed sum of the bars reads, e.g. "Together 44 …". */
  sumLabel?: (sum: number) => string;
  /** Export menu and other actions, rendered in the figure's toolbar; `getSvg` finds the drawn chart. */
  toolbar?: (getSvg: () => SVGSVGElement | null) => ReactNode;
  initialWidth?: number;
}

/** A chart in a <figure>: caption, chart-or-table toggle, text summary, legend and source line. */
export function ChartFigure(props: ChartFigureProps) {
  const { model, t } = props;
  const [asTable, setAsTable] = useState(false);
  const [hovered, setHovered] = useState<ChartBar | null>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const figureRef = useRef<HTMLElement>(null);
  const inView = useInView(figureRef);
  // Found by the figure's id when an export runs (a chart appears once per page). Legend
  // swatches are SVGs too, so the selector names the chart body's own Recharts surface.
  const getSvg = useCallback(
    () =>
      document.querySelector<SVGSVGElement>(
        `figure[data-chart-id="${CSS.escape(model.id)}"] .chart-body > .recharts-wrapper > svg`,
      ),
    [model.id],
  );
  const width = useWidth(bodyRef, props.initialWidth);
  const { valueLabel } = props;
  // Stable while the chart is: Recharts recomputes (and remounts) its bars when the margin object changes.
  const layout = useMemo(() => chartLayout(model, width, model.bars.map(valueLabel)), [model, width, valueLabel]);
  const biggest = largestBar(model);
  const markLabel = useCallback(
    (b: ChartBar) =>
      t('chart.mark', { label: [b.keyLabel, b.seriesLabel].filter(Boolean).join(' · '), value: valueLabel(b) }),
    [t, valueLabel],
  );
  const { onHover } = props;
  const hover = useCallback(
    (b: ChartBar | null) => {
      setHovered(b);
      onHover(b);
    },
    [onHover],
  );
  const empty = model.bars.length === 0;

  return (
    <figure
      ref={figureRef}
      data-chart-id={model.id}
      className="relative min-w-0 rounded-lg border border-[var(--border)] p-3"
    >
      <figcaption className="mb-2">
        <span className="block font-semibold">{model.title}</span>
        {model.note && <span className="mt-1 block text-sm text-[var(--muted)]">{model.note}</span>}
        {model.sum !== null && props.sumLabel && (
          <span className="mt-1 block text-sm" data-testid="chart-sum">
            {props.sumLabel(model.sum)}
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
        {!empty && props.toolbar?.(getSvg)}
      </div>
      {/* overflow-hidden: a wide chart must not hold its box open, or it could never shrink on resize. */}
      <div ref={bodyRef} className="relative overflow-hidden">
        {empty ? (
          <p role="status" className="rounded bg-[var(--surface)] p-3 text-sm">
            {props.emptyMessage}
          </p>
        ) : (
          <ErrorBoundary fallback={(e) => <p role="alert">{t('chart.failed', { message: e.message })}</p>}>
            <Suspense
              fallback={<div style={{ height: layout.height }} aria-busy="true" className="chart-placeholder" />}
            >
              {/* Kept mounted under the table, so the chart can still be exported. */}
              <div className="chart-body" style={{ height: layout.height }} hidden={asTable}>
                {inView && (
                  <BarChartView
                    model={model}
                    layout={layout}
                    valueLabel={props.valueLabel}
                    markLabel={markLabel}
                    tick={props.tick}
                    highlight={props.highlight}
                    onHover={hover}
                    onActivate={props.onActivate}
                  />
                )}
              </div>
            </Suspense>
            {hovered && !asTable && (
              <div
                aria-hidden="true"
                className="pointer-events-none absolute top-0 right-0 max-w-[70%] rounded border border-[var(--border)] bg-[var(--bg)] px-2 py-1 text-xs shadow"
              >
                {markLabel(hovered)}
                {model.dimension && <span className="block text-[var(--muted)]">{t('chart.filterHint')}</span>}
              </div>
            )}
          </ErrorBoundary>
        )}
        {!empty && asTable && (
          <DataTable
            model={model}
            valueLabel={props.valueLabel}
            headers={{ label: t('chart.label'), series: t('chart.series'), value: t('chart.value') }}
            onOpenFact={props.onOpenFact}
            openHint={(b) => `${[b.keyLabel, b.seriesLabel].filter(Boolean).join(' · ')}, ${t('fact.sourceHint')}`}
          />
        )}
      </div>
      {!empty && !asTable && <Legend model={model} />}
      {biggest && (
        <p className="sr-only">
          {t('chart.summary', {
            title: model.title,
            n: model.bars.length,
            maxLabel: [biggest.keyLabel, biggest.seriesLabel].filter(Boolean).join(' · '),
            maxValue: props.valueLabel(biggest),
          })}
        </p>
      )}
      <p className="mt-2 text-xs text-[var(--muted)]">{props.sourceLine}</p>
    </figure>
  );
}

import { useMemo, useRef, useState } from 'react';
import { ChartBox } from '../../charts/ChartBox';
import { columnLayout, type ColumnSlot } from '../../charts/columnLayout';
import type { ChartDrawing } from '../../charts/drawing';
import { openHint, type Input } from '../../charts/hint';
import { useChartDraw } from '../../charts/lazy';
import type { ChartBar } from '../../charts/model';
import { SCREEN_COLORS } from '../../charts/palette';
import type { Interaction } from '../../charts/recharts/context';
import { slotMarks, useKeptDrawing } from '../../charts/kept';
import { useNearScreen } from '../../charts/useNearScreen';
import { useOnScreenNow } from '../../charts/useOnScreenNow';
import type { ViewState } from '../../data/url';
import { ViewLink } from '../shared/ViewLink';
import { useWidth } from '../../charts/useWidth';
import { Menu } from '../../components/Menu';
import type { Translate } from '../../i18n/messages';
import { useT } from '../../state/hooks';
import { useExportMenu, type ExportInput } from '../shared/useExportMenu';

export interface TrendFigureProps {
  id: string;
  title: string;
  /** Formula of a derived indicator, said under the title. */
  note: string | null;
  slots: ColumnSlot[];
  formatChanges: { year: number; label: string }[];
  valueLabel: (bar: ChartBar) => string;
  /** The report's checks of a value that do not hold, one line each. */
  checkNotes: (bar: ChartBar) => string[];
  shortLabel: (bar: ChartBar) => string;
  tick: (value: number, axisMax: number) => string;
  /** One sentence on the latest change, e.g. "2025: 74, up 3 on 2024". */
  summary: string;
  sourceLine: string;
  onOpen: (bar: ChartBar) => void;
  exportInput: Omit<ExportInput, 'drawing' | 'width' | 'title' | 'notes' | 'sourceLine'>;
  /** The same figure across bodies (compare), in the year given. */
  compare?: Partial<ViewState>;
}

const gapLabelOf = (t: Translate, gap: 'no-report' | 'not-stated') =>
  t(gap === 'no-report' ? 'trends.noReport' : 'trends.notStated');

function SlotValue(props: {
  slot: ColumnSlot;
  label: (bar: ChartBar) => string;
  notes: (bar: ChartBar) => string[];
  onOpen: (bar: ChartBar) => void;
  gap: (gap: 'no-report' | 'not-stated') => string;
}) {
  const t = useT();
  const { bar, fromText, gap } = props.slot;
  if (!bar) return <>{props.gap(gap ?? 'not-stated')}</>;
  return (
    <>
      <button type="button" className="underline decoration-dotted" onClick={() => props.onOpen(bar)}>
        {props.label(bar)}
        {fromText && ` (${t('trends.fromText')})`}
      </button>
      {props.notes(bar).map((line) => (
        <span key={line} className="block text-xs text-[var(--bad)]" data-testid="trend-check">
          {line}
        </span>
      ))}
    </>
  );
}

/** One indicator of one body over the years, as columns, with its table, export and a way to each number's source. */
export function TrendFigure(p: TrendFigureProps) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const { width, measured } = useWidth(ref, undefined, 'trends', p.id);
  const onScreen = useOnScreenNow(ref, !measured);
  const near = useNearScreen(ref) || onScreen;
  const [asTable, setAsTable] = useState(false);
  const [hovered, setHovered] = useState<{ bar: ChartBar; how: Input } | null>(null);
  const gapLabel = (gap: 'no-report' | 'not-stated') => gapLabelOf(t, gap);
  const { slots, shortLabel, tick, formatChanges, valueLabel, onOpen, checkNotes } = p;
  const checkNote = slots.some((s) => s.bar?.check === 'does-not-hold') ? t('library.checkNote') : null;
  const options = useMemo(
    () => ({
      slots,
      shortLabel,
      tickLabel: tick,
      formatChanges,
      gapLabel: (g: 'no-report' | 'not-stated') => gapLabelOf(t, g),
    }),
    [slots, shortLabel, tick, formatChanges, t],
  );
  const layout = useMemo(() => columnLayout({ ...options, width }), [options, width]);
  const kept = useKeptDrawing(p.id, () => ({ layout, marks: slotMarks(slots, valueLabel) }));
  const wants = measured && near && !kept.keep;
  const { charts, turn } = useChartDraw(wants);
  const drawing: ChartDrawing = {
    kind: 'columns',
    id: p.id,
    options,
    legend: p.slots.some((s) => s.fromText) ? [{ label: t('trends.fromText'), seriesIndex: 1 }] : [],
  };
  const exporter = useExportMenu({
    ...p.exportInput,
    drawing,
    width,
    title: p.title,
    // An exported image cannot be clicked: its note says where the checks are instead.
    notes: [p.note, p.summary, checkNote && t('library.checkNoteExport')].filter((n): n is string => Boolean(n)),
    sourceLine: p.sourceLine,
  });
  const label = (b: ChartBar) => t('chart.mark', { label: b.keyLabel, value: valueLabel(b) });
  const interaction = useMemo(
    (): Interaction => ({
      lit: null,
      selected: () => false,
      markLabel: (b) => [t('chart.mark', { label: b.keyLabel, value: valueLabel(b) }), ...checkNotes(b)].join(' '),
      onHover: (b, how = 'pointer') => setHovered(b ? { bar: b, how } : null),
      onActivate: onOpen,
    }),
    [t, valueLabel, onOpen, checkNotes],
  );
  return (
    <figure data-chart-id={p.id} className="relative min-w-0 rounded-lg border border-[var(--border)] p-3">
      <figcaption className="mb-2">
        <span className="block font-semibold">{p.title}</span>
        {p.note && <span className="mt-1 block text-sm text-[var(--muted)]">{p.note}</span>}
        <span className="mt-1 block text-sm" data-testid="trend-summary">
          {p.summary}
        </span>
      </figcaption>
      <div className="no-print mb-2 flex flex-wrap items-center gap-2 text-sm">
        <button
          type="button"
          className="rounded border border-[var(--border)] px-2 py-0.5"
          aria-pressed={asTable}
          onClick={() => setAsTable((v) => !v)}
        >
          {asTable ? t('chart.showChart') : t('chart.showTable')}
        </button>
        <Menu
          label={t('export.button')}
          labelRest={t('export.nameRest', { title: p.title })}
          items={exporter.items}
          groups={exporter.groups}
          onIntent={exporter.prefetch}
        />
        {p.compare && (
          <ViewLink to={p.compare} className="text-[var(--accent)] underline underline-offset-2">
            {t('compare.link')}
            <span className="sr-only">: {p.title}</span>
          </ViewLink>
        )}
      </div>
      <div ref={ref} className="relative">
        <ChartBox
          height={layout.height}
          heightAt={(w) => columnLayout({ ...options, width: w }).height}
          width={width}
          hidden={asTable}
          drawn={turn}
          kept={kept.keep}
          signature={kept.signature}
          onMarkClick={(factId) => {
            const bar = slots.find((s) => s.bar?.factId === factId)?.bar;
            if (bar) onOpen(bar);
          }}
        >
          {charts && (
            <charts.ColumnChartView
              id={p.id}
              slots={slots}
              layout={layout}
              colors={SCREEN_COLORS}
              interaction={interaction}
              // Below the years: never over a column or its value.
              tooltip={
                hovered && !asTable
                  ? {
                      x: 0,
                      y: layout.height,
                      above: false,
                      content: (
                        <>
                          {label(hovered.bar)}
                          {checkNotes(hovered.bar).map((line) => (
                            <span key={line} className="block text-[var(--bad)]">
                              {line}
                            </span>
                          ))}
                          <span className="block text-[var(--muted)]" data-testid="chart-hint">
                            {t(openHint(hovered.how))}
                          </span>
                        </>
                      ),
                    }
                  : null
              }
            />
          )}
        </ChartBox>
        {asTable && (
          <table className="w-full text-sm">
            <thead>
              <tr className="text-left">
                <th scope="col">{t('library.year')}</th>
                <th scope="col" className="text-right">
                  {t('chart.value')}
                </th>
              </tr>
            </thead>
            <tbody>
              {p.slots.map((s) => (
                <tr key={s.year} className="border-t border-[var(--border)]">
                  <th scope="row" className="py-1 text-left font-normal">
                    {s.year}
                  </th>
                  <td className="py-1 text-right tabular-nums">
                    <SlotValue slot={s} label={p.valueLabel} notes={checkNotes} onOpen={p.onOpen} gap={gapLabel} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {!asTable && drawing.legend.length > 0 && (
        <p className="mt-2 text-xs text-[var(--muted)]">
          <span className="mr-1 inline-block h-3 w-3 border border-[var(--chart-2)] align-middle" aria-hidden="true" />
          {t('trends.fromText')}
        </p>
      )}
      {checkNote && (
        <p className="mt-2 text-xs text-[var(--bad)]" data-testid="chart-check-note">
          {checkNote}
        </p>
      )}
      <p className="mt-2 text-xs text-[var(--muted)]">{p.sourceLine}</p>
    </figure>
  );
}

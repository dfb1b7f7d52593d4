import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ChartBox } from '../../charts/ChartBox';
import { columnLayout } from '../../charts/columnLayout';
import { slotMarks, useKeptDrawing } from '../../charts/kept';
import { useChartDraw } from '../../charts/lazy';
import type { ChartBar } from '../../charts/model';
import { SCREEN_COLORS } from '../../charts/palette';
import type { Interaction } from '../../charts/recharts/context';
import { useNearScreen } from '../../charts/useNearScreen';
import { useWidth } from '../../charts/useWidth';
import { buildSeries } from '../../library/series';
import type { Body, Catalogue, Indicator } from '../../library/types';
import { useBodyFile } from '../../mine/hooks';
import type { MyReport } from '../../mine/record';
import { useLang, useT } from '../../state/hooks';
import { amountDecimals, inUnit, indicatorShort, indicatorTick, indicatorValue } from '../shared/indicatorFormat';
import { openReportAt } from '../shared/openReport';
import { SEP, seriesSlots } from '../shared/slots';

interface Props {
  catalogue: Catalogue;
  shipped: Catalogue;
  mine: readonly MyReport[];
  bodies: readonly Body[];
  indicator: Indicator;
}

/**
 * Small multiples: one small column chart per body over its years, all on one
 * scale (the largest value of any of them), so their heights compare. A
 * column opens its report at that number; a gap says why, as in trends.
 */
export function SmallMultiples(p: Props) {
  const t = useT();
  const lang = useLang();
  const [largest, setLargest] = useState<ReadonlyMap<string, number>>(new Map());
  const report = useCallback(
    (body: string, max: number) => setLargest((m) => (m.get(body) === max ? m : new Map(m).set(body, max))),
    [],
  );
  const scaleMax = Math.max(0, ...largest.values());
  // Far below the first screen: mounted (files asked for, boxes measured) once the reader comes near.
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearScreen(ref);
  if (p.bodies.length < 2) return null;
  return (
    <section aria-labelledby="multiples-title" className="space-y-2" data-testid="compare-multiples">
      <h2 id="multiples-title" className="text-lg font-semibold">
        {t('compare.multiples', { indicator: p.indicator.label[lang] })}
      </h2>
      <p className="text-sm">{t('compare.multiplesIntro')}</p>
      <div ref={ref} className="grid min-h-64 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {near && p.bodies.map((b) => <Multiple key={b.id} {...p} body={b} scaleMax={scaleMax} report={report} />)}
      </div>
    </section>
  );
}

function Multiple(p: Props & { body: Body; scaleMax: number; report: (body: string, max: number) => void }) {
  const { indicator: ind, body, report } = p;
  const t = useT();
  const lang = useLang();
  const file = useBodyFile(p.catalogue, p.shipped, p.mine, body.id);
  const series = useMemo(() => (file.data ? buildSeries(file.data, ind) : null), [file.data, ind]);
  const slots = useMemo(() => (series ? seriesSlots(series, ind, lang) : []), [series, ind, lang]);
  const values = slots.flatMap((s) => (s.bar ? [s.bar.value] : []));
  const max = Math.max(0, ...values);
  useEffect(() => report(body.id, max), [report, body.id, max]);
  const decimals = amountDecimals(values);
  const ref = useRef<HTMLDivElement>(null);
  const id = `multiple.${body.id}.${ind.id}`;
  const { width, measured } = useWidth(ref, undefined, 'multiples', id);
  const near = useNearScreen(ref);
  const options = useMemo(
    () => ({
      slots,
      shortLabel: (b: ChartBar) => indicatorShort(inUnit(ind, b.unit), b.value, lang, decimals),
      tickLabel: (v: number, axisMax: number) => indicatorTick(ind, v, axisMax, lang),
      formatChanges: [],
      gapLabel: (g: 'no-report' | 'not-stated') => t(g === 'no-report' ? 'trends.noReport' : 'trends.notStated'),
      fontSize: 11,
      scaleMax: p.scaleMax,
    }),
    [slots, ind, lang, decimals, t, p.scaleMax],
  );
  const layout = useMemo(() => columnLayout({ ...options, width }), [options, width]);
  const heightAt = useCallback((w: number) => columnLayout({ ...options, width: w }).height, [options]);
  const interaction = useMemo(
    (): Interaction => ({
      lit: null,
      selected: () => false,
      markLabel: (b) =>
        t('chart.mark', { label: b.keyLabel, value: indicatorValue(inUnit(ind, b.unit), b.value, lang, decimals) }),
      onHover: () => undefined,
      onActivate: (b) => {
        const [id = '', fact = ''] = b.factId.split(SEP);
        openReportAt(p.catalogue, id, fact || null);
      },
    }),
    [t, ind, lang, decimals, p.catalogue],
  );
  const kept = useKeptDrawing(id, () => ({ layout, marks: slotMarks(slots, options.shortLabel) }));
  const wants = measured && near && series !== null && !kept.keep;
  const { charts, turn } = useChartDraw(wants);
  // A body none of whose reports gives the figure has no chart here (the table above says — for it).
  if (series !== null && values.length === 0) return null;
  return (
    <figure data-chart-id={id} className="min-w-0 rounded-lg border border-[var(--border)] p-2">
      <figcaption className="mb-1 text-sm font-semibold">{body.name[lang]}</figcaption>
      <div ref={ref}>
        <ChartBox
          height={layout.height}
          heightAt={heightAt}
          width={width}
          drawn={turn}
          kept={kept.keep}
          signature={kept.signature}
          onMarkClick={(factId) => {
            const bar = slots.find((s) => s.bar?.factId === factId)?.bar;
            if (bar) interaction.onActivate(bar);
          }}
        >
          {charts && (
            <charts.ColumnChartView
              id={id}
              slots={slots}
              layout={layout}
              colors={SCREEN_COLORS}
              interaction={interaction}
            />
          )}
        </ChartBox>
      </div>
    </figure>
  );
}

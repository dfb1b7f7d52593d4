import { useMemo } from 'react';
import type { ChartBar } from '../../charts/model';
import { buildSeries } from '../../library/series';
import type { BodyFile, Catalogue, Indicator } from '../../library/types';
import { failingNote } from '../../i18n/checks';
import { useLang, useT } from '../../state/hooks';
import {
  amountDecimals,
  inUnit,
  indicatorChange,
  indicatorShort,
  indicatorTick,
  indicatorValue,
  indicatorUnit,
  unitNote,
} from '../shared/indicatorFormat';
import { openReportAt } from '../shared/openReport';
import { SEP, seriesSlots } from '../shared/slots';
import { TrendFigure } from './TrendFigure';

/** One indicator of a body as a series of columns; a column opens its report at that number. */
export function IndicatorTrend({
  catalogue,
  file,
  indicator: ind,
}: {
  catalogue: Catalogue;
  file: BodyFile;
  indicator: Indicator;
}) {
  const t = useT();
  const lang = useLang();
  const series = useMemo(() => buildSeries(file, ind), [file, ind]);
  const slots = useMemo(() => seriesSlots(series, ind, lang), [series, ind, lang]);
  const formatChanges = useMemo(
    () =>
      series.formatChanges.map((year) => {
        const format = series.years.find((y) => y.year === year)?.format;
        return { year, label: t(`library.format.${format ?? 'free'}`) };
      }),
    [series, t],
  );
  // One precision for the whole chart: an amount's values all with as many decimals as the most needs (≤ 2).
  const decimals = useMemo(
    () => amountDecimals(series.years.flatMap((y) => (y.point ? [y.point.value] : []))),
    [series],
  );
  const valueLabel = useMemo(
    () => (b: ChartBar) => indicatorValue(inUnit(ind, b.unit), b.value, lang, decimals),
    [ind, lang, decimals],
  );
  const checkNotes = useMemo(() => {
    const failing = new Map(series.years.map((y) => [String(y.year), y.point?.failing ?? []]));
    return (b: ChartBar) => (failing.get(b.key) ?? []).map((f) => failingNote(f, lang, t));
  }, [series, lang, t]);
  const tick = useMemo(() => (v: number, max: number) => indicatorTick(ind, v, max, lang), [ind, lang]);
  const shortLabel = useMemo(
    () => (b: ChartBar) => indicatorShort(inUnit(ind, b.unit), b.value, lang, decimals),
    [ind, lang, decimals],
  );
  const withValues = series.years.filter((y) => y.point);
  const last = withValues.at(-1);
  const summary = !last?.point
    ? ''
    : last.change !== undefined
      ? t('trends.change', {
          year: last.year,
          value: indicatorValue(inUnit(ind, last.point.unit), last.point.value, lang, decimals),
          change: last.change === 0 ? t('trends.noChange') : indicatorChange(ind, last.change, lang),
          previous: last.year - 1,
        })
      : t('trends.latest', {
          year: last.year,
          value: indicatorValue(inUnit(ind, last.point.unit), last.point.value, lang, decimals),
        });
  const body = file.body.name[lang];
  const years = withValues.map((y) => y.year);
  const sourceLine = t('trends.sources', {
    body,
    years: years.length > 1 ? `${years[0]}–${years.at(-1)}` : String(years[0] ?? ''),
  });
  const id = `trend.${file.body.id}.${ind.id}`;
  return (
    <TrendFigure
      id={id}
      title={ind.label[lang]}
      note={[ind.formula?.[lang] ?? ind.definition?.[lang], unitNote(ind, lang)].filter(Boolean).join(' ') || null}
      slots={slots}
      formatChanges={formatChanges}
      valueLabel={valueLabel}
      checkNotes={checkNotes}
      shortLabel={shortLabel}
      tick={tick}
      summary={summary}
      sourceLine={sourceLine}
      compare={last ? { view: 'compare', indicator: ind.id, year: last.year } : undefined}
      onOpen={(b) => {
        const [report = '', fact = ''] = b.factId.split(SEP);
        openReportAt(catalogue, report, fact || null);
      }}
      exportInput={{
        name: () => ['library', file.body.id, ind.id],
        filters: () => '',
        report: { id: `library-${file.body.id}`, title: body },
        csv: async (ctx) =>
          (await import('../../export/chart')).seriesCsv(
            series.years.map((y) => ({
              year: y.year,
              value: y.point?.value,
              state: y.state,
              report: y.report ?? '',
              facts: y.point?.facts ?? [],
              fromText: y.point?.fromText === true,
              check: y.point?.check ?? 'not-checked',
              ...(y.point?.unit ? { unit: y.point.unit } : {}),
            })),
            ind,
            lang,
            ctx,
            (unit) => indicatorUnit(inUnit(ind, unit), lang),
          ),
      }}
    />
  );
}

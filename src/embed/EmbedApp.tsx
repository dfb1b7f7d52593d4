import { useEffect, useMemo, useState } from 'react';
import { ChartFigure } from '../charts/ChartFigure';
import { buildChartModel, mixedShares, type ChartBar } from '../charts/model';
import { barCheckNotes, barValueLabel, labelTogether } from '../charts/valueLabel';
import { DEFAULT_DATA_URL, fetchDataset } from '../data/loader';
import type { Dataset, Lang } from '../data/schema';
import { dimensionLabel } from '../data/selectors';
import { serializeView, type ViewState } from '../data/url';
import { DIMENSIONS } from '../data/vocab';
import { formatTick } from '../i18n/format';
import type { Translate } from '../i18n/messages';
import { formatSections } from '../i18n/sections';
import { TakeOver } from '../components/TakeOver';

type State = { dataset: Dataset } | { error: string } | null;

/** The embedded chart: loaded like the dashboard's (same validation), drawn by the same figure. */
export function EmbedApp({ chartId, view, lang, t }: { chartId: string; view: ViewState; lang: Lang; t: Translate }) {
  const [state, setState] = useState<State>(null);
  useEffect(() => {
    fetchDataset(view.data ?? DEFAULT_DATA_URL).then(
      (dataset) => setState({ dataset }),
      (e: unknown) => setState({ error: e instanceof Error ? e.message : String(e) }),
    );
  }, [view.data]);
  if (state === null)
    return (
      <p role="status" className="p-3">
        {t('data.loading')}
      </p>
    );
  if ('error' in state)
    return (
      <p role="alert" className="p-3">
        <TakeOver />
        {t('embed.failed', { message: state.error })}
      </p>
    );
  return <EmbeddedChart d={state.dataset} chartId={chartId} view={view} lang={lang} t={t} />;
}

function EmbeddedChart({
  d,
  chartId,
  view,
  lang,
  t,
}: {
  d: Dataset;
  chartId: string;
  view: ViewState;
  lang: Lang;
  t: Translate;
}) {
  const grouping = d.groupings.find((g) => g.id === chartId);
  const model = useMemo(
    () => (grouping ? labelTogether(buildChartModel(grouping, d, view, lang), t) : null),
    [grouping, d, view, lang, t],
  );
  const valueLabel = useMemo(
    () => (bar: ChartBar) => (model ? barValueLabel(d, model, bar, lang, t) : ''),
    [d, model, lang, t],
  );
  const checkNotes = useMemo(() => (bar: ChartBar) => barCheckNotes(d, bar, lang, t), [d, lang, t]);
  const unit = model?.unit;
  const tick = useMemo(() => (v: number, max: number) => formatTick(v, unit, d.units, lang, max), [unit, d, lang]);
  useEffect(() => {
    if (model) document.title = `${model.title} · ${t('app.name')}`;
  }, [model, t]);
  if (!grouping || !model)
    return (
      <p role="alert" className="p-3">
        <TakeOver />
        {t('embed.notFound', { id: chartId })}
      </p>
    );
  const shares = mixedShares(model);
  const filters = DIMENSIONS.filter((dim) => view[dim].length > 0)
    .map((dim) =>
      t('filters.pair', {
        dim: t(`dim.${dim}`),
        values: view[dim].map((id) => dimensionLabel(d, dim, id)?.[lang] ?? id).join(t('list.sep')),
      }),
    )
    .join(lang === 'en' ? '; ' : '；');
  // The full view: the chart's own panel with the same language, filters and report.
  const full = `${window.location.origin}${import.meta.env.BASE_URL}${serializeView({
    ...view,
    area: grouping.area === 'overview' ? null : grouping.area,
  })}`;
  const open = (bar: ChartBar) =>
    window.open(`${full}${full.includes('?') ? '&' : '?'}fact=${encodeURIComponent(bar.factId)}`, '_blank', 'noopener');
  return (
    <main className="p-2">
      <TakeOver />
      {filters && (
        <p className="mb-1 text-sm text-[var(--muted)]" data-testid="embed-filters">
          {t('export.filters', { filters })}
        </p>
      )}
      <ChartFigure
        model={model}
        t={t}
        valueLabel={valueLabel}
        checkNotes={checkNotes}
        checkNote={model.bars.some((b) => b.check === 'does-not-hold') ? t('chart.checkNote') : null}
        asWritten={shares && t('chart.sharesAsWritten', { examples: shares.join(t('list.sep')) })}
        tick={tick}
        lit={null}
        selected={() => false}
        onHover={() => undefined}
        onActivate={open}
        onOpenFact={(id) => {
          const bar = model.bars.find((b) => b.factId === id);
          if (bar) open(bar);
        }}
        emptyMessage={t('filters.noMatch', { filters })}
        sourceFirst
        sourceLine={t('app.source', { title: d.meta.title[lang], section: formatSections(model.sections, lang) })}
      />
      <p className="mt-2 text-sm">
        <a href={full} target="_blank" rel="noopener" className="underline underline-offset-2" data-testid="embed-full">
          {t('embed.full')}
        </a>
      </p>
    </main>
  );
}

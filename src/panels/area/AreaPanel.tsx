import { figureFacts, hasFilters, indexDataset, withoutNested } from '../../data/selectors';
import { formatSections } from '../../i18n/sections';
import { useDataset, useContentFilters, useLang, useT } from '../../state/hooks';
import { ChartBlock, ONE_OR_TWO } from '../shared/ChartBlock';
import { FigureGrid } from '../shared/FigureCard';
import { useFilterSummary } from '../shared/useFilterSummary';
import { ViewLink } from '../shared/ViewLink';
import { ExportRegistry } from '../shared/exportRegistry';
import { PanelExport } from '../shared/PanelExport';
import { AreaChecks } from './AreaChecks';
import { TextListBlock } from './TextListBlock';

/**
 * One disclosure area: its charts, the report's named lists (the hotline's
 * workflow is one) and every figure no chart draws. Driven by the dataset, so
 * any report of the schema gets a panel per area.
 */
export function AreaPanel({ areaId }: { areaId: string }) {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  const filters = useContentFilters();
  const filterSummary = useFilterSummary();
  const idx = indexDataset(d);
  const area = idx.areaById.get(areaId);
  if (!area) return <p role="alert">{t('area.notFound', { id: areaId })}</p>;
  const groupings = idx.groupingsByArea.get(areaId) ?? [];
  const lists = idx.listsByArea.get(areaId) ?? [];
  const all = figureFacts(d, areaId, filters);
  const figures = withoutNested(d, all, new Set(all.map((f) => f.id)));
  return (
    <ExportRegistry>
      <article className="space-y-6" data-area={areaId}>
        <header>
          <ViewLink to={{ area: null, fact: null }} className="no-print text-sm underline underline-offset-2">
            ← {t('nav.back')}
          </ViewLink>
          <h1 className="mt-2 text-2xl font-bold">{area.title[lang]}</h1>
          <p className="mt-1">{area.summary[lang]}</p>
          <p className="mt-1 text-sm text-[var(--muted)]">
            {t('area.sections', { sections: formatSections(area.sections, lang) })}
          </p>
          <AreaChecks areaId={areaId} />
          {groupings.length > 0 && (
            <div className="mt-2">
              <PanelExport areaId={areaId} title={area.title[lang]} />
            </div>
          )}
        </header>
        {groupings.length > 0 && (
          <div className={ONE_OR_TWO}>
            {groupings.map((g) => (
              <ChartBlock key={g.id} grouping={g} />
            ))}
          </div>
        )}
        {lists.map((l) => (
          <TextListBlock key={l.id} list={l} />
        ))}
        {/* An area whose every figure is charted has no figures section, unless filters emptied it. */}
        {(figures.length > 0 || hasFilters(filters)) && (
          <section aria-labelledby="figures-title" className="lazy-block">
            <h2 id="figures-title" className="mb-3 text-lg font-semibold">
              {t('area.figures')}
            </h2>
            {figures.length > 0 ? (
              <FigureGrid facts={figures} />
            ) : (
              <p role="status">{t('filters.noMatch', { filters: filterSummary })}</p>
            )}
          </section>
        )}
      </article>
    </ExportRegistry>
  );
}

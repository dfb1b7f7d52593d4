import { formatDate } from '../../i18n/format';
import { figureFacts, headlineFacts, indexDataset, withoutNested } from '../../data/selectors';
import { useDataset, useContentFilters, useLang, useT } from '../../state/hooks';
import { ChartBlock, ONE_OR_TWO } from '../shared/ChartBlock';
import { FigureGrid } from '../shared/FigureCard';
import { useFilterSummary } from '../shared/useFilterSummary';
import { AreaCards } from './AreaCards';
import { ExportRegistry } from '../shared/exportRegistry';
import { PanelExport } from '../shared/PanelExport';
import { Coverage } from './Coverage';
import { ReportFacts } from './ReportFacts';

/** The first view: what the report is, its headline figures, the two overview charts and a card per area. */
export function OverviewPanel() {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  const filters = useContentFilters();
  const filterSummary = useFilterSummary();
  const allHeadline = headlineFacts(d, filters);
  const headlineIds = new Set(d.meta.headline);
  const allOthers = figureFacts(d, 'overview', filters).filter((f) => !headlineIds.has(f.id));
  // An "of which" figure sits inside its total's card when the total is on the page.
  const shown = new Set([...allHeadline, ...allOthers].map((f) => f.id));
  const headline = withoutNested(d, allHeadline, shown);
  // Figures about the report itself (untagged: its period, its parts) stand apart from what it counts.
  const rest = withoutNested(d, allOthers, shown);
  const about = rest.filter((f) => !f.tags || Object.keys(f.tags).length === 0);
  const others = rest.filter((f) => !about.includes(f));
  const groupings = indexDataset(d).groupingsByArea.get('overview') ?? [];
  const m = d.meta;
  return (
    <ExportRegistry>
      <div className="space-y-6 sm:space-y-8">
        <header>
          <h1 className="text-xl font-bold sm:text-2xl">{m.title[lang]}</h1>
          <p className="mt-1 text-sm text-[var(--muted)]">
            {m.region[lang]} · {formatDate(m.period.start, lang)} – {formatDate(m.period.end, lang)} ·{' '}
            {m.publisher[lang]}
            {m.published && ` · ${formatDate(m.published, lang)}`}
          </p>
          <div className="mt-2">
            <PanelExport areaId="overview" title={t('nav.overview')} />
          </div>
        </header>
        <section aria-labelledby="headline-title">
          <h2 id="headline-title" className="mb-3 text-lg font-semibold">
            {t('overview.headline')}
          </h2>
          {headline.length > 0 ? (
            <FigureGrid facts={headline} size="lg" />
          ) : (
            <p role="status">{t('filters.noMatch', { filters: filterSummary })}</p>
          )}
        </section>
        <div className={ONE_OR_TWO}>
          {groupings.map((g) => (
            <ChartBlock key={g.id} grouping={g} />
          ))}
        </div>
        <section aria-labelledby="areas-title" className="lazy-block no-print">
          <h2 id="areas-title" className="mb-3 text-lg font-semibold">
            {t('overview.areas')}
          </h2>
          <AreaCards />
        </section>
        {others.length > 0 && (
          <section aria-labelledby="others-title" className="lazy-block">
            <h2 id="others-title" className="mb-3 text-lg font-semibold">
              {t('overview.allFigures')}
            </h2>
            <FigureGrid facts={others} />
          </section>
        )}
        <ReportFacts facts={about} />
        <Coverage />
      </div>
    </ExportRegistry>
  );
}

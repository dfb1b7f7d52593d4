import { useEffect } from 'react';
import { indexDataset } from '../data/selectors';
import { useContentFilters, useDataset, useLang, useT } from '../state/hooks';
import { useStore } from '../state/store';
import { describeFilters } from '../panels/shared/useFilterSummary';
import { setPageTitle } from '../state/pageTitle';

/**
 * The tab's title names the view (open figure, area, filters, report), so tabs,
 * history and bookmarks tell views apart. Renders nothing.
 */
export function PageTitle() {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  // The content's filters: the title follows the figures, not the click.
  const filters = useContentFilters();
  const area = useStore((s) => s.view.area);
  const factId = useStore((s) => s.view.fact);
  useEffect(() => {
    const idx = indexDataset(d);
    const fact = factId ? idx.factById.get(factId) : undefined;
    const view =
      area === 'checks' ? t('nav.checks') : area ? (idx.areaById.get(area)?.title[lang] ?? area) : t('nav.overview');
    setPageTitle(
      [fact?.label[lang], view, describeFilters(d, filters, lang, t), d.meta.title[lang], t('app.name')]
        .filter(Boolean)
        .join(' · '),
    );
  }, [d, lang, t, filters, area, factId]);
  return null;
}

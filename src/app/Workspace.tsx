import { lazy, Suspense, useState } from 'react';
import { Notices } from './Notices';
import { PageTitle } from './PageTitle';
import { PrintHeader } from './PrintHeader';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { AreaPanel } from '../panels/area/AreaPanel';
import { FilterChips } from '../panels/filters/FilterChips';
import { FilterPanel } from '../panels/filters/FilterPanel';
import { OverviewPanel } from '../panels/overview/OverviewPanel';
import { useEscapeClears } from './useEscapeClears';
import { useScrollToSelection } from './useScrollToSelection';
import { useT } from '../state/hooks';
import { useStore } from '../state/store';

// The reading view and the checks are their own chunks: the dashboard's first screen never waits for them.
const ReadingPanel = lazy(() => import('../panels/reading/ReadingPanel'));
const ChecksPanel = lazy(() => import('../panels/checks/ChecksPanel'));
// A figure's source opens on demand, so its drawer is fetched on demand too.
const ProvenanceDrawer = lazy(() => import('../panels/provenance/ProvenanceDrawer'));
// The phone's filter drawer too: wide screens never open it.
const Dialog = lazy(() => import('../components/Dialog').then((m) => ({ default: m.Dialog })));

/** Filters beside the current view, which the URL's `area` picks; the provenance drawer over both. */
export function Workspace() {
  const t = useT();
  const area = useStore((s) => s.view.area);
  const view = useStore((s) => s.view.view);
  useScrollToSelection();
  useEscapeClears();
  const fact = useStore((s) => s.view.fact);
  const [filtersOpen, setFiltersOpen] = useState(false);
  return (
    <div className="mx-auto max-w-7xl px-4 py-4 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-6">
      {/* Wide screens: filters beside the view. Phones: a button opens them in a drawer. */}
      <aside className="no-print hidden lg:block" aria-label={t('filters.title')}>
        <FilterPanel />
      </aside>
      <main id="main" tabIndex={-1} className="min-w-0">
        <PageTitle />
        <PrintHeader />
        <Notices />
        {/* The phone's filter button shares its row with the chips; no empty band when there are none. */}
        <div className="no-print mb-3 flex flex-wrap items-center gap-2 lg:[&:not(:has([data-chip]))]:hidden">
          <button
            type="button"
            className="rounded border border-[var(--border)] px-3 py-1 lg:hidden"
            aria-haspopup="dialog"
            onClick={() => setFiltersOpen(true)}
          >
            {t('filters.show')}
          </button>
          <FilterChips />
        </div>
        {filtersOpen && (
          <Suspense fallback={null}>
            <Dialog
              title={t('filters.title')}
              closeLabel={t('filters.close')}
              side="left"
              onClose={() => setFiltersOpen(false)}
              className="max-w-xs"
            >
              <FilterPanel />
            </Dialog>
          </Suspense>
        )}
        <ErrorBoundary resetKey={area} fallback={(e) => <p role="alert">{t('error.panel', { message: e.message })}</p>}>
          {view === 'text' ? (
            <Suspense fallback={<p role="status">{t('provenance.sourceLoading')}</p>}>
              <ReadingPanel />
            </Suspense>
          ) : area === null ? (
            <OverviewPanel />
          ) : area === 'checks' ? (
            <Suspense fallback={<p role="status">{t('checks.loading')}</p>}>
              <ChecksPanel />
            </Suspense>
          ) : (
            <AreaPanel areaId={area} />
          )}
        </ErrorBoundary>
      </main>
      {fact && (
        <Suspense fallback={null}>
          <ProvenanceDrawer key={fact} factId={fact} />
        </Suspense>
      )}
    </div>
  );
}

import { useState } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { AreaPanel } from '../panels/area/AreaPanel';
import { ChecksPanel } from '../panels/checks/ChecksPanel';
import { FilterChips } from '../panels/filters/FilterChips';
import { FilterPanel } from '../panels/filters/FilterPanel';
import { OverviewPanel } from '../panels/overview/OverviewPanel';
import { ProvenanceDrawer } from '../panels/provenance/ProvenanceDrawer';
import { useT } from '../state/hooks';
import { useStore } from '../state/store';

/** Filters beside the current view, which the URL's `area` picks; the provenance drawer over both. */
export function Workspace() {
  const t = useT();
  const area = useStore((s) => s.view.area);
  const fact = useStore((s) => s.view.fact);
  const [filtersOpen, setFiltersOpen] = useState(false);
  return (
    <div className="mx-auto max-w-7xl px-4 py-4 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-6">
      <aside className="no-print mb-4 lg:mb-0" aria-label={t('filters.title')}>
        <button
          type="button"
          className="rounded border border-[var(--border)] px-3 py-1 lg:hidden"
          aria-expanded={filtersOpen}
          aria-controls="filter-panel"
          onClick={() => setFiltersOpen((o) => !o)}
        >
          {filtersOpen ? t('filters.close') : t('filters.show')}
        </button>
        <div id="filter-panel" className={`${filtersOpen ? 'mt-3' : 'hidden'} lg:block`}>
          <FilterPanel />
        </div>
      </aside>
      <main id="main" tabIndex={-1} className="min-w-0">
        <FilterChips />
        <ErrorBoundary resetKey={area} fallback={(e) => <p role="alert">{t('error.panel', { message: e.message })}</p>}>
          {area === null ? <OverviewPanel /> : area === 'checks' ? <ChecksPanel /> : <AreaPanel areaId={area} />}
        </ErrorBoundary>
      </main>
      {fact && <ProvenanceDrawer key={fact} factId={fact} />}
    </div>
  );
}

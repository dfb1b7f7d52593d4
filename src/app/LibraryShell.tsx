import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { LibraryView } from '../data/url';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { catalogueQuery } from '../library/load';
import { ComparePanel } from '../panels/compare/ComparePanel';
import { LibraryPanel } from '../panels/library/LibraryPanel';
import { TrendsPanel } from '../panels/trends/TrendsPanel';
import { useT } from '../state/hooks';
import { useStore } from '../state/store';
import { correctView } from './urlSync';

/** The library's three views: many reports at once, no report open. */
export default function LibraryShell({ view }: { view: LibraryView }) {
  const t = useT();
  useDropUnknown();
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-7xl min-w-0 px-4 py-4">
      <ErrorBoundary resetKey={view} fallback={(e) => <p role="alert">{t('error.panel', { message: e.message })}</p>}>
        {view === 'library' ? <LibraryPanel /> : view === 'trends' ? <TrendsPanel /> : <ComparePanel />}
      </ErrorBoundary>
    </main>
  );
}

/** A body, year or indicator the library does not know is dropped and the address bar rewritten. */
function useDropUnknown() {
  const catalogue = useQuery(catalogueQuery()).data;
  const view = useStore((s) => s.view);
  useEffect(() => {
    if (!catalogue) return;
    const body = view.body !== null && !catalogue.bodies.some((b) => b.id === view.body);
    const year = view.year !== null && !catalogue.reports.some((r) => r.year === view.year);
    const indicator = view.indicator !== null && !catalogue.indicators.some((i) => i.id === view.indicator);
    if (body || year || indicator)
      correctView({
        ...view,
        ...(body ? { body: null } : {}),
        ...(year ? { year: null } : {}),
        ...(indicator ? { indicator: null } : {}),
      });
  }, [catalogue, view]);
}

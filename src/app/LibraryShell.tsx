import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { loadCharts } from '../charts/lazy';
import { bodyQuery, catalogueQuery, yearQuery } from '../library/load';
import type { LibraryView } from '../data/url';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { useCatalogue } from '../mine/hooks';
import { ComparePanel } from '../panels/compare/ComparePanel';
import { LibraryPanel } from '../panels/library/LibraryPanel';
import { TrendsPanel } from '../panels/trends/TrendsPanel';
import { useT } from '../state/hooks';
import { useStore } from '../state/store';
import { correctView } from './urlSync';
import { addEnglish } from '../i18n/messages';
import { enMine } from '../i18n/en-mine';

addEnglish(enMine);

// My reports (the importer's pool, storage, the tables) is its own chunk: the library's views never wait for it.
const MinePanel = lazy(() => import('../panels/mine/MinePanel').then((m) => ({ default: m.MinePanel })));
// The review board is its own chunk (with the checks report's words).
const ReviewPanel = lazy(() => import('../panels/review/ReviewPanel').then((m) => ({ default: m.ReviewPanel })));
// The open tables' page, and the SQL console (DuckDB-WASM, loaded only there).
const DataPanel = lazy(() => import('../panels/data/DataPanel').then((m) => ({ default: m.DataPanel })));
const QueryPanel = lazy(() => import('../panels/query/QueryPanel').then((m) => ({ default: m.QueryPanel })));

/** The library's views (library, trends, compare, my reports, the review board): many reports at once, no report open. */
export default function LibraryShell({ view }: { view: LibraryView }) {
  const t = useT();
  useDropUnknown(view);
  useStartEarly(view);
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-7xl min-w-0 px-4 py-4">
      <ErrorBoundary resetKey={view} fallback={(e) => <p role="alert">{t('error.panel', { message: e.message })}</p>}>
        {view === 'library' ? (
          <LibraryPanel />
        ) : view === 'trends' ? (
          <TrendsPanel />
        ) : view === 'mine' ? (
          <Suspense fallback={<p role="status">{t('library.loading')}</p>}>
            <MinePanel />
          </Suspense>
        ) : view === 'review' ? (
          <Suspense fallback={<p role="status">{t('library.loading')}</p>}>
            <ReviewPanel />
          </Suspense>
        ) : view === 'data' || view === 'query' ? (
          <Suspense fallback={<p role="status">{t('library.loading')}</p>}>
            {view === 'data' ? <DataPanel /> : <QueryPanel />}
          </Suspense>
        ) : (
          <ComparePanel />
        )}
      </ErrorBoundary>
    </main>
  );
}

/**
 * What a view will need after the catalogue is asked for beside it: the body's
 * or year's file named in the URL and the charts' code. In turn they would wait
 * for the catalogue, then for each other (a 10,000-report catalogue takes a
 * second at 4x CPU). A body of the reader's own is not in the library: its
 * request fails and is never shown (useBodyFile asks only for shipped bodies).
 */
function useStartEarly(view: LibraryView) {
  const client = useQueryClient();
  const body = useStore((s) => s.view.body);
  const year = useStore((s) => s.view.year);
  useEffect(() => {
    if (view === 'trends' && body !== null) {
      void client.prefetchQuery(bodyQuery(body));
      void client.prefetchQuery(catalogueQuery(body));
    }
    if (view === 'compare' && year !== null) void client.prefetchQuery(yearQuery(year));
    if (view === 'trends' || view === 'compare') void loadCharts();
  }, [client, view, body, year]);
}

/**
 * A body, year or indicator the library does not know is dropped and the address bar rewritten.
 * The open data page and the console list no reports: they read no table for this, and drop all three.
 */
function useDropUnknown(shown: LibraryView) {
  const open = shown === 'data' || shown === 'query';
  const view = useStore((s) => s.view);
  // A body's trends know their body from its own part of the tables (what the view reads), at any scale.
  const scope = shown === 'trends' ? view.body : null;
  const { data: catalogue, settled } = useCatalogue(!open, scope);
  useEffect(() => {
    // The reader's own bodies and years are known only once their reports are read from storage.
    const known = open ? null : catalogue && settled ? catalogue : undefined;
    if (known === undefined) return;
    const body = view.body !== null && (!known || !known.bodies.some((b) => b.id === view.body));
    const year = view.year !== null && scope === null && (!known || !known.reports.some((r) => r.year === view.year));
    const indicator = view.indicator !== null && (!known || !known.indicators.some((i) => i.id === view.indicator));
    // The board's and the library's sort and filters mean nothing on another view; the search, nothing off the library.
    const lists = view.view === 'review' || view.view === 'library';
    const board = !lists && (view.sort !== null || view.only.length > 0);
    const q = view.view !== 'library' && view.q !== null;
    const region = view.view !== 'compare' && view.region !== null;
    const sql = view.view !== 'query' && view.sql !== null;
    if (body || year || indicator || board || q || region || sql)
      correctView({
        ...view,
        ...(sql ? { sql: null } : {}),
        ...(board ? { sort: null, only: [] } : {}),
        ...(q ? { q: null } : {}),
        ...(region ? { region: null } : {}),
        ...(body ? { body: null } : {}),
        ...(year ? { year: null } : {}),
        ...(indicator ? { indicator: null } : {}),
      });
  }, [open, scope, catalogue, settled, view]);
}

import { lazy, Suspense, useEffect } from 'react';
import { loadCharts } from '../charts/lazy';
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { mineQuery } from '../mine/queries';
import { reviewsQuery } from '../review/draftsQuery';
import { bodyQuery, catalogueQuery, listsWhole, openPoints, openTop, outlineQuery } from '../library/load';
import type { LibraryView, ViewState } from '../data/url';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { openedOnScreen } from '../components/TakeOver';
import { useCatalogue } from '../mine/hooks';
import { ComparePanel } from '../panels/compare/ComparePanel';
import { DEFAULT_INDICATOR, INDICATORS } from '../library/indicators';
import { LibraryPanel } from '../panels/library/LibraryPanel';
import { appStarted, TrendsPanel } from '../panels/trends/TrendsPanel';
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
  useStartEarly();
  useEffect(appStarted, []);
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
 * or year's file named in the URL and, where no screen was shown, the charts'
 * code. In turn they would wait for the catalogue, then for each other (a
 * 10,000-report catalogue takes a second at 4x CPU). A body of the reader's own is not in the library: its
 * request fails and is never shown (useBodyFile asks only for shipped bodies). Asked for before the app's first
 * render (main.tsx), not after it commits, and again as the address changes (each is asked for once).
 */
export function startEarly(client: QueryClient, view: ViewState) {
  if (view.view === 'trends' && view.body !== null) {
    // Its years, its reports, and the reader's own from storage, together.
    void client.prefetchQuery(bodyQuery(view.body));
    void client.prefetchQuery(catalogueQuery(view.body));
    void client.prefetchQuery(mineQuery());
    void client.prefetchQuery(reviewsQuery());
  }
  // The indicator's file is opened (its footer read) while the outline says which year to read: its top, or
  // its points where a kind of body or province is kept.
  if (view.view === 'compare') {
    void client.prefetchQuery(outlineQuery());
    const kept = view.level.length > 0 || view.region !== null;
    (kept ? openPoints : openTop)(view.indicator ?? DEFAULT_INDICATOR).catch(() => undefined);
  }
  // Without a screen its charts draw as soon as their data is here: their code comes beside the data. A screen's
  // charts are kept as drawn, and the code comes when one is to draw (charts/lazy.ts), not in the load.
  if ((view.view === 'trends' || view.view === 'compare') && !openedOnScreen) void loadCharts();
}

function useStartEarly() {
  const client = useQueryClient();
  const view = useStore((s) => s.view);
  useEffect(() => startEarly(client, view), [client, view]);
}

/**
 * A body, year or indicator the library does not know is dropped and the address bar rewritten.
 * The open data page and the console list no reports: they read no table for this, and drop all three.
 */
function useDropUnknown(shown: LibraryView) {
  const open = shown === 'data' || shown === 'query';
  const view = useStore((s) => s.view);
  // Compare and, at national scale, trends and the lists (the library, the board, my reports) know a body from
  // its own part of the tables and their years from the outline: none reads the whole list.
  const outline = useQuery({ ...outlineQuery(), enabled: !open }).data;
  const large = outline && !listsWhole(outline);
  const list = shown === 'library' || shown === 'review' || shown === 'mine' || shown === 'trends';
  const waits = list && outline === undefined;
  const byOutline = shown === 'compare' || (list && large === true);
  const scope = shown === 'trends' || byOutline ? view.body : null;
  const { data: catalogue, mine, settled } = useCatalogue(!open && !waits && (!byOutline || scope !== null), scope);
  useEffect(() => {
    // The reader's own bodies and years are known only once their reports are read from storage.
    const ready =
      open || (settled && !waits && (byOutline ? outline !== undefined && (scope === null || catalogue) : catalogue));
    if (!ready) return;
    const known = open ? undefined : catalogue;
    const body = view.body !== null && !known?.bodies.some((b) => b.id === view.body);
    const hasYear = (y: number) =>
      byOutline
        ? String(y) in (outline?.years ?? {}) || mine.some((m) => m.entry.year === y)
        : scope === null && !!known?.reports.some((r) => r.year === y);
    const year = view.year !== null && (open || byOutline || scope === null) && !hasYear(view.year);
    const indicator = view.indicator !== null && (open || !INDICATORS.some((i) => i.id === view.indicator));
    // The board's and the library's sort, filters and search mean nothing on another view.
    const lists = view.view === 'review' || view.view === 'library';
    const board = !lists && (view.sort !== null || view.only.length > 0);
    const q = !lists && view.q !== null;
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
  }, [open, waits, byOutline, scope, outline, catalogue, mine, settled, view]);
}

import {
  lazy,
  Suspense,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
  type ComponentProps,
  type ReactNode,
} from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { DatasetLoadError } from '../data/loader';
import { indexDataset } from '../data/selectors';
import { sourceUrl } from '../data/source';
import { sameView, sanitizeView, type ViewState } from '../data/url';
import { DatasetContext, useT } from '../state/hooks';
import { useStore } from '../state/store';
import { Loading } from './Loading';
import { reviewKey, reviewsQuery, type Reviews } from '../review/draftsQuery';

// Said only when a report fails to load: its own chunk, out of every first screen's script.
const LoadErrorView = lazy(() => import('./LoadError').then((m) => ({ default: m.LoadError })));
function LoadError(props: ComponentProps<typeof LoadErrorView>) {
  return (
    <Suspense fallback={null}>
      <LoadErrorView {...props} />
    </Suspense>
  );
}
import { droppedFromView } from './dropped';
import { correctView } from './urlSync';
import { useDatasetSource } from './useDatasetSource';
import { TakeOver } from '../components/TakeOver';

const NO_REVIEWS: Reviews = { list: [] };

/**
 * Loads the dataset the URL names (or the embedded one, or a local file) and
 * renders its children only once it is valid; otherwise says what is wrong.
 */
export function DatasetGate({ children }: { children: ReactNode }) {
  const t = useT();
  const client = useQueryClient();
  const refused = useStore((s) => s.refusedData);
  const toast = useStore((s) => s.toast);
  const { url, localName, mine, gone, query, queryKey, file } = useDatasetSource();
  // Read beside the dataset (not after it): a reader who never reviewed a figure waits for nothing.
  const reviews = useQuery(reviewsQuery());
  // The reading view (it waits for the report's text) and the checks (their own chunk) take over themselves.
  const takesOverItself = useStore((s) => s.view.view === 'text' || (s.view.view === null && s.view.area === 'checks'));
  // A report the importer could not fully read can still be opened with the rest marked incomplete.
  // A file of another format (a .doc, an image) has nothing to read partly, nor to retry.
  const otherFormat = query.error instanceof DatasetLoadError && query.error.detail.format !== undefined;
  const canReadPartly =
    file?.bytes !== undefined &&
    !file.partial &&
    !otherFormat &&
    query.error instanceof DatasetLoadError &&
    query.error.kind === 'import';
  const readPartly = () => file && useStore.getState().openLocalFile({ ...file, partial: true });
  const [cancelled, setCancelled] = useState<string | null>(null);
  // The first render of a report is a transition: React renders it in slices and the page
  // stays responsive (no long task), then shows it at once.
  const data = useDeferredValue(query.data);
  const dataset = data?.dataset;

  // Ids the dataset does not know are dropped, the URL rewritten to what is shown, and the reader told.
  // Watched, not rendered: a filter click must not render the gate before it paints.
  useEffect(() => {
    if (!dataset) return;
    const known = indexDataset(dataset).known;
    const check = (view: ViewState) => {
      const clean = sanitizeView(view, known);
      if (sameView(clean, view)) return;
      const dropped = droppedFromView(view, clean, t);
      correctView(clean);
      if (dropped) toast(t('notice.dropped', { items: dropped }));
    };
    check(useStore.getState().view);
    return useStore.subscribe((s, prev) => {
      if (s.view !== prev.view) check(s.view);
    });
  }, [dataset, t, toast]);

  // Deferred like the data: whichever arrives last, the first render stays a transition (in slices).
  const reviewed = useDeferredValue(reviews.data ?? (reviews.isError ? NO_REVIEWS : undefined));
  const loaded = useMemo(() => {
    if (!data || !reviewed) return null;
    const key = reviewKey(mine !== null, mine ?? data.dataset.meta.id);
    const own = reviewed.list.filter((r) => r.report === key);
    const applied =
      own.length > 0 && reviewed.apply
        ? reviewed.apply(data.dataset, own)
        : { dataset: data.dataset, rejected: [], verdicts: new Map() };
    return {
      dataset: applied.dataset,
      sourceUrl: data.dataset.meta.source && url ? sourceUrl(url, data.dataset.meta.source.file) : null,
      sourceText: data.sourceText,
      warnings: data.warnings,
      review: { key, rejected: applied.rejected, verdicts: applied.verdicts },
    };
  }, [data, url, mine, reviewed]);
  const key = JSON.stringify(queryKey);

  if (refused !== null)
    return <LoadError error={new DatasetLoadError('foreign', 'refused', { url: refused })} url={refused} />;
  if (gone) return <LoadError error={new DatasetLoadError('local-gone', 'gone', { url: localName ?? '' })} url="" />;
  if (cancelled === key)
    return (
      <LoadError
        error={new DatasetLoadError('cancelled', 'cancelled', { url: url ?? '' })}
        url={url ?? ''}
        onRetry={() => {
          setCancelled(null);
          void query.refetch();
        }}
      />
    );
  if (query.isError)
    return (
      <LoadError
        error={query.error}
        url={url ?? localName ?? ''}
        onRetry={otherFormat ? undefined : () => void query.refetch()}
        onPartial={canReadPartly ? readPartly : undefined}
      />
    );
  if (!loaded)
    return (
      <Loading
        url={url}
        onCancel={() => {
          setCancelled(key);
          void client.cancelQueries({ queryKey });
        }}
      />
    );
  return (
    <DatasetContext.Provider value={loaded}>
      {/* First: the app is shown before its charts measure their width. */}
      {!takesOverItself && <TakeOver />}
      {children}
    </DatasetContext.Provider>
  );
}

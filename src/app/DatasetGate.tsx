import { useEffect, useMemo, type ReactNode } from 'react';
import { DEFAULT_DATA_URL, useDatasetQuery } from '../data/loader';
import { indexDataset } from '../data/selectors';
import { sourceUrl } from '../data/source';
import { sameView, sanitizeView } from '../data/url';
import { DatasetContext, useT } from '../state/hooks';
import { useStore } from '../state/store';
import { LoadError } from './LoadError';
import { correctView } from './urlSync';

/**
 * Loads the dataset named by the URL (or the embedded one) and renders its
 * children only once it is valid; otherwise says what is wrong.
 */
export function DatasetGate({ children }: { children: ReactNode }) {
  const t = useT();
  const url = useStore((s) => s.view.data) ?? DEFAULT_DATA_URL;
  const query = useDatasetQuery(url);
  const view = useStore((s) => s.view);
  const dataset = query.data;

  // Ids the dataset does not know are dropped and the URL rewritten to what is shown.
  useEffect(() => {
    if (!dataset) return;
    const clean = sanitizeView(view, indexDataset(dataset).known);
    if (!sameView(clean, view)) correctView(clean);
  }, [dataset, view]);

  const loaded = useMemo(
    () =>
      dataset ? { dataset, sourceUrl: dataset.meta.source ? sourceUrl(url, dataset.meta.source.file) : null } : null,
    [dataset, url],
  );

  if (query.isError) return <LoadError error={query.error} url={url} onRetry={() => void query.refetch()} />;
  if (!loaded)
    return (
      <p role="status" aria-live="polite" className="mx-auto max-w-7xl p-4">
        {t('data.loading')}
      </p>
    );
  return <DatasetContext.Provider value={loaded}>{children}</DatasetContext.Provider>;
}

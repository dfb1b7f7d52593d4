import { useEffect, useState, useSyncExternalStore } from 'react';
import { downloadProgress } from '../data/progress';
import { useT } from '../state/hooks';

const SLOW_SECONDS = 15;
const noProgress = () => undefined;

/** "Loading…" with bytes received; after 15 s it says so and offers to cancel. */
export function Loading({ url, onCancel }: { url: string | null; onCancel: () => void }) {
  const t = useT();
  const [seconds, setSeconds] = useState(0);
  const progress = useSyncExternalStore(downloadProgress.subscribe, url ? () => downloadProgress.get(url) : noProgress);
  useEffect(() => {
    const started = Date.now();
    const id = window.setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => window.clearInterval(id);
  }, [url]);
  const kb = progress ? Math.round(progress.loaded / 1024) : 0;
  const pct = progress?.total ? Math.min(100, Math.round((100 * progress.loaded) / progress.total)) : null;
  return (
    <div className="mx-auto max-w-7xl p-4" role="status" aria-live="polite">
      <p>{t('data.loading')}</p>
      {progress && (
        <p className="mt-1 text-sm text-[var(--muted)]" data-testid="load-progress">
          {t('data.progress', { kb })}
          {pct !== null && ` (${pct}%)`}
        </p>
      )}
      {seconds >= SLOW_SECONDS && (
        <p className="mt-2" data-testid="load-slow">
          {t('data.slow', { seconds })}{' '}
          <button type="button" onClick={onCancel} className="rounded border border-[var(--border)] px-2 py-0.5">
            {t('data.cancel')}
          </button>
        </p>
      )}
    </div>
  );
}

import { DatasetLoadError, MAX_BYTES } from '../data/loader';
import { useT } from '../state/hooks';
import { useStore } from '../state/store';

const SHOWN_ERRORS = 20;

/** What went wrong with a dataset, in plain words, with Retry and a way back to the embedded report. */
export function LoadError({ error, url, onRetry }: { error: Error; url: string; onRetry: () => void }) {
  const t = useT();
  const setView = useStore((s) => s.setView);
  const e = error instanceof DatasetLoadError ? error : null;
  const where = e?.detail.url ?? url;
  const message = (() => {
    switch (e?.kind) {
      case 'not-found':
        return t('error.not-found', { url: where });
      case 'http':
        return t('error.http', { status: e.detail.status ?? '?', url: where });
      case 'json':
        return t('error.json', { message: e.message });
      case 'schema':
        return t('error.schema', { n: e.detail.errors?.length ?? 0 });
      case 'empty':
        return t('error.empty');
      case 'too-large':
        return t('error.too-large', { max: MAX_BYTES / 1024 / 1024 });
      case 'cancelled':
        return t('error.cancelled');
      case 'network':
      default:
        return t('error.network', { url: where });
    }
  })();
  const errors = e?.detail.errors ?? [];
  return (
    <div role="alert" className="mx-auto my-6 max-w-3xl rounded-lg border border-[var(--bad)] p-4">
      <h1 className="text-xl font-bold">{t('error.title')}</h1>
      <p className="mt-2" data-testid="load-error-message">
        {message}
      </p>
      {errors.length > 0 && (
        <ul className="mt-2 list-disc pl-5 font-mono text-sm" data-testid="schema-errors">
          {errors.slice(0, SHOWN_ERRORS).map((err, i) => (
            <li key={i}>
              <code>{err.path}</code>: {err.message}
            </li>
          ))}
          {errors.length > SHOWN_ERRORS && <li>{t('error.more', { n: errors.length - SHOWN_ERRORS })}</li>}
        </ul>
      )}
      <div className="mt-4 flex gap-3">
        <button type="button" onClick={onRetry} className="rounded border border-[var(--border)] px-3 py-1">
          {t('data.retry')}
        </button>
        <button
          type="button"
          onClick={() => setView({ data: null })}
          className="rounded border border-[var(--border)] px-3 py-1"
        >
          {t('data.default')}
        </button>
      </div>
    </div>
  );
}

import type { UseQueryResult } from '@tanstack/react-query';
import { takeOver } from '../../components/TakeOver';
import { useT } from '../../state/hooks';

/** While a library file loads, or why it could not: never a blank page. */
export function LibraryStatus({ query }: { query: UseQueryResult<unknown> }) {
  const t = useT();
  if (query.isError)
    return (
      <div role="alert" ref={() => takeOver()} className="rounded-lg border border-[var(--bad)] p-4">
        <p>{t('library.failed', { message: query.error.message })}</p>
        <button
          type="button"
          className="mt-2 rounded border border-[var(--border)] px-3 py-1"
          onClick={() => void query.refetch()}
        >
          {t('data.retry')}
        </button>
      </div>
    );
  return <p role="status">{t('library.loading')}</p>;
}

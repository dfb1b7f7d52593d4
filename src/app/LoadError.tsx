import { DatasetLoadError } from '../data/loader';
import type { MessageKey } from '../i18n/messages';
import { formatMessage } from '../i18n/formatMessage';
import { useLang, useT } from '../state/hooks';
import { takeOver } from '../components/TakeOver';
import { useStore } from '../state/store';
import { useEffect, useState } from 'react';
import { correctView } from './urlSync';
import { enMine } from '../i18n/en-mine';
import { enImport } from '../i18n/en-import';
import { noteText } from '../i18n/noteText';
import { addEnglish } from '../i18n/messages';

addEnglish(enMine);
addEnglish(enImport);

const SHOWN_ERRORS = 20;

/** What went wrong with a dataset, in plain words, with Retry and a way back to the embedded report. */
export function LoadError({
  error,
  url,
  onRetry,
  onPartial,
}: {
  error: Error;
  url: string;
  onRetry?: () => void;
  /** Opens what an import could read, the rest marked incomplete. */
  onPartial?: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const e = error instanceof DatasetLoadError ? error : null;
  const kind = e?.kind ?? 'network';
  // A `local:` link after a reload: the report kept from that file opens instead, if My reports has it.
  const gone = kind === 'local-gone' ? (e?.detail.url ?? '') : null;
  const [looked, setLooked] = useState<[string, string | null]>();
  useEffect(() => {
    if (gone !== null) void import('../mine/keep').then((m) => m.openKept(gone, correctView, setLooked));
  }, [gone]);
  if (gone !== null && looked?.[0] !== gone) return <p role="status">{t('data.loading')}</p>;
  const where = e?.detail.url ?? url;
  const params = {
    url: where,
    status: e?.detail.status ?? '?',
    // The importer's refusal in the reader's language; an error without an id (a crash) as it was thrown.
    message: e?.detail.note ? noteText(t, lang, e.detail.note) : (e?.message ?? error.message),
    n: e?.detail.errors?.length ?? 0,
    max: e?.detail.max ?? '?',
  };
  const errors = e?.detail.errors ?? [];
  const stoppedAt = e?.detail.details ?? [];
  const format = e?.detail.format;
  const backToDefault = () => {
    useStore.getState().setRefusedData(null);
    useStore.getState().setView({ data: null });
  };
  return (
    <div
      ref={() => takeOver()}
      role="alert"
      className="mx-auto my-6 max-w-3xl rounded-lg border border-[var(--bad)] p-4"
      data-error-kind={kind}
    >
      <h1 className="text-xl font-bold">{t('error.title')}</h1>
      <p className="mt-2 break-words" data-testid="load-error-message">
        {format ? formatMessage(t, format) : t(`error.${kind}` satisfies MessageKey, params)}
      </p>
      {stoppedAt.length > 0 && (
        <ul className="mt-2 list-disc pl-5 text-sm break-words" data-testid="import-stopped">
          {stoppedAt.slice(0, SHOWN_ERRORS).map((n, i) => (
            <li key={i}>{noteText(t, lang, n)}</li>
          ))}
          {stoppedAt.length > SHOWN_ERRORS && <li>{t('error.more', { n: stoppedAt.length - SHOWN_ERRORS })}</li>}
        </ul>
      )}
      {errors.length > 0 && (
        <ul className="mt-2 list-disc pl-5 font-mono text-sm break-words" data-testid="schema-errors">
          {errors.slice(0, SHOWN_ERRORS).map((err, i) => (
            <li key={i}>
              <code>{err.path}</code>: {err.message}
            </li>
          ))}
          {errors.length > SHOWN_ERRORS && <li>{t('error.more', { n: errors.length - SHOWN_ERRORS })}</li>}
        </ul>
      )}
      <div className="mt-4 flex flex-wrap gap-3">
        {onPartial && (
          <button type="button" onClick={onPartial} className="rounded border border-[var(--border)] px-3 py-1">
            {t('import.partial')}
          </button>
        )}
        {onRetry && !onPartial && (
          <button type="button" onClick={onRetry} className="rounded border border-[var(--border)] px-3 py-1">
            {t('data.retry')}
          </button>
        )}
        <button type="button" onClick={backToDefault} className="rounded border border-[var(--border)] px-3 py-1">
          {t('data.default')}
        </button>
      </div>
    </div>
  );
}

import { useMemo } from 'react';
import { misquotedFacts } from '../data/provenance';
import { useSourceText } from '../data/source';
import { localDataName } from '../data/url';
import { useDataset, useSourceUrl, useT } from '../state/hooks';
import { useStore } from '../state/store';

const SHOWN = 20;

/** Standing notices about the open report: a local file (not shareable) and quotes its text does not hold. */
export function Notices() {
  const t = useT();
  const d = useDataset();
  const local = localDataName(useStore((s) => s.view.data));
  const source = useSourceText(useSourceUrl());
  const misquoted = useMemo(() => (source.data ? misquotedFacts(d, source.data) : []), [d, source.data]);
  return (
    <>
      {local !== null && (
        <p
          className="no-print mb-4 rounded border border-[var(--border)] bg-[var(--surface)] p-2 text-sm"
          data-testid="local-banner"
        >
          {t('local.banner', { name: local })}
        </p>
      )}
      {misquoted.length > 0 && (
        <p
          role="alert"
          className="mb-4 rounded border border-[var(--bad)] p-2 text-sm break-words"
          data-testid="quote-warning"
        >
          {t('quotes.warning', {
            n: misquoted.length,
            ids:
              misquoted.slice(0, SHOWN).join(', ') +
              (misquoted.length > SHOWN ? ` ${t('error.more', { n: misquoted.length - SHOWN })}` : ''),
          })}
        </p>
      )}
    </>
  );
}

import { lazy, Suspense, useMemo } from 'react';
import { misquotedFacts } from '../data/provenance';
import { useDataset, useImportWarnings, useReportText, useT } from '../state/hooks';
import { useStore } from '../state/store';

// Only a report the reader brought has these (its own chunk): a shipped report never loads them.
const ImportNotices = lazy(() => import('./ImportNotices').then((m) => ({ default: m.ImportNotices })));

const SHOWN = 20;

/** Standing notices about the open report: the reader's own file (ImportNotices), and quotes its text does not hold. */
export function Notices() {
  const t = useT();
  const d = useDataset();
  const data = useStore((s) => s.view.data);
  const warnings = useImportWarnings();
  const { text } = useReportText();
  const misquoted = useMemo(() => (text ? misquotedFacts(d, text) : []), [d, text]);
  const brought = /^(local|mine):/.test(data ?? '') || warnings.length > 0;
  return (
    <>
      {brought && (
        <Suspense fallback={null}>
          <ImportNotices />
        </Suspense>
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

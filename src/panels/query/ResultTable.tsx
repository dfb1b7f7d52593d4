import { useState } from 'react';
import { csvBlob } from '../../export/csv';
import { downloadBlob } from '../../export/download';
import type { QueryResult } from '../../query/engine';
import type { QueryCell } from '../../query/values';
import { useLang, useT } from '../../state/hooks';
import { formatNumber } from '../../i18n/format';
import type { RunState } from './useQueryRun';

const STEP = 200;

/** The console's answer: where it is, then the rows (a page at a time) and their CSV, or DuckDB's message. */
export function ResultTable({ state }: { state: RunState }) {
  const t = useT();
  return (
    <div className="space-y-2">
      <p role="status" className="text-sm" data-testid="query-status">
        {state.kind === 'starting'
          ? t('query.starting')
          : state.kind === 'running'
            ? t('query.running')
            : state.kind === 'done'
              ? t('query.done', { n: state.result.rows.length, ms: state.result.ms })
              : state.kind === 'cancelled'
                ? t('query.cancelled')
                : ''}
      </p>
      {state.kind === 'error' && (
        <div role="alert" className="rounded border border-[var(--bad)] p-3 text-sm">
          <p className="font-semibold">{t('query.error')}</p>
          <pre
            lang="en"
            dir="ltr"
            translate="no"
            className="mt-1 font-mono text-xs whitespace-pre-wrap"
            data-testid="query-error"
          >
            {state.message}
          </pre>
        </div>
      )}
      {state.kind === 'unsupported' && (
        <p role="alert" className="rounded border border-[var(--bad)] p-3 text-sm">
          {t('query.unsupported')}
        </p>
      )}
      {state.kind === 'done' && <Rows key={state.sql + state.result.ms} result={state.result} />}
    </div>
  );
}

function Rows({ result }: { result: QueryResult }) {
  const t = useT();
  const lang = useLang();
  const [shown, setShown] = useState(STEP);
  if (result.columns.length === 0 || result.rows.length === 0) return <p className="text-sm">{t('query.noRows')}</p>;
  const download = () => downloadBlob(csvBlob([result.columns.map((c) => c.name), ...result.rows]), 'query.csv');
  const remaining = result.rows.length - shown;
  return (
    <>
      {result.truncated && (
        <p className="text-sm">{t('query.truncated', { n: formatNumber(result.rows.length, lang) })}</p>
      )}
      <button
        type="button"
        onClick={download}
        className="rounded border border-[var(--border)] px-3 py-1 text-sm print:hidden"
      >
        {t('query.csv')}
      </button>
      <div
        className="max-h-[70vh] overflow-auto rounded border border-[var(--border)]"
        tabIndex={0}
        role="region"
        aria-label={t('query.results')}
      >
        <table className="min-w-full text-sm" data-testid="query-result">
          <thead className="sticky top-0 bg-[var(--bg)]">
            <tr>
              {result.columns.map((c, i) => (
                <th
                  key={i}
                  scope="col"
                  className="border-b border-[var(--border)] px-2 py-1 text-left font-mono whitespace-nowrap"
                  title={c.type}
                >
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.rows.slice(0, shown).map((row, r) => (
              <tr key={r} className="border-b border-[var(--border)] last:border-0">
                {row.map((v, i) => (
                  <Cell key={i} value={v} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {remaining > 0 && (
        <button
          type="button"
          onClick={() => setShown((s) => s + STEP)}
          className="rounded border border-[var(--border)] px-3 py-1 text-sm print:hidden"
        >
          {t('query.moreRows', { n: Math.min(STEP, remaining) })}
        </button>
      )}
    </>
  );
}

/** A value as DuckDB returned it: numbers unformatted (as in the CSV), NULL named, never shown as 0 or blank text. */
function Cell({ value }: { value: QueryCell }) {
  const t = useT();
  if (value === null) return <td className="px-2 py-1 text-[var(--muted)] italic">{t('query.null')}</td>;
  const number = typeof value === 'number';
  return (
    <td
      className={`px-2 py-1 align-top ${number ? 'text-right tabular-nums' : ''} ${typeof value === 'string' && value.length > 60 ? 'min-w-[20rem]' : 'whitespace-nowrap'}`}
    >
      {String(value)}
    </td>
  );
}

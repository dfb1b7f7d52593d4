import { useQueryClient } from '@tanstack/react-query';
import { memo } from 'react';
import { PagedTable } from '../../components/PagedTable';
import { answer, cancelImport, useImportRun, type Row } from '../../mine/run';
import { useLang, useT } from '../../state/hooks';
import { ViewLink } from '../shared/ViewLink';
import { reasonText, timeLeft } from './reason';
import { enImport } from '../../i18n/en-import';
import { addEnglish } from '../../i18n/messages';

addEnglish(enImport);

const STEP = 100;
const COLUMNS = ['file', 'body', 'year', 'format', 'readAs', 'result', 'failing'] as const;
const DONE = new Set(['imported', 'partly', 'refused', 'duplicate', 'ask', 'replaced', 'both', 'cancelled']);
const BAD = new Set(['refused']);

/** The run under way or last finished: a progress bar (n of N, the file, time left) and a row per file. */
export function ImportStatus() {
  const t = useT();
  const { rows, running, started, finished, lastAt, pool } = useImportRun();
  if (rows.length === 0 && !running) return null;
  const done = rows.filter((r) => DONE.has(r.state)).length;
  const reading = rows.filter((r) => r.state === 'reading').map((r) => r.file);
  const elapsed = (finished ?? lastAt) - started;
  const left = done > 0 && running ? timeLeft(t, (elapsed / done) * (rows.length - done)) : null;
  const asks = rows.filter((r) => r.state === 'ask');
  return (
    <section
      aria-labelledby="import-run"
      className="space-y-3"
      data-testid="import-run"
      data-pool={pool}
      data-refused={rows.filter((r) => r.state === 'refused').length}
      data-asking={asks.length}
    >
      <h2 id="import-run" className="text-lg font-semibold">
        {t('mine.run')}
      </h2>
      <div className="space-y-1 text-sm">
        <progress max={Math.max(rows.length, 1)} value={done} className="w-full" aria-label={t('mine.run')} />
        <p role="status" data-testid="import-progress">
          {running
            ? t('mine.progress', { done, total: rows.length, pool })
            : t('mine.finished', { done, total: rows.length, seconds: (elapsed / 1000).toFixed(1) })}
          {left && ` · ${left}`}
        </p>
        {running && reading.length > 0 && <p className="truncate text-[var(--muted)]">{reading.join(t('list.sep'))}</p>}
        <div className="no-print flex flex-wrap gap-2">
          {running && (
            <button
              type="button"
              onClick={cancelImport}
              className="rounded border border-[var(--border)] px-3 py-1"
              data-testid="import-cancel"
            >
              {t('mine.cancel')}
            </button>
          )}
          {asks.length > 1 && <AnswerAll keys={asks.map((r) => r.key)} />}
        </div>
      </div>
      <PagedTable
        items={rows}
        step={STEP}
        moreLabel={(remaining) => t('list.more', { n: Math.min(STEP, remaining), remaining })}
        columns={COLUMNS.map((c) => t(`mine.col.${c}`))}
        testId="import-table"
        row={(r) => <StatusRow key={r.key} row={r} />}
      />
    </section>
  );
}

function AnswerAll({ keys }: { keys: number[] }) {
  const t = useT();
  const client = useQueryClient();
  const all = (choice: 'replace' | 'both') => void Promise.all(keys.map((k) => answer(k, choice, client)));
  return (
    <>
      <button type="button" onClick={() => all('replace')} className="rounded border border-[var(--border)] px-3 py-1">
        {t('mine.replaceAll', { n: keys.length })}
      </button>
      <button type="button" onClick={() => all('both')} className="rounded border border-[var(--border)] px-3 py-1">
        {t('mine.bothAll', { n: keys.length })}
      </button>
    </>
  );
}

// Memoised: a row re-renders only when its own state changes.
const StatusRow = memo(function StatusRow({ row: r }: { row: Row }) {
  const t = useT();
  const lang = useLang();
  const client = useQueryClient();
  const reason = r.reason ? reasonText(t, lang, r.reason) : null;
  // On a phone each row is a card: every cell says what it is (PagedTable).
  const labels = COLUMNS.map((c) => t(`mine.col.${c}`));
  const stored =
    r.reportId && (r.state === 'imported' || r.state === 'partly' || r.state === 'replaced' || r.state === 'both');
  return (
    <tr className="border-t border-[var(--border)] align-top" data-state={r.state} data-file={r.file}>
      <th
        scope="row"
        data-label={labels[0]}
        className="min-w-[10rem] py-1.5 pr-2 text-left font-normal [overflow-wrap:anywhere]"
      >
        {stored ? (
          <ViewLink
            to={{ view: null, data: `mine:${r.reportId}`, area: null, fact: null, select: null }}
            className="text-[var(--accent)] underline underline-offset-2"
          >
            {r.file}
          </ViewLink>
        ) : (
          r.file
        )}
      </th>
      <td data-label={labels[1]} className="py-1.5 pr-2">
        {r.body?.name[lang] ?? ''}
      </td>
      <td data-label={labels[2]} className="py-1.5 pr-2 tabular-nums">
        {r.year ?? ''}
      </td>
      <td data-label={labels[3]} className="py-1.5 pr-2">
        {r.format ? t(`library.format.${r.format as '2021'}`) : ''}
      </td>
      <td data-label={labels[4]} className="py-1.5 pr-2">
        {r.readAs ? t(`mine.readAs.${r.readAs}`) : ''}
      </td>
      <td data-label={labels[5]} className="py-1.5 pr-2">
        <span className={BAD.has(r.state) ? 'font-semibold text-[var(--bad)]' : ''}>{t(`mine.state.${r.state}`)}</span>
        {reason && (
          <span className="block text-xs" data-testid="import-reason">
            {reason.text}
            {reason.detail && (
              <span lang={reason.english ? 'en' : undefined} className="block text-[var(--muted)]">
                {reason.detail}
              </span>
            )}
          </span>
        )}
        {r.state === 'ask' && (
          <span className="mt-1 flex flex-wrap gap-2">
            <button
              type="button"
              onClick={() => void answer(r.key, 'replace', client)}
              className="rounded border border-[var(--border)] px-2 py-0.5"
            >
              {t('mine.replace')}
            </button>
            <button
              type="button"
              onClick={() => void answer(r.key, 'both', client)}
              className="rounded border border-[var(--border)] px-2 py-0.5"
            >
              {t('mine.both')}
            </button>
          </span>
        )}
      </td>
      <td data-label={labels[6]} className="py-1.5 pr-2 tabular-nums">
        {r.failing === undefined ? (
          ''
        ) : r.failing > 0 ? (
          <span className="font-semibold text-[var(--bad)]">{r.failing}</span>
        ) : (
          '0'
        )}
      </td>
    </tr>
  );
});

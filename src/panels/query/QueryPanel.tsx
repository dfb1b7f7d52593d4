import { useEffect, useRef, useState } from 'react';
import { TakeOver } from '../../components/TakeOver';
import { addEnglish } from '../../i18n/messages';
import { enData } from '../../i18n/en-data';
import { examples } from '../../query/examples';
import { TABLE_NAMES } from '../../query/tables';
import { useLang, useT } from '../../state/hooks';
import { useStore } from '../../state/store';
import { useTitle } from '../shared/useTitle';
import { ViewLink } from '../shared/ViewLink';
import { ResultTable } from './ResultTable';
import { useQueryRun } from './useQueryRun';

addEnglish(enData);

/**
 * ?view=query: SQL over the open tables in the reader's browser (DuckDB-WASM in
 * a worker). The query last run is kept in the URL (sql=), so a link runs it
 * again; its result is a table and a CSV. Errors are shown as DuckDB words them.
 */
export function QueryPanel() {
  const t = useT();
  const lang = useLang();
  const sql = useStore((s) => s.view.sql);
  const setView = useStore((s) => s.setView);
  const [text, setText] = useState(sql ?? examples(lang)[0]?.sql ?? '');
  const { state, run, cancel } = useQueryRun();
  useTitle([t('query.title')]);

  // A link with sql= runs its query on arrival, and Back or Forward runs the one it names.
  const ran = useRef<string | null>(null);
  useEffect(() => {
    if (sql === null || sql === ran.current) return;
    ran.current = sql;
    setText(sql);
    run(sql);
  }, [sql, run]);

  const submit = (query: string) => {
    const q = query.trim();
    if (!q) return;
    ran.current = q;
    setView({ sql: q });
    run(q);
  };
  const busy = state.kind === 'starting' || state.kind === 'running';

  return (
    <section aria-labelledby="query-title" className="space-y-4">
      <TakeOver />
      <h1 id="query-title" className="text-xl font-semibold">
        {t('query.title')}
      </h1>
      <p className="max-w-prose text-sm">
        {t('query.intro', { tables: TABLE_NAMES.join(', ') })}{' '}
        <ViewLink to={{ view: 'data', sql: null }} className="underline">
          {t('data.title')}
        </ViewLink>
      </p>
      <div className="flex flex-wrap items-baseline gap-2 text-sm print:hidden">
        <span className="font-semibold">{t('query.examples')}</span>
        {examples(lang).map((ex) => (
          <button
            key={ex.title}
            type="button"
            className="rounded border border-[var(--border)] px-2 py-0.5 hover:bg-[var(--surface)]"
            onClick={() => {
              setText(ex.sql);
              submit(ex.sql);
            }}
          >
            {t(ex.title)}
          </button>
        ))}
      </div>
      <form
        className="space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          submit(text);
        }}
      >
        <label htmlFor="query-sql" className="block text-sm font-semibold">
          {t('query.label')}
        </label>
        <textarea
          id="query-sql"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              submit(text);
            }
          }}
          rows={7}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          translate="no"
          dir="ltr"
          aria-describedby="query-hint"
          className="block w-full rounded border border-[var(--border)] bg-[var(--bg)] p-2 font-mono text-sm"
        />
        <p id="query-hint" className="text-xs text-[var(--muted)]">
          {t('query.runHint')}
        </p>
        <div className="flex flex-wrap gap-2 print:hidden">
          <button
            type="submit"
            aria-disabled={busy}
            className="rounded border-2 border-[var(--accent)] px-3 py-1 font-semibold aria-disabled:opacity-60"
          >
            {t('query.run')}
          </button>
          {busy && (
            <button type="button" onClick={cancel} className="rounded border border-[var(--border)] px-3 py-1">
              {t('query.cancel')}
            </button>
          )}
        </div>
      </form>
      <ResultTable state={state} />
    </section>
  );
}

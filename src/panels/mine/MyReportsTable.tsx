import { useQueries, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { PagedTable } from '../../components/PagedTable';
import { catalogueQuery, listsWhole, outlineQuery } from '../../library/load';
import { useFoundNames } from '../shared/useFoundNames';
import type { Body, Catalogue } from '../../library/types';
import { correctReport, removeReports } from '../../mine/actions';
import type { MyReport } from '../../mine/record';
import { useLang, useT } from '../../state/hooks';
import { useStore } from '../../state/store';
import { ViewLink } from '../shared/ViewLink';

const STEP = 100;
const COLUMNS = ['report', 'body', 'year', 'format', 'readAs', 'checks', 'actions'] as const;
const small = 'rounded border border-[var(--border)] bg-[var(--bg)] px-2 py-0.5';

/** Every report kept: open it, see its body's years, correct its body or year, remove it. */
export function MyReportsTable({ reports }: { reports: readonly MyReport[] }) {
  const t = useT();
  const { bodies, large } = useBodyChoices(reports);
  const sorted = useMemo(
    () => [...reports].sort((a, b) => a.body.id.localeCompare(b.body.id) || a.entry.year - b.entry.year),
    [reports],
  );
  return (
    <PagedTable
      items={sorted}
      step={STEP}
      moreLabel={(remaining) => t('list.more', { n: Math.min(STEP, remaining), remaining })}
      columns={COLUMNS.map((c) => t(`mine.col.${c}`))}
      testId="mine-table"
      row={(r) => <MyRow key={r.id} report={r} bodies={bodies} large={large} />}
    />
  );
}

/**
 * Bodies a report can be filed under: the library's and the reader's own. A library too large to list whole
 * (150,000 bodies) offers the reader's bodies and those suggested, each read from its own part; the form
 * searches the library's names for the others.
 */
// A stable function: useQueries runs it again only when a query's answer changes, so its list is the same array.
const bodiesOf = (results: UseQueryResult<Catalogue>[]) => results.flatMap((q) => q.data?.bodies ?? []);

function useBodyChoices(reports: readonly MyReport[]) {
  const outline = useQuery(outlineQuery()).data;
  const large = outline !== undefined && !listsWhole(outline);
  const shipped = useQuery({ ...catalogueQuery(), enabled: outline !== undefined && !large }).data;
  const suggested = useMemo(
    () => [...new Set(reports.flatMap((r) => (r.suggested ? [r.suggested.body] : [])))],
    [reports],
  );
  const looked = useQueries({
    queries: large ? suggested.map((id) => catalogueQuery(id)) : [],
    combine: bodiesOf,
  });
  const bodies = useMemo(() => {
    const all = new Map<string, Body>([...(shipped?.bodies ?? []), ...looked].map((b) => [b.id, b]));
    for (const r of reports) if (!all.has(r.body.id)) all.set(r.body.id, r.body);
    return [...all.values()];
  }, [shipped, reports, looked]);
  return { bodies, large };
}

function MyRow({ report: r, bodies, large }: { report: MyReport; bodies: readonly Body[]; large: boolean }) {
  const t = useT();
  const lang = useLang();
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  // On a phone each row is a card: every cell says what it is (PagedTable).
  const labels = COLUMNS.map((c) => t(`mine.col.${c}`));
  const suggested = r.suggested ? bodies.find((b) => b.id === r.suggested?.body) : undefined;
  const correct = (body: Body, year: number) =>
    correctReport(client, r.id, body, year).then(
      () => setEditing(false),
      (e: unknown) => useStore.getState().toast(String(e), 'error'),
    );
  return (
    <tr className="border-t border-[var(--border)] align-top" data-report-id={r.id}>
      <th scope="row" data-label={labels[0]} className="py-1.5 pr-2 text-left font-normal">
        <ViewLink
          to={{ view: null, data: `mine:${r.id}`, area: null, fact: null, select: null }}
          className="text-[var(--accent)] underline underline-offset-2"
        >
          {r.entry.title[lang]}
        </ViewLink>
        <span className="block text-xs break-all text-[var(--muted)]">{r.file}</span>
        {r.partly && <span className="block text-xs text-[var(--bad)]">{t('mine.partly')}</span>}
      </th>
      <td data-label={labels[1]} className="py-1.5 pr-2">
        <ViewLink to={{ view: 'trends', body: r.body.id }} className="underline underline-offset-2">
          {r.body.name[lang]}
        </ViewLink>
        {!r.known && <span className="block text-xs text-[var(--muted)]">{t('mine.asWritten')}</span>}
        {suggested && (
          <span className="block text-xs" data-testid="suggested-body">
            {r.suggested?.how === 'text'
              ? t('mine.suggestedText', { body: suggested.name[lang] })
              : t('mine.suggested', { written: r.suggested?.written ?? '', body: suggested.name[lang] })}{' '}
            <button type="button" className="underline" onClick={() => void correct(suggested, r.entry.year)}>
              {t('mine.useSuggested')}
            </button>
          </span>
        )}
      </td>
      <td data-label={labels[2]} className="py-1.5 pr-2 tabular-nums">
        {r.entry.year}
      </td>
      <td data-label={labels[3]} className="py-1.5 pr-2">
        {t(`library.format.${r.entry.format}`)}
      </td>
      <td data-label={labels[4]} className="py-1.5 pr-2">
        {t(`mine.readAs.${r.readAs}`)}
      </td>
      <td data-label={labels[5]} className="py-1.5 pr-2 tabular-nums">
        {r.entry.checks.fails > 0 ? (
          <span className="font-semibold text-[var(--bad)]">
            {t('library.fails', { fails: r.entry.checks.fails, total: r.entry.checks.total })}
          </span>
        ) : r.entry.checks.total === 0 ? (
          t('library.noChecks')
        ) : (
          t('library.holds', { total: r.entry.checks.total })
        )}
      </td>
      <td data-label={labels[6]} className="py-1.5 pr-2">
        {editing ? (
          <CorrectForm report={r} bodies={bodies} large={large} onSave={correct} onCancel={() => setEditing(false)} />
        ) : (
          <span className="flex flex-wrap gap-2">
            <button type="button" className={small} onClick={() => setEditing(true)}>
              {t('mine.correct')}
            </button>
            <button type="button" className={small} onClick={() => void removeReports(client, [r.id])}>
              {t('mine.remove')}
            </button>
          </span>
        )}
      </td>
    </tr>
  );
}

function CorrectForm(p: {
  report: MyReport;
  bodies: readonly Body[];
  /** The library is searched by name for the bodies not offered (150,000 are too many to list). */
  large: boolean;
  onSave: (body: Body, year: number) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const client = useQueryClient();
  const [body, setBody] = useState(p.report.body.id);
  const [year, setYear] = useState(String(p.report.entry.year));
  const [typed, setTyped] = useState('');
  const found = useFoundNames(p.large ? typed : '').found;
  const valid = /^(19|20)\d\d$/.test(year);
  const offered = p.bodies.some((b) => b.id === body);
  const choices = [...p.bodies, ...found.filter((f) => !p.bodies.some((b) => b.id === f.id))];
  const save = async () => {
    // A body found by name is read whole (region, level) from its own part before the report is filed under it.
    const b = offered
      ? p.bodies.find((x) => x.id === body)
      : (await client.fetchQuery(catalogueQuery(body))).bodies.find((x) => x.id === body);
    if (b && valid) await p.onSave(b, Number(year));
  };
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        save().catch((err: unknown) => useStore.getState().toast(String(err), 'error'));
      }}
    >
      {p.large && (
        <label className="flex flex-col gap-1">
          {t('mine.findBody')}
          <input type="search" value={typed} onChange={(e) => setTyped(e.target.value)} className={`${small} w-40`} />
        </label>
      )}
      <label className="flex flex-col gap-1">
        {t('library.body')}
        <select value={body} onChange={(e) => setBody(e.target.value)} className={`${small} max-w-[14rem]`}>
          {choices.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name[lang]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        {t('library.year')}
        <input
          value={year}
          onChange={(e) => setYear(e.target.value)}
          inputMode="numeric"
          className={`${small} w-20`}
          aria-invalid={!valid}
        />
      </label>
      <button type="submit" className={small} disabled={!valid}>
        {t('mine.save')}
      </button>
      <button type="button" className={small} onClick={p.onCancel}>
        {t('mine.cancelEdit')}
      </button>
    </form>
  );
}

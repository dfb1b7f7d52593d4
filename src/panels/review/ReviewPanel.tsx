import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { isMine, mergeCatalogue, mineQuery } from '../../mine/queries';
import { formatNumber } from '../../i18n/format';
import { listsWhole, namesQuery, outlineQuery } from '../../library/load';
import type { BodyName } from '../../library/names';
import type { PartsFile } from '../../library/parts';
import { matches, queryWords, searchText } from '../../library/search';
import { useFoundBodies } from '../shared/useFoundBodies';
import { FOUND, foundMessage } from '../shared/useFoundNames';
import { SearchField } from '../../components/SearchField';
import { useSearchBox } from '../shared/useSearchBox';
import { datasetQueryOptions } from '../../data/loader';
import { sourceUrl } from '../../data/source';
import { reviewedByReport } from '../../review/drafts';
import { reviewsQuery } from '../../review/draftsQuery';
import { SortHeader } from '../../components/SortHeader';
import { TakeOver } from '../../components/TakeOver';
import { EMPTY_VIEW, serializeView } from '../../data/url';
import { exportName } from '../../export/name';
import { enReview } from '../../i18n/en-review';
import { addEnglish } from '../../i18n/messages';
import type { Catalogue } from '../../library/types';
import { useCatalogue } from '../../mine/hooks';
import {
  boardRows,
  COLUMNS,
  COUNT_COLUMNS,
  keep,
  ONLY,
  parseSort,
  sortParam,
  sortRows,
  toggleSort,
  type BoardRow,
  type Column,
  type CountColumn,
  type Only,
  type Sort,
} from '../../review/board';
import { useLang, useT } from '../../state/hooks';
import { useStore } from '../../state/store';
import { LibraryStatus } from '../shared/LibraryStatus';
import { reportView } from '../shared/openReport';
import { useTitle } from '../shared/useTitle';
import type { MyReport } from '../../mine/record';
import { useMineAcross } from './useMineAcross';
import { ViewLink } from '../shared/ViewLink';

addEnglish(enReview);

const TEXT_COLUMNS: ReadonlySet<Column> = new Set(['body', 'format', 'read']);
// What an office must send back, in the colour of a fault when there is any.
const FAULTS: ReadonlySet<Column> = new Set(['errors', 'across']);

const NONE: MyReport[] = [];

/**
 * Every report of the collection on one board: what its checks find, sortable, filterable, each row opening
 * its checks. A library too large to list whole (150,000 bodies) is not read whole: the board lists the
 * reader's own reports and the library's reports of the bodies searched for by name.
 */
export function ReviewPanel() {
  const t = useT();
  useTitle([t('review.board.title')]);
  const outline = useQuery(outlineQuery());
  if (!outline.data) return <LibraryStatus query={outline} />;
  return listsWhole(outline.data) ? <WholeBoard /> : <SearchedBoard outline={outline.data} />;
}

function WholeBoard() {
  const { query, data, mine } = useCatalogue();
  if (!data) return <LibraryStatus query={query} />;
  return <Board catalogue={data} mine={mine} />;
}

function SearchedBoard({ outline }: { outline: PartsFile }) {
  const t = useT();
  // The reader's own reports need no names: they are read only once the reader searches the library.
  const { names, shipped, found, listed, searched } = useFoundBodies(false);
  const mine = useQuery(mineQuery());
  const list = mine.data ?? NONE;
  const catalogue = useMemo(() => mergeCatalogue(shipped, list), [shipped, list]);
  // The reader's reports first: the board waits for storage (or its failure), not for the library's names.
  if (mine.isPending) return <p role="status">{t('library.loading')}</p>;
  const reports = Object.values(outline.years).reduce((n, k) => n + k, 0);
  return <Board catalogue={catalogue} mine={list} scale={{ names, reports, found, listed, searched }} />;
}

/** The mine / the library's filters exclude each other: choosing one drops the other. */
function toggled(only: readonly Only[], o: Only): Only[] {
  if (only.includes(o)) return only.filter((x) => x !== o);
  const other = o === 'mine' ? 'shipped' : o === 'shipped' ? 'mine' : null;
  return [...only.filter((x) => x !== other), o];
}

interface Scale {
  names: UseQueryResult<BodyName[]>;
  /** Reports of the whole library. */
  reports: number;
  /** Bodies the search finds, and those whose reports are listed. */
  found: number;
  listed: number;
  /** A word is typed: the names are (being) read. */
  searched: boolean;
}

function Board({ catalogue, mine, scale }: { catalogue: Catalogue; mine: readonly MyReport[]; scale?: Scale }) {
  const t = useT();
  const lang = useLang();
  const sortRaw = useStore((s) => s.view.sort);
  const onlyRaw = useStore((s) => s.view.only);
  const setView = useStore((s) => s.setView);
  // An unknown sort or filter in a link is ignored: the board sorts by findings and keeps every report.
  const sort: Sort = useMemo(() => parseSort(sortRaw) ?? { column: null, descending: true }, [sortRaw]);
  const only = useMemo(() => ONLY.filter((o) => onlyRaw.includes(o)), [onlyRaw]);
  const reviews = useQuery(reviewsQuery()).data?.list;
  const { across, shipped } = useMineAcross(mine);
  const all = useMemo(
    () => boardRows(catalogue, lang, reviewedByReport(reviews ?? []), across),
    [catalogue, lang, reviews, across],
  );
  const { typed, setTyped, search } = useSearchBox();
  const words = useMemo(() => queryWords(search), [search]);
  const searched = useMemo(() => {
    if (words.length === 0) return all;
    const bodies = new Map(catalogue.bodies.map((b) => [b.id, b]));
    return all.filter((r) => matches(searchText(r.entry, bodies.get(r.entry.body)), words));
  }, [all, words, catalogue]);
  const rows = useMemo(() => sortRows(keep(searched, only), sort, lang), [searched, only, sort, lang]);
  const header = (c: Column) => (
    <SortHeader
      key={c}
      label={t(`review.board.col.${c}`)}
      active={sort.column === c}
      descending={sort.descending}
      onSort={() => setView({ sort: sortParam(toggleSort(sort, c)) })}
      className={`align-bottom ${TEXT_COLUMNS.has(c) ? 'text-left' : 'text-right'}`}
    />
  );
  const csv = async () => {
    const [{ boardCsv }, { downloadBlob }] = await Promise.all([
      import('../../review/boardCsv'),
      import('../../export/download'),
    ]);
    const name = exportName(['review-board', ...only], 'csv');
    const link = (r: BoardRow) =>
      new URL(serializeView({ ...EMPTY_VIEW, ...checksView(r) }), window.location.href).href;
    downloadBlob(boardCsv(rows, link), name);
    useStore.getState().toast(t('export.saved', { name }));
  };
  const [writing, setWriting] = useState<{ done: number; total: number } | null>(null);
  const client = useQueryClient();
  const reports = async () => {
    setWriting({ done: 0, total: rows.length });
    try {
      const [{ checksReportsZip }, { downloadBlob }] = await Promise.all([
        import('../../review/bulk'),
        import('../../export/download'),
      ]);
      const zip = await checksReportsZip(client, {
        rows,
        lang,
        t,
        reviews: reviews ?? [],
        mine,
        shippedBodies: new Set([...catalogue.reports.filter((r) => !isMine(r)).map((r) => r.body), ...shipped]),
        version: __APP_VERSION__,
        checked: new Date().toISOString().slice(0, 10),
        onReport: (done, total) => setWriting({ done, total }),
        load: (source) => client.fetchQuery(datasetQueryOptions(source)),
        textUrl: sourceUrl,
      });
      const name = exportName(['checks-reports', ...only], 'zip');
      downloadBlob(new Blob([zip as BlobPart], { type: 'application/zip' }), name);
      useStore.getState().toast(t('export.saved', { name }));
    } catch (e) {
      useStore
        .getState()
        .toast(t('review.board.reportsFailed', { reason: e instanceof Error ? e.message : String(e) }), 'error');
    } finally {
      setWriting(null);
    }
  };
  return (
    <article className="space-y-4" data-view="review">
      <TakeOver />
      <header>
        <h1 className="text-2xl font-bold">{t('review.board.title')}</h1>
        <p className="mt-1">{t('review.board.intro')}</p>
        {scale && (
          <p className="mt-1" data-testid="board-scale">
            {t('review.board.introScale', { n: formatNumber(scale.reports, lang), limit: FOUND })}
          </p>
        )}
      </header>
      <div className="no-print text-sm" role="search">
        <SearchField
          id="board-search"
          label={t('library.search')}
          value={typed}
          onChange={setTyped}
          hint={t('library.searchHint')}
          // At national scale the names are asked for as the reader comes to the box, not after the first word.
          onFocus={scale ? () => void client.prefetchQuery(namesQuery()) : undefined}
          className="w-64 max-w-full rounded border border-[var(--border)] bg-[var(--bg)] px-2 py-1"
        />
      </div>
      {scale && <Found scale={scale} />}
      <div className="no-print flex flex-wrap items-center gap-2 text-sm">
        {ONLY.map((o) => (
          <label
            key={o}
            className={`cursor-pointer rounded border px-2 py-0.5 ${only.includes(o) ? 'border-[var(--accent)] bg-[var(--surface)] font-semibold' : 'border-[var(--border)]'}`}
          >
            <input
              type="checkbox"
              className="sr-only"
              checked={only.includes(o)}
              onChange={() => setView({ only: toggled(only, o) })}
              data-only={o}
            />
            {t(`review.board.only.${o}`)}
          </label>
        ))}
        <button type="button" className="rounded border border-[var(--border)] px-2 py-0.5" onClick={() => void csv()}>
          {t('review.board.csv')}
        </button>
        <button
          type="button"
          className="rounded border border-[var(--border)] px-2 py-0.5 disabled:opacity-50"
          disabled={writing !== null || rows.length === 0}
          onClick={() => void reports()}
        >
          {t('review.board.reports', { n: rows.length })}
        </button>
        {writing && (
          <span role="status" data-testid="reports-progress">
            {t('review.board.reportsProgress', writing)}
          </span>
        )}
      </div>
      <p className="text-sm" data-testid="board-count">
        {t('review.board.count', { n: rows.length, total: all.length })}
      </p>
      {rows.length === 0 && scale && all.length === 0 ? null : rows.length === 0 ? (
        <p data-testid="board-empty">
          {t('review.board.none')}{' '}
          <button
            type="button"
            className="underline"
            onClick={() => {
              setTyped('');
              setView({ only: [], q: null });
            }}
          >
            {t('review.board.clear')}
          </button>
        </p>
      ) : (
        <>
          {/* On a phone each report is a card: eleven columns do not fit 390 px. */}
          <div className="space-y-3 sm:hidden">
            <label className="flex items-center gap-2 text-sm">
              {t('review.board.sortBy')}
              <select
                value={sort.column ?? ''}
                onChange={(e) => setView({ sort: e.target.value || null })}
                className="rounded border border-[var(--border)] bg-[var(--bg)] px-2 py-1"
              >
                <option value="">{t('review.board.sortFindings')}</option>
                {COLUMNS.map((c) => (
                  <option key={c} value={c}>
                    {t(`review.board.col.${c}`)}
                  </option>
                ))}
              </select>
            </label>
            <ul className="space-y-3">
              {rows.map((r) => (
                <BoardCard key={r.entry.id} row={r} />
              ))}
            </ul>
          </div>
          <div className="overflow-x-auto max-sm:hidden">
            <table className="w-full text-sm" data-testid="review-board">
              <thead>
                <tr>{COLUMNS.map(header)}</tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <BoardLine key={r.entry.id} row={r} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </article>
  );
}

/** At national scale: what the search found among the library's bodies, or why it cannot search yet. */
function Found({ scale }: { scale: Scale }) {
  const t = useT();
  const lang = useLang();
  if (scale.searched && !scale.names.data) return <LibraryStatus query={scale.names} />;
  return (
    <p role="status" className="text-sm" data-testid="library-found">
      {foundMessage(t, lang, scale.found, scale.listed)}
    </p>
  );
}

/** A report's checks: its dashboard at the Checks view, the board's sort and filters left behind. */
const checksView = (r: BoardRow) => reportView(r.entry.data, 'checks');

function BoardCard({ row: r }: { row: BoardRow }) {
  const t = useT();
  return (
    <li className="rounded border border-[var(--border)] p-2 text-sm" data-report-card={r.entry.id}>
      <ViewLink to={checksView(r)} className="font-semibold text-[var(--accent)] underline underline-offset-2">
        {/* The name starts with what is seen (WCAG 2.5.3), then says where it goes. */}
        {r.bodyName} {r.entry.year}
        <span className="sr-only">{t('review.board.open')}</span>
      </ViewLink>
      {r.mine && <span className="ml-1 text-xs text-[var(--muted)]">{t('review.board.mine')}</span>}
      <p className="text-[var(--muted)]">
        {t(`library.format.${r.entry.format}`)}
        {r.entry.read ? ` · ${t(`review.read.${r.entry.read}`)}` : ''}
      </p>
      <dl className="mt-1 grid grid-cols-2 gap-x-3 tabular-nums">
        {COUNT_COLUMNS.map((c) => {
          const n = r.counts[c];
          return (
            <div key={c} className="flex justify-between gap-2">
              <dt>{t(`review.board.col.${c}`)}</dt>
              <dd className={n !== null && n > 0 && FAULTS.has(c) ? 'font-semibold text-[var(--bad)]' : ''}>
                {n ?? '—'}
              </dd>
            </div>
          );
        })}
      </dl>
    </li>
  );
}

function BoardLine({ row: r }: { row: BoardRow }) {
  const t = useT();
  const count = (c: CountColumn) => {
    const n = r.counts[c];
    if (n === null)
      return (
        <td key={c} className="py-1.5 pr-2 text-right text-[var(--muted)]" title={t('review.board.notCounted')}>
          <span aria-hidden="true">—</span>
          <span className="sr-only">{t('review.board.notCounted')}</span>
        </td>
      );
    const fault = n > 0 && FAULTS.has(c);
    return (
      <td
        key={c}
        className={`py-1.5 pr-2 text-right tabular-nums ${fault ? 'font-semibold text-[var(--bad)]' : ''}`}
        data-count={c}
      >
        {n}
      </td>
    );
  };
  return (
    <tr
      className="border-t border-[var(--border)] align-top"
      data-report-id={r.entry.id}
      data-mine={r.mine || undefined}
    >
      <th scope="row" className="py-1.5 pr-2 text-left font-normal">
        <ViewLink to={checksView(r)} className="text-[var(--accent)] underline underline-offset-2">
          {r.bodyName}
          <span className="sr-only">
            {' '}
            {r.entry.year}
            {t('review.board.open')}
          </span>
        </ViewLink>
        {r.mine && <span className="ml-1 text-xs text-[var(--muted)]">{t('review.board.mine')}</span>}
      </th>
      <td className="py-1.5 pr-2 text-right tabular-nums">{r.entry.year}</td>
      <td className="py-1.5 pr-2">{t(`library.format.${r.entry.format}`)}</td>
      <td className="py-1.5 pr-2">{r.entry.read ? t(`review.read.${r.entry.read}`) : '—'}</td>
      {COUNT_COLUMNS.map(count)}
    </tr>
  );
}

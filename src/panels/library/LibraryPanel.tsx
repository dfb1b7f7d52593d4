import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { formatNumber } from '../../i18n/format';
import { listsWhole, outlineQuery } from '../../library/load';
import type { PartsFile } from '../../library/parts';
import { mergeCatalogue, mineQuery } from '../../mine/queries';
import type { MyReport } from '../../mine/record';
import { CARDS } from '../../components/PagedTable';
import { ShowMore } from '../../components/ShowMore';
import { SortHeader } from '../../components/SortHeader';
import { TakeOver } from '../../components/TakeOver';
import { useCatalogue } from '../../mine/hooks';
import { HEADLINE, matches, queryWords, searchText } from '../../library/search';
import type { Catalogue } from '../../library/types';
import { useLang, useT } from '../../state/hooks';
import { useStore } from '../../state/store';
import { LibraryStatus } from '../shared/LibraryStatus';
import { useTitle } from '../shared/useTitle';
import { ViewLink } from '../shared/ViewLink';
import { useFoundBodies } from '../shared/useFoundBodies';
import { FOUND, foundMessage } from '../shared/useFoundNames';
import { SearchField } from '../../components/SearchField';
import { useSearchBox } from '../shared/useSearchBox';
import { LibraryRow } from './LibraryRow';
import { COLUMNS, parseSort, sortEntries, sortParam, toggleSort, type Column } from './sort';

const STEP = 100;
const NONE: MyReport[] = [];

/**
 * Every report the site ships and the reader's own (marked as theirs), with its headline figures:
 * searchable in any language, filterable by body, year and format, sortable by any column, all kept
 * in the URL (q, body, year, only, sort); each opening its dashboard or its checks.
 */
export function LibraryPanel() {
  const t = useT();
  useTitle([t('library.title')]);
  const outline = useQuery(outlineQuery());
  if (!outline.data) return <LibraryStatus query={outline} />;
  return listsWhole(outline.data) ? <WholeList /> : <SearchedList outline={outline.data} />;
}

function WholeList() {
  const { query, data } = useCatalogue();
  // The list renders in the background once the catalogue is here (React yields to the page every few
  // milliseconds): the data's arrival alone renders at once, a long task on a phone.
  const catalogue = useDeferredValue(data ?? null, null);
  if (!catalogue) return <LibraryStatus query={query} />;
  return <LibraryList catalogue={catalogue} />;
}

/**
 * A library too large to list whole (150,000 bodies): every body's names are read
 * from one file (names.ts) and searched; the reports of the first bodies found are
 * read from their parts and listed as the whole list would list them.
 */
function SearchedList({ outline }: { outline: PartsFile }) {
  const { names, shipped, found, listed } = useFoundBodies();
  const mine = useQuery(mineQuery()).data ?? NONE;
  const catalogue = useDeferredValue(useMemo(() => mergeCatalogue(shipped, mine), [shipped, mine]));
  if (!names.data) return <LibraryStatus query={names} />;
  const reports = Object.values(outline.years).reduce((n, k) => n + k, 0);
  return <LibraryList catalogue={catalogue} scale={{ bodies: names.data.length, reports, found, listed }} />;
}

const FORMATS = ['2021', '2019', 'free'] as const;

interface Scale {
  /** Bodies and reports of the whole library. */
  bodies: number;
  reports: number;
  /** Bodies the search finds, and those whose reports are listed. */
  found: number;
  listed: number;
}

function LibraryList({ catalogue, scale }: { catalogue: Catalogue; scale?: Scale }) {
  const t = useT();
  const lang = useLang();
  const view = useStore((s) => s.view);
  const setView = useStore((s) => s.setView);
  const { body, year } = view;
  const format = FORMATS.find((f) => view.only.includes(f)) ?? '';
  const sort = useMemo(() => parseSort(view.sort), [view.sort]);
  const { typed, setTyped, search } = useSearchBox();
  const words = useMemo(() => queryWords(search), [search]);
  const bodies = useMemo(() => new Map(catalogue.bodies.map((b) => [b.id, b])), [catalogue]);
  const years = useMemo(() => [...new Set(catalogue.reports.map((r) => r.year))].sort((a, b) => b - a), [catalogue]);
  const texts = useMemo(
    () => new Map(catalogue.reports.map((r) => [r, searchText(r, bodies.get(r.body))])),
    [catalogue, bodies],
  );
  const shown = useMemo(
    () =>
      sortEntries(
        catalogue.reports.filter(
          (r) =>
            (!body || r.body === body) &&
            (year === null || r.year === year) &&
            (!format || r.format === format) &&
            matches(texts.get(r) ?? '', words),
        ),
        sort,
        bodies,
        lang,
      ),
    [catalogue, texts, body, year, format, words, sort, bodies, lang],
  );
  const clear = () => {
    setTyped('');
    setView({ q: null, body: null, year: null, only: [] });
  };
  const select = 'rounded border border-[var(--border)] bg-[var(--bg)] px-2 py-1';
  const labels: Record<Column, string> = {
    report: t('library.report'),
    body: t('library.body'),
    year: t('library.year'),
    format: t('library.format'),
    read: t('library.read'),
    new: t('library.col.new'),
    disclosed: t('library.col.disclosed'),
    reviews: t('library.col.reviews'),
    lawsuits: t('library.col.lawsuits'),
    'in-force': t('library.col.inForce'),
    checks: t('library.checks'),
  };
  const header = (c: Column, className = '') => (
    <SortHeader
      key={c}
      label={labels[c]}
      active={sort.column === c}
      descending={sort.descending}
      onSort={() => setView({ sort: sortParam(toggleSort(sort, c)) })}
      className={className}
    />
  );
  return (
    <article className="space-y-4" data-view="library">
      <TakeOver />
      <header>
        <h1 className="text-2xl font-bold">{t('library.title')}</h1>
        <p className="mt-1">
          {scale
            ? t('library.introScale', {
                n: formatNumber(scale.reports, lang),
                bodies: formatNumber(scale.bodies, lang),
                limit: FOUND,
              })
            : t('library.intro', { n: catalogue.reports.length, bodies: catalogue.bodies.length })}
        </p>
        <p className="mt-1 text-sm">
          <ViewLink to={{ view: 'review' }} className="text-[var(--accent)] underline underline-offset-2">
            {t('library.reviewLink')}
          </ViewLink>
        </p>
        <p className="mt-1 text-sm">
          <ViewLink to={{ view: 'compare' }} className="text-[var(--accent)] underline underline-offset-2">
            {t('compare.fromLibrary')}
          </ViewLink>
        </p>
      </header>
      <div className="no-print flex flex-wrap items-end gap-3 text-sm" role="search">
        <SearchField
          id="library-search"
          label={t('library.search')}
          value={typed}
          onChange={setTyped}
          hint={t('library.searchHint')}
          className={`${select} w-64 max-w-full`}
        />
        <label className="flex max-w-full flex-col gap-1">
          {t('library.body')}
          {/* A set width, as in trends: sized to its widest option, it costs a long layout. */}
          <select
            value={body ?? ''}
            onChange={(e) => setView({ body: e.target.value || null })}
            className={`${select} w-[28rem] max-w-full`}
          >
            <option value="">{t('library.all')}</option>
            {catalogue.bodies.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name[lang]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          {t('library.year')}
          <select
            value={year ?? ''}
            onChange={(e) => setView({ year: e.target.value ? Number(e.target.value) : null })}
            className={select}
          >
            <option value="">{t('library.all')}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          {t('library.format')}
          <select
            value={format}
            onChange={(e) => setView({ only: e.target.value ? [e.target.value] : [] })}
            className={select}
          >
            <option value="">{t('library.all')}</option>
            {FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`library.format.${f}`)}
              </option>
            ))}
          </select>
        </label>
        {/* On a phone the columns are cards, without headers to click: sorted from here. */}
        <label className="flex flex-col gap-1 sm:hidden">
          {t('library.sortBy')}
          <select
            value={sort.column ?? ''}
            onChange={(e) => setView({ sort: sortParam(parseSort(e.target.value || null)) })}
            className={select}
          >
            <option value="">{t('library.sortDefault')}</option>
            {COLUMNS.map((c) => (
              <option key={c} value={c}>
                {labels[c]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p role="status" className="text-sm" data-testid="library-count">
        {scale && (body === null || scale.found > 0) && (
          <span className="block" data-testid="library-found">
            {foundMessage(t, lang, scale.found, scale.listed)}
          </span>
        )}
        {scale && scale.found === 0 && body === null ? null : shown.length === 0 ? (
          <>
            {search.trim() ? t('library.none', { query: search.trim() }) : t('library.noneFiltered')}{' '}
            <button type="button" onClick={clear} className="text-[var(--accent)] underline underline-offset-2">
              {t('library.clear')}
            </button>
          </>
        ) : (
          t('library.count', { n: shown.length, total: catalogue.reports.length })
        )}
      </p>
      {shown.length > 0 && (
        <ShowMore
          key={`${search}|${body}|${year}|${format}|${view.sort}`}
          items={shown}
          step={STEP}
          moreLabel={(remaining) => t('list.more', { n: Math.min(STEP, remaining), remaining })}
          render={(visible) => (
            <div className="overflow-x-auto">
              <p className="pb-1 text-xs text-[var(--muted)]" id="library-figures">
                <span className="block">{t('library.col.figures')}</span>
                <span className="block">{t('library.col.lawsuitsNote')}</span>
              </p>
              <table
                className={`w-full text-sm ${CARDS}`}
                data-testid="library-table"
                aria-describedby="library-figures"
              >
                <thead>
                  <tr className="text-left align-bottom">
                    {COLUMNS.map((c) => header(c, (HEADLINE as readonly string[]).includes(c) ? 'text-right' : ''))}
                  </tr>
                </thead>
                <tbody>
                  {visible.map((r) => (
                    <LibraryRow key={r.id} entry={r} body={bodies.get(r.body)} labels={labels} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        />
      )}
    </article>
  );
}

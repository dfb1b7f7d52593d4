import { useDeferredValue, useMemo, useState } from 'react';
import { ShowMore } from '../../components/ShowMore';
import { TakeOver } from '../../components/TakeOver';
import { useCatalogue } from '../../mine/hooks';
import type { Catalogue, LibraryEntry } from '../../library/types';
import { useLang, useT } from '../../state/hooks';
import { LibraryStatus } from '../shared/LibraryStatus';
import { useTitle } from '../shared/useTitle';
import { ViewLink } from '../shared/ViewLink';
import { LibraryRow } from './LibraryRow';

const STEP = 100;

/** Every report the site ships and the reader's own (marked as theirs): searchable, filterable by body, year and format, each opening its dashboard. */
export function LibraryPanel() {
  const t = useT();
  const { query, data } = useCatalogue();
  useTitle([t('library.title')]);
  if (!data) return <LibraryStatus query={query} />;
  return <LibraryList catalogue={data} />;
}

function LibraryList({ catalogue }: { catalogue: Catalogue }) {
  const t = useT();
  const lang = useLang();
  const [q, setQ] = useState('');
  const [body, setBody] = useState('');
  const [year, setYear] = useState('');
  const [format, setFormat] = useState('');
  // The keystroke paints at once; the (possibly long) list follows in a transition.
  const search = useDeferredValue(q.trim().toLowerCase());
  // Every word must appear somewhere in the report's title, body, region or year.
  const words = useMemo(() => search.split(/\s+/).filter(Boolean), [search]);
  const bodies = useMemo(() => new Map(catalogue.bodies.map((b) => [b.id, b])), [catalogue]);
  const years = useMemo(() => [...new Set(catalogue.reports.map((r) => r.year))].sort((a, b) => b - a), [catalogue]);
  const shown = useMemo(() => {
    const text = (r: LibraryEntry) => {
      const b = bodies.get(r.body);
      return `${r.title[lang]} ${b?.name[lang] ?? ''} ${b?.region[lang] ?? ''} ${r.year}`.toLowerCase();
    };
    return catalogue.reports.filter(
      (r) =>
        (!body || r.body === body) &&
        (!year || String(r.year) === year) &&
        (!format || r.format === format) &&
        (words.length === 0 || words.every((w) => text(r).includes(w))),
    );
  }, [catalogue, bodies, lang, body, year, format, words]);
  const select = 'rounded border border-[var(--border)] bg-[var(--bg)] px-2 py-1';
  return (
    <article className="space-y-4" data-view="library">
      <TakeOver />
      <header>
        <h1 className="text-2xl font-bold">{t('library.title')}</h1>
        <p className="mt-1">{t('library.intro', { n: catalogue.reports.length, bodies: catalogue.bodies.length })}</p>
        <p className="mt-1 text-sm">
          <ViewLink to={{ view: 'review' }} className="text-[var(--accent)] underline underline-offset-2">
            {t('library.reviewLink')}
          </ViewLink>
        </p>
      </header>
      <div className="flex flex-wrap items-end gap-3 text-sm" role="search">
        <label className="flex flex-col gap-1">
          {t('library.search')}
          <input type="search" value={q} onChange={(e) => setQ(e.target.value)} className={`${select} w-64`} />
        </label>
        <label className="flex flex-col gap-1">
          {t('library.body')}
          {/* A set width, as in trends: sized to its widest option, it costs a long layout. */}
          <select value={body} onChange={(e) => setBody(e.target.value)} className={`${select} w-[28rem] max-w-full`}>
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
          <select value={year} onChange={(e) => setYear(e.target.value)} className={select}>
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
          <select value={format} onChange={(e) => setFormat(e.target.value)} className={select}>
            <option value="">{t('library.all')}</option>
            {(['2021', '2019', 'free'] as const).map((f) => (
              <option key={f} value={f}>
                {t(`library.format.${f}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p role="status" className="text-sm" data-testid="library-count">
        {t('library.count', { n: shown.length, total: catalogue.reports.length })}
      </p>
      <ShowMore
        key={`${search}|${body}|${year}|${format}`}
        items={shown}
        step={STEP}
        moreLabel={(remaining) => t('list.more', { n: Math.min(STEP, remaining), remaining })}
        render={(visible) => (
          <div className="overflow-x-auto">
            <table className="w-full text-sm" data-testid="library-table">
              <thead>
                <tr className="text-left">
                  <th scope="col" className="py-1 pr-2">
                    {t('library.report')}
                  </th>
                  <th scope="col" className="py-1 pr-2">
                    {t('library.body')}
                  </th>
                  <th scope="col" className="py-1 pr-2">
                    {t('library.year')}
                  </th>
                  <th scope="col" className="py-1 pr-2">
                    {t('library.format')}
                  </th>
                  <th scope="col" className="py-1 pr-2">
                    {t('library.checks')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {visible.map((r) => (
                  <LibraryRow key={r.id} entry={r} body={bodies.get(r.body)} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      />
    </article>
  );
}

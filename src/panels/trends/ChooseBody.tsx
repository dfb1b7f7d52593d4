import { useState } from 'react';
import { SearchField } from '../../components/SearchField';
import { TakeOver } from '../../components/TakeOver';
import { formatNumber } from '../../i18n/format';
import { useLang, useT } from '../../state/hooks';
import { LibraryStatus } from '../shared/LibraryStatus';
import { useFoundNames } from '../shared/useFoundNames';
import { useTitle } from '../shared/useTitle';
import { ViewLink } from '../shared/ViewLink';

/**
 * Trends without a body, in a library too large to pick one from a list (150,000 bodies): a body is found by
 * its name in the names table and opened; no part of the tables is read until one is.
 */
export function ChooseBody() {
  const t = useT();
  const lang = useLang();
  const [typed, setTyped] = useState('');
  const { names, found, total, words } = useFoundNames(typed);
  useTitle([t('trends.chooseTitle')]);
  return (
    <article className="space-y-4" data-view="trends">
      <TakeOver />
      <header>
        <h1 className="text-2xl font-bold">{t('trends.chooseTitle')}</h1>
        <p className="mt-1 text-sm">{t('trends.choose')}</p>
      </header>
      <div className="no-print text-sm" role="search">
        <SearchField
          id="trends-search"
          label={t('library.search')}
          value={typed}
          onChange={setTyped}
          className="w-64 max-w-full rounded border border-[var(--border)] bg-[var(--bg)] px-2 py-1"
        />
      </div>
      {words.length > 0 &&
        (!names.data ? (
          <LibraryStatus query={names} />
        ) : (
          <>
            <p role="status" className="text-sm" data-testid="trends-found">
              {total === 0
                ? t('trends.noBody', { query: words.join(' ') })
                : t(total > found.length ? 'trends.foundMore' : 'trends.found', {
                    n: total,
                    count: formatNumber(total, lang),
                    listed: found.length,
                  })}
            </p>
            <ul className="space-y-1">
              {found.map((b) => (
                <li key={b.id}>
                  <ViewLink
                    to={{ view: 'trends', body: b.id }}
                    className="text-[var(--accent)] underline underline-offset-2"
                  >
                    {b.name[lang]}
                  </ViewLink>
                  {/* Townships share names across provinces: the id tells them apart. */}
                  <span className="ml-2 text-xs text-[var(--muted)]">{b.id}</span>
                </li>
              ))}
            </ul>
          </>
        ))}
    </article>
  );
}

import { formatNumber } from '../../i18n/format';
import { HEADLINE } from '../../library/search';
import { isMine } from '../../mine/queries';
import type { Body, LibraryEntry } from '../../library/types';
import { useLang, useT } from '../../state/hooks';
import { reportView } from '../shared/openReport';
import { ViewLink } from '../shared/ViewLink';
import type { Column } from './sort';

/** One report: its title opens its dashboard, its body the body's years, its checks result its Checks. */
export function LibraryRow({
  entry: r,
  body,
  labels,
}: {
  entry: LibraryEntry;
  body: Body | undefined;
  /** Each column's name, said before its cell on a phone (the rows are cards there). */
  labels: Readonly<Record<Column, string>>;
}) {
  const t = useT();
  const lang = useLang();
  const result = (e: LibraryEntry) =>
    e.checks.fails > 0
      ? t('library.fails', { fails: e.checks.fails, total: e.checks.total })
      : t('library.holds', { total: e.checks.total });
  return (
    <tr className="border-t border-[var(--border)] align-top" data-report-id={r.id} data-mine={isMine(r) || undefined}>
      <th scope="row" className="py-1.5 pr-2 text-left font-normal max-sm:font-semibold">
        <ViewLink to={reportView(r.data)} className="text-[var(--accent)] underline underline-offset-2">
          {r.title[lang]}
        </ViewLink>
        {isMine(r) && (
          <span className="ml-2 rounded bg-[var(--surface)] px-1.5 text-xs font-semibold" data-testid="yours">
            {t('mine.yours')}
          </span>
        )}
      </th>
      <td data-label={labels.body} className="py-1.5 pr-2">
        {body ? (
          <ViewLink to={{ view: 'trends', body: body.id }} className="underline underline-offset-2">
            {body.name[lang]}
          </ViewLink>
        ) : (
          r.body
        )}
        {body && <span className="block text-xs text-[var(--muted)]">{body.region[lang]}</span>}
      </td>
      <td data-label={labels.year} className="py-1.5 pr-2 tabular-nums">
        {r.year}
      </td>
      <td data-label={labels.format} className="py-1.5 pr-2">
        {t(`library.format.${r.format}`)}
      </td>
      <td data-label={labels.read} className="py-1.5 pr-2">
        {r.read ? t(`review.read.${r.read}`) : '—'}
      </td>
      {HEADLINE.map((k) => {
        const v = r.headline?.[k];
        return (
          <td
            key={k}
            data-label={labels[k]}
            className="py-1.5 pr-2 text-right tabular-nums max-sm:text-left"
            data-headline={k}
          >
            {v === undefined ? <span title={t('library.notStated')}>—</span> : formatNumber(v, lang)}
          </td>
        );
      })}
      <td data-label={labels.checks} className="py-1.5 pr-2 tabular-nums" data-fails={r.checks.fails}>
        {r.checks.total === 0 ? (
          t('library.noChecks')
        ) : (
          <ViewLink
            to={reportView(r.data, 'checks')}
            aria-label={t('library.openChecks', { result: result(r) })}
            className={`underline underline-offset-2 ${r.checks.fails > 0 ? 'font-semibold text-[var(--bad)]' : ''}`}
          >
            {result(r)}
          </ViewLink>
        )}
      </td>
    </tr>
  );
}

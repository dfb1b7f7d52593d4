import { isMine } from '../../mine/queries';
import type { Body, LibraryEntry } from '../../library/types';
import { useLang, useT } from '../../state/hooks';
import { reportView } from '../shared/openReport';
import { ViewLink } from '../shared/ViewLink';

/** One report: its title opens its dashboard, its body opens the body's years. */
export function LibraryRow({ entry: r, body }: { entry: LibraryEntry; body: Body | undefined }) {
  const t = useT();
  const lang = useLang();
  return (
    <tr className="border-t border-[var(--border)] align-top" data-report-id={r.id} data-mine={isMine(r) || undefined}>
      <th scope="row" className="py-1.5 pr-2 text-left font-normal">
        <ViewLink to={reportView(r.data)} className="text-[var(--accent)] underline underline-offset-2">
          {r.title[lang]}
        </ViewLink>
        {isMine(r) && (
          <span className="ml-2 rounded bg-[var(--surface)] px-1.5 text-xs font-semibold" data-testid="yours">
            {t('mine.yours')}
          </span>
        )}
      </th>
      <td className="py-1.5 pr-2">
        {body ? (
          <ViewLink to={{ view: 'trends', body: body.id }} className="underline underline-offset-2">
            {body.name[lang]}
          </ViewLink>
        ) : (
          r.body
        )}
        {body && <span className="block text-xs text-[var(--muted)]">{body.region[lang]}</span>}
      </td>
      <td className="py-1.5 pr-2 tabular-nums">{r.year}</td>
      <td className="py-1.5 pr-2">{t(`library.format.${r.format}`)}</td>
      <td className="py-1.5 pr-2 tabular-nums" data-fails={r.checks.fails}>
        {r.checks.total === 0 ? (
          t('library.noChecks')
        ) : r.checks.fails > 0 ? (
          <span className="font-semibold text-[var(--bad)]">
            {t('library.fails', { fails: r.checks.fails, total: r.checks.total })}
          </span>
        ) : (
          t('library.holds', { total: r.checks.total })
        )}
      </td>
    </tr>
  );
}

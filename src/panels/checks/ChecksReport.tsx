import { Menu, type MenuItem } from '../../components/Menu';
import { exportName } from '../../export/name';
import { useDataset, useLang, useT } from '../../state/hooks';
import { useStore } from '../../state/store';
import type { ChecksReportWords } from '../../review/words';
import type { useChecksReport } from './useChecksReport';

type Report = ReturnType<typeof useChecksReport>;

const loadFiles = () => Promise.all([import('../../export/checksReport'), import('../../export/download')]);

/** The checks report to send back: Word, CSV, or a layout to print. */
export function ChecksReportMenu({ report, onPrint }: { report: Report; onPrint: () => void }) {
  const t = useT();
  const lang = useLang();
  const toast = useStore((s) => s.toast);
  const save = (ext: 'docx' | 'csv') => async () => {
    try {
      const [files, { downloadBlob }] = await loadFiles();
      const blob =
        ext === 'docx'
          ? await files.checksDocx(report.words, lang)
          : files.checksCsv(report.words, report.found, { reportId: report.reportId });
      const name = exportName(['checks', report.reportId, lang], ext);
      downloadBlob(blob, name);
      toast(t('export.saved', { name }));
    } catch (e) {
      toast(t('export.failed', { message: e instanceof Error ? e.message : String(e) }), 'error');
    }
  };
  const items: MenuItem[] = [
    { id: 'checks-docx', label: t('review.docx'), run: () => void save('docx')() },
    { id: 'checks-csv', label: t('review.csv'), run: () => void save('csv')() },
    { id: 'checks-print', label: t('review.print'), run: onPrint },
  ];
  return (
    <Menu
      label={t('review.export')}
      labelRest={t('review.exportRest')}
      items={items}
      onIntent={() => void loadFiles()}
    />
  );
}

/** The report as a page: header, summary, one row per finding; the table's header repeats on every printed page. */
export function ChecksReportPrint({ words: w, onBack }: { words: ChecksReportWords; onBack: () => void }) {
  const t = useT();
  const source = useDataset().meta.language;
  const c = w.columns;
  return (
    <article className="space-y-4" data-testid="checks-report">
      <div className="no-print flex gap-2 text-sm">
        <button type="button" className="rounded border border-[var(--border)] px-2 py-0.5" onClick={onBack}>
          {t('review.back')}
        </button>
        <button
          type="button"
          className="rounded border border-[var(--border)] px-2 py-0.5"
          onClick={() => window.print()}
        >
          {t('review.printNow')}
        </button>
      </div>
      <h1 className="text-2xl font-bold">{w.title}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {w.header.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd className="break-all">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="font-semibold" data-testid="checks-report-summary">
        {w.summary}
      </p>
      {/* On a phone each finding is a card: six columns do not fit 390 px without cutting numbers. */}
      <ul className="space-y-3 text-sm sm:hidden print:hidden">
        {w.rows.map((r) => (
          <li
            key={`${r.kind}.${r.id}`}
            className="rounded border border-[var(--border)] p-2"
            data-finding-card={r.kind}
          >
            <p className="font-semibold">{r.kindLabel}</p>
            <p className="font-semibold">{r.figure}</p>
            <p>{r.check}</p>
            {r.note && <p className="text-[var(--muted)]">{r.note}</p>}
            {r.stated !== '' && (
              <dl className="mt-1 grid grid-cols-3 gap-1 tabular-nums">
                {(
                  [
                    [c.stated, r.stated],
                    [c.computed, r.computed],
                    [c.difference, r.difference],
                  ] as const
                ).map(([label, value]) => (
                  <div key={label}>
                    <dt className="text-xs text-[var(--muted)]">{label}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
            )}
            {r.quote && (
              <q lang={source} className="mt-1 block break-all">
                {r.quote}
              </q>
            )}
            <p className="text-[var(--muted)]">{r.where}</p>
          </li>
        ))}
      </ul>
      {w.rows.length > 0 && (
        <table className="checks-report w-full text-sm max-sm:hidden print:table">
          <thead>
            <tr className="text-left align-bottom">
              <th scope="col" className="pr-2">
                {c.kind}
              </th>
              <th scope="col" className="pr-2">
                {c.figureCheck}
              </th>
              <th scope="col" className="pr-2 text-right">
                {c.stated}
              </th>
              <th scope="col" className="pr-2 text-right">
                {c.computed}
              </th>
              <th scope="col" className="pr-2 text-right">
                {c.difference}
              </th>
              <th scope="col">{c.quoteWhere}</th>
            </tr>
          </thead>
          <tbody>
            {w.rows.map((r) => (
              <tr key={`${r.kind}.${r.id}`} className="border-t border-[var(--border)] align-top" data-finding={r.kind}>
                <td className="py-1 pr-2">{r.kindLabel}</td>
                <td className="py-1 pr-2">
                  <span className="block font-semibold">{r.figure}</span>
                  <span className="block">{r.check}</span>
                  {r.note && <span className="block text-[var(--muted)]">{r.note}</span>}
                </td>
                <td className="py-1 pr-2 text-right tabular-nums">{r.stated}</td>
                <td className="py-1 pr-2 text-right tabular-nums">{r.computed}</td>
                <td className="py-1 pr-2 text-right tabular-nums">{r.difference}</td>
                <td className="py-1">
                  <q lang={source} className="block break-all">
                    {r.quote}
                  </q>
                  <span className="block text-[var(--muted)]">{r.where}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}

/** What could not be checked, apart from the checks that ran: parts not read and checks whose figures are missing. */
export function NotChecked({ found }: { found: Report['found'] }) {
  const t = useT();
  const lang = useLang();
  const parts = found.findings.filter((f) => f.kind === 'incomplete');
  const notRun = found.findings.filter((f) => f.kind === 'not-run');
  if (parts.length === 0 && notRun.length === 0) return null;
  return (
    <section className="space-y-2 rounded-lg border border-[var(--warn)] p-3 text-sm" data-testid="checks-not-run">
      {parts.length > 0 && (
        <>
          <h2 className="font-semibold">{t('review.incomplete', { n: parts.length })}</h2>
          <ul className="list-disc pl-5">
            {parts.map((f) => (
              <li key={f.id}>{f.check[lang]}</li>
            ))}
          </ul>
        </>
      )}
      {notRun.length > 0 && (
        <>
          <h2 className="font-semibold">{t('review.notRun', { n: notRun.length })}</h2>
          <ul className="list-disc pl-5">
            {notRun.map((f) => (
              <li key={f.id} data-relation-id={f.id}>
                {f.check[lang]}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

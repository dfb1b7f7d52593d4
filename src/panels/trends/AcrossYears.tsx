import { useMemo } from 'react';
import { formatNumber, formatSigned } from '../../i18n/format';
import { acrossYears } from '../../library/acrossYears';
import type { BodyFile, Catalogue } from '../../library/types';
import { useLang, useT } from '../../state/hooks';
import { openReportAt } from '../shared/openReport';

/** The body's checks across years, both sides shown; each side opens its report at its figure. */
export function AcrossYears({ catalogue, file }: { catalogue: Catalogue; file: BodyFile }) {
  const t = useT();
  const lang = useLang();
  const results = useMemo(
    () =>
      acrossYears(file).sort(
        (a, b) => Number(b.verdict === 'fails') - Number(a.verdict === 'fails') || a.year - b.year,
      ),
    [file],
  );
  const fails = results.filter((r) => r.verdict === 'fails').length;
  return (
    <section aria-labelledby="across-title" className="lazy-block space-y-2" data-testid="across-years">
      <h2 id="across-title" className="text-lg font-semibold">
        {t('trends.across')}
      </h2>
      <p className="text-sm">{t('trends.acrossIntro')}</p>
      {results.length === 0 ? (
        <p role="status">{t('trends.acrossNone')}</p>
      ) : (
        <>
          <p className="font-semibold">{t('checks.summary', { exact: results.length - fails, rounding: 0, fails })}</p>
          <div className="overflow-x-auto">
            <table className="w-full text-sm">
              <thead>
                <tr className="text-left">
                  <th scope="col" className="py-1 pr-2">
                    {t('checks.check')}
                  </th>
                  <th scope="col" className="py-1 pr-2">
                    {t('checks.result')}
                  </th>
                  <th scope="col" className="py-1 pr-2 text-right">
                    {t('checks.stated')}
                  </th>
                  <th scope="col" className="py-1 pr-2 text-right">
                    {t('checks.computed')}
                  </th>
                  <th scope="col" className="py-1 text-right">
                    {t('checks.difference')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {results.map((r) => (
                  <tr
                    key={r.id}
                    data-across-id={r.id}
                    data-verdict={r.verdict}
                    className="border-t border-[var(--border)] align-top"
                  >
                    <th scope="row" className="py-1.5 pr-2 text-left font-normal">
                      {r.label[lang]}
                    </th>
                    <td
                      className={`py-1.5 pr-2 ${r.verdict === 'fails' ? 'font-semibold text-[var(--bad)]' : 'text-[var(--ok)]'}`}
                    >
                      {t(`checks.verdict.${r.verdict}`)}
                    </td>
                    <td className="py-1.5 pr-2 text-right tabular-nums">
                      <FactButton catalogue={catalogue} refs={r.facts.stated} label={formatNumber(r.stated, lang)} />
                    </td>
                    <td className="py-1.5 pr-2 text-right tabular-nums">
                      <FactButton
                        catalogue={catalogue}
                        refs={r.facts.computed}
                        label={formatNumber(r.computed, lang)}
                      />
                    </td>
                    <td
                      className={`py-1.5 text-right tabular-nums ${r.verdict === 'fails' ? 'font-semibold text-[var(--bad)]' : ''}`}
                    >
                      {formatSigned(r.difference, lang)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

/** A side of a check: its number, opening the first report it reads at that figure. */
function FactButton({
  catalogue,
  refs,
  label,
}: {
  catalogue: Catalogue;
  refs: { report: string; fact: string }[];
  label: string;
}) {
  const first = refs[0];
  if (!first) return <>{label}</>;
  return (
    <button
      type="button"
      className="underline decoration-dotted underline-offset-2"
      title={refs.map((r) => `${r.report}: ${r.fact}`).join('\n')}
      onClick={() => openReportAt(catalogue, first.report, first.fact)}
    >
      {label}
    </button>
  );
}

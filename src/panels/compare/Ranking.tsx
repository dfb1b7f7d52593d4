import type { ChartBar } from '../../charts/model';
import { rankWithTies, type CompareRow } from '../../library/compare';
import { useLang, useT } from '../../state/hooks';

/**
 * The year's values as a ranked table: ties share a rank (two 2nds, then a
 * 4th), each value as its chart labels it (a rate with its base) and its check.
 */
export function Ranking({
  rows,
  year,
  valueLabel,
  bar,
}: {
  rows: readonly CompareRow[];
  year: number;
  valueLabel: (b: ChartBar) => string;
  bar: (body: string) => ChartBar | undefined;
}) {
  const t = useT();
  const lang = useLang();
  const ranked = rankWithTies(rows);
  if (ranked.length === 0) return null;
  return (
    <section aria-labelledby="ranking-title" className="space-y-2" data-testid="compare-ranking">
      <h2 id="ranking-title" className="text-lg font-semibold">
        {t('compare.ranking', { year })}
      </h2>
      <table className="text-sm">
        <thead>
          <tr className="text-left">
            <th scope="col" className="py-1 pr-3">
              {t('compare.rank')}
            </th>
            <th scope="col" className="py-1 pr-3">
              {t('library.body')}
            </th>
            <th scope="col" className="py-1 pr-3 text-right">
              {t('chart.value')}
            </th>
          </tr>
        </thead>
        <tbody>
          {ranked.map(({ row, rank, tied }) => {
            const b = bar(row.body.id);
            return (
              <tr
                key={row.body.id}
                className="border-t border-[var(--border)]"
                data-rank={rank}
                data-body={row.body.id}
              >
                <td className="py-1 pr-3 tabular-nums">{tied ? t('compare.tied', { rank }) : rank}</td>
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  {row.body.name[lang]}
                  {row.body.level && (
                    <span className="ml-2 text-xs text-[var(--muted)]">{t(`compare.level.${row.body.level}`)}</span>
                  )}
                </th>
                <td
                  className={`py-1 pr-3 text-right tabular-nums ${b?.check === 'does-not-hold' ? 'text-[var(--bad)]' : ''}`}
                >
                  {b ? valueLabel(b) : ''}
                  {b?.check === 'does-not-hold' && ' ⚠'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

import { useRef } from 'react';
import { useNearScreen } from '../../charts/useNearScreen';
import { buildSeries } from '../../library/series';
import type { Body, Catalogue, Indicator } from '../../library/types';
import { useBodyFile } from '../../mine/hooks';
import type { MyReport } from '../../mine/record';
import { useLang, useT } from '../../state/hooks';
import type { Lang } from '../../data/schema';
import { formatNumber } from '../../i18n/format';
import { inUnit, indicatorShort, indicatorValue, unitNote } from '../shared/indicatorFormat';
import { openReportAt } from '../shared/openReport';

/**
 * Several years at once: one row per body, one column per year of their
 * reports, each value opening its report at that number. A year the report
 * does not give is —, a year without a report is blank; a number read from a
 * sentence is marked, as in trends.
 */
export function CompareYears(p: {
  catalogue: Catalogue;
  shipped: Catalogue;
  mine: readonly MyReport[];
  bodies: readonly Body[];
  indicator: Indicator;
}) {
  const t = useT();
  const lang = useLang();
  const ids = new Set(p.bodies.map((b) => b.id));
  const years = [...new Set(p.catalogue.reports.filter((r) => ids.has(r.body)).map((r) => r.year))].sort(
    (a, b) => a - b,
  );
  // Below the first screen: its rows (a file per body) are asked for once the reader comes near.
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearScreen(ref);
  if (p.bodies.length === 0 || years.length === 0) return null;
  return (
    <section aria-labelledby="years-title" className="group lazy-block space-y-2" data-testid="compare-years">
      <h2 id="years-title" className="text-lg font-semibold">
        {t('compare.years', { indicator: p.indicator.label[lang] })}
      </h2>
      <p className="text-sm">
        {t('compare.yearsIntro')}
        {lang === 'en' ? ' ' : ''}
        {unitNote(p.indicator, lang)}
      </p>
      <div ref={ref} className="min-h-24 overflow-x-auto">
        <table className="text-sm">
          <thead>
            <tr className="text-left">
              <th scope="col" className="py-1 pr-3">
                {t('library.body')}
              </th>
              {years.map((y) => (
                <th key={y} scope="col" className="py-1 pr-3 text-right tabular-nums">
                  {y}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{near && p.bodies.map((b) => <BodyRow key={b.id} {...p} body={b} years={years} />)}</tbody>
        </table>
      </div>
      {/* Said only once a row shows a value read from the text (rows arrive one file at a time). */}
      <p className="hidden text-xs text-[var(--muted)] group-has-[[data-from-text]]:block">* {t('trends.fromText')}</p>
    </section>
  );
}

/** Short: a count or a share without its noun (the heading names the figure). */
function cell(ind: Indicator, value: number, lang: Lang): string {
  if (ind.unit === '%') return `${formatNumber(value, lang, 1)}%`;
  // An amount at two decimals, its unit said once above the table.
  return ind.unit === '件' || ind.unit === '条' ? formatNumber(value, lang) : indicatorShort(ind, value, lang, 2);
}

function BodyRow(p: {
  catalogue: Catalogue;
  shipped: Catalogue;
  mine: readonly MyReport[];
  body: Body;
  years: readonly number[];
  indicator: Indicator;
}) {
  const t = useT();
  const lang = useLang();
  const file = useBodyFile(p.catalogue, p.shipped, p.mine, p.body.id);
  const series = file.data ? buildSeries(file.data, p.indicator) : null;
  const byYear = new Map(series?.years.map((y) => [y.year, y]));
  const name = (
    <th scope="row" className="py-1 pr-3 text-left font-normal whitespace-nowrap">
      {p.body.name[lang]}
    </th>
  );
  // Until its file is read a row says so: blank cells would say "no report" for every year.
  if (!series)
    return (
      <tr className="border-t border-[var(--border)]" data-body={p.body.id} aria-busy={!file.query.isError}>
        {name}
        <td colSpan={p.years.length} className="py-1 pr-3 whitespace-nowrap text-[var(--muted)]">
          {t(file.query.isError ? 'compare.rowFailed' : 'compare.rowLoading')}
        </td>
      </tr>
    );
  return (
    <tr className="border-t border-[var(--border)]" data-body={p.body.id}>
      {name}
      {p.years.map((year) => {
        const y = byYear.get(year);
        const point = y?.point;
        return (
          <td
            key={year}
            className="py-1 pr-3 text-right whitespace-nowrap tabular-nums"
            data-year={year}
            // The cell's whole value, its unit included, for a screen reader and a pointer.
            title={point ? indicatorValue(inUnit(p.indicator, point.unit), point.value, lang) : undefined}
          >
            {point && y.report ? (
              <button
                type="button"
                className={`underline decoration-dotted underline-offset-2 ${point.check === 'does-not-hold' ? 'text-[var(--bad)]' : ''}`}
                onClick={() => openReportAt(p.catalogue, y.report ?? '', point.facts[0] ?? null)}
              >
                {cell(inUnit(p.indicator, point.unit), point.value, lang)}
                {point.fromText && <span data-from-text>*</span>}
                {point.check === 'does-not-hold' && ' ⚠'}
              </button>
            ) : y && y.state !== 'no-report' ? (
              <span title={t('trends.notStated')}>—</span>
            ) : (
              ''
            )}
          </td>
        );
      })}
    </tr>
  );
}

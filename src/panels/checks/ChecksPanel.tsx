import { useEffect, useMemo, useState } from 'react';
import { ShowMore } from '../../components/ShowMore';
import { CARDS } from '../../components/PagedTable';
import { SortHeader } from '../../components/SortHeader';
import { TakeOver } from '../../components/TakeOver';
import { reconcile, type Verdict } from '../../data/reconcile';
import { hasFilters, indexDataset, tagsMatch } from '../../data/selectors';
import { useContentFilters, useDataset, useLang, useT } from '../../state/hooks';
import { useStore } from '../../state/store';
import { sortResults, type SortKey } from './checkFormat';
import { CheckRow } from './CheckRow';
import { NonFigures } from './NonFigures';
import { DraftedFigures } from './DraftedFigures';
import { ChecksReportMenu, ChecksReportPrint, NotChecked } from './ChecksReport';
import { useChecksReport } from './useChecksReport';
import { addEnglish } from '../../i18n/messages';
import { enReview } from '../../i18n/en-review';

addEnglish(enReview);

const STEP = 100;
const VERDICTS: Verdict[] = ['fails', 'rounding', 'exact'];

/**
 * Every relation the dataset declares, computed, as one compact table: fails
 * first, filterable by result, sortable by column, each row opening its figures.
 * The page's filters keep the checks that read a figure they keep; a selected
 * figure (a card's ⚠ links here) has its checks marked and brought into view.
 */
export default function ChecksPanel() {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  const filters = useContentFilters();
  const filtered = hasFilters(filters);
  const selected = useStore((s) => (s.view.select?.dimension === 'fact' ? s.view.select.id : null));
  const all = useMemo(() => reconcile(d), [d]);
  const results = useMemo(() => {
    if (!filtered) return all;
    const byId = indexDataset(d).factById;
    return all.filter((r) => r.facts.some((id) => tagsMatch(byId.get(id)?.tags, filters)));
  }, [all, d, filters, filtered]);
  useEffect(() => {
    if (!selected) return;
    const row = document.querySelector('tr[data-selected="true"][data-verdict="fails"], tr[data-selected="true"]');
    row?.scrollIntoView({ block: 'center' });
  }, [selected]);
  const selectedLabel = selected ? indexDataset(d).factById.get(selected)?.label[lang] : undefined;
  const [shown, setShown] = useState<Verdict | 'all'>('all');
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'verdict', descending: false });
  const report = useChecksReport();
  const [printing, setPrinting] = useState(false);
  const rows = useMemo(
    () =>
      sortResults(
        results.filter((r) => shown === 'all' || r.verdict === shown),
        sort.key,
        sort.descending,
        lang,
      ),
    [results, shown, sort, lang],
  );
  const count = (v: Verdict) => results.filter((r) => r.verdict === v).length;
  const header = (key: SortKey | null, label: string, align = 'text-left') => (
    <SortHeader
      label={label}
      active={key !== null && sort.key === key}
      descending={sort.descending}
      onSort={
        key ? () => setSort({ key, descending: sort.key === key ? !sort.descending : key === 'difference' }) : undefined
      }
      className={align}
    />
  );
  if (printing) return <ChecksReportPrint words={report.words} onBack={() => setPrinting(false)} />;
  return (
    <article className="space-y-4" data-area="checks">
      <TakeOver />
      <header>
        <h1 className="text-2xl font-bold">{t('checks.title')}</h1>
        <p className="mt-1">{t('checks.intro')}</p>
        <div className="no-print mt-2">
          <ChecksReportMenu report={report} onPrint={() => setPrinting(true)} />
        </div>
        <p className="mt-2 font-semibold" data-testid="checks-summary">
          {t('checks.summary', { exact: count('exact'), rounding: count('rounding'), fails: count('fails') })}
        </p>
        {filtered && (
          <p className="mt-1 text-sm" data-testid="checks-filtered">
            {t('checks.filtered', { n: results.length, total: all.length })}
          </p>
        )}
        {selectedLabel && (
          <p className="mt-1 text-sm" data-testid="checks-selected">
            {t('checks.selected', { label: selectedLabel })}
          </p>
        )}
      </header>
      {/* On paper the toggles go; which checks the page holds stays said. */}
      {shown !== 'all' && (
        <p className="print-only text-sm">
          {t('checks.show')}: {t(`checks.verdict.${shown}`)} ({count(shown)})
        </p>
      )}
      <fieldset className="no-print flex flex-wrap items-center gap-2 text-sm">
        <legend className="sr-only">{t('checks.show')}</legend>
        {(['all', ...VERDICTS] as const).map((v) => (
          <label
            key={v}
            className={`cursor-pointer rounded border px-2 py-0.5 ${shown === v ? 'border-[var(--accent)] bg-[var(--surface)] font-semibold' : 'border-[var(--border)]'}`}
          >
            <input
              type="radio"
              name="checks-verdict"
              className="sr-only"
              checked={shown === v}
              onChange={() => setShown(v)}
              data-verdict-filter={v}
            />
            {v === 'all' ? t('checks.all', { n: results.length }) : `${t(`checks.verdict.${v}`)} (${count(v)})`}
          </label>
        ))}
      </fieldset>
      <ShowMore
        items={rows}
        step={STEP}
        moreLabel={(remaining) => t('list.more', { n: Math.min(STEP, remaining), remaining })}
        render={(visible) => (
          <div className="overflow-x-auto">
            <table className={`w-full text-sm ${CARDS}`} data-testid="checks-table">
              <thead>
                <tr className="text-left">
                  {header('label', t('checks.check'))}
                  {header('kind', t('checks.type'))}
                  {header('verdict', t('checks.result'))}
                  {header(null, t('checks.stated'), 'text-right')}
                  {header(null, t('checks.computed'), 'text-right')}
                  {header('difference', t('checks.difference'), 'text-right')}
                </tr>
              </thead>
              <tbody>
                {visible.map((r) => (
                  <CheckRow key={r.relation.id} result={r} selected={selected !== null && r.facts.includes(selected)} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      />
      <NotChecked found={report.found} />
      <DraftedFigures />
      <NonFigures />
    </article>
  );
}

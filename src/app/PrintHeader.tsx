import { formatDate } from '../i18n/format';
import { useDataset, useFilters, useLang, useT } from '../state/hooks';
import { useStore } from '../state/store';
import { describeFilters } from '../panels/shared/useFilterSummary';

/** On paper only: which report, under which filters, from which link, printed when. */
export function PrintHeader() {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  const filters = describeFilters(d, useFilters(), lang, t);
  // Re-rendered on every view change, so the link printed is the view printed.
  useStore((s) => s.view);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div className="print-only mb-4 border-b border-[var(--border)] pb-2 text-sm" data-testid="print-header">
      <p className="font-semibold">{d.meta.title[lang]}</p>
      <p>{t('print.filters', { filters: filters || t('export.noFilters') })}</p>
      <p className="break-all">{t('print.url', { url: window.location.href })}</p>
      <p>{t('print.date', { date: formatDate(today, lang) })}</p>
    </div>
  );
}

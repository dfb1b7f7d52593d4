import { formatDate } from '../i18n/format';
import { useContentFilters, useContentView, useDataset, useLang, useT } from '../state/hooks';
import { describeFilters } from '../panels/shared/useFilterSummary';
import { viewHref } from './urlSync';

/** On paper only: which report, under which filters, from which link, printed when. */
export function PrintHeader() {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  const filters = describeFilters(d, useContentFilters(), lang, t);
  // From the view itself, so the link printed is the view printed (the address bar follows a frame later).
  const view = useContentView();
  const today = new Date().toISOString().slice(0, 10);
  return (
    // Never in a prerendered screen (data-pre-skip): its link and date are the reader's, not the build's.
    <div
      className="print-only mb-4 border-b border-[var(--border)] pb-2 text-sm"
      data-testid="print-header"
      data-pre-skip=""
    >
      <p className="font-semibold">{d.meta.title[lang]}</p>
      <p>{t('print.filters', { filters: filters || t('export.noFilters') })}</p>
      <p className="break-all">{t('print.url', { url: viewHref(view) })}</p>
      <p>{t('print.date', { date: formatDate(today, lang) })}</p>
    </div>
  );
}

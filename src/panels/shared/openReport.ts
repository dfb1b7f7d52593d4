import { NO_FILTERS } from '../../data/url';
import { reportDataUrl } from '../../library/load';
import type { Catalogue } from '../../library/types';
import { useStore } from '../../state/store';

/** Opens a library report's dashboard at one of its figures (its quote in the provenance drawer). */
export function openReportAt(catalogue: Catalogue, report: string, fact: string | null): void {
  const entry = catalogue.reports.find((r) => r.id === report);
  if (!entry) return;
  useStore.getState().setView({
    view: null,
    body: null,
    year: null,
    indicator: null,
    data: reportDataUrl(entry.data),
    area: null,
    fact,
    select: null,
    ...NO_FILTERS,
  });
  window.scrollTo({ top: 0 });
}

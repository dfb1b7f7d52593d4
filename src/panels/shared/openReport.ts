import { NO_FILTERS, type ViewState } from '../../data/url';
import type { QueryClient } from '@tanstack/react-query';
import { catalogueQuery, reportDataUrl } from '../../library/load';
import type { MyReport } from '../../mine/record';
import type { Catalogue } from '../../library/types';
import { useStore } from '../../state/store';

/** The view of a library report's dashboard (an area, a figure): everything of the library's views left behind. */
export function reportView(
  entryData: string,
  area: string | null = null,
  fact: string | null = null,
): Partial<ViewState> {
  return {
    view: null,
    body: null,
    year: null,
    indicator: null,
    sort: null,
    only: [],
    q: null,
    region: null,
    data: reportDataUrl(entryData),
    area,
    fact,
    select: null,
    ...NO_FILTERS,
  };
}

/** Opens a library report's dashboard at one of its figures (its quote in the provenance drawer). */
export function openReportAt(catalogue: Catalogue, report: string, fact: string | null): void {
  const entry = catalogue.reports.find((r) => r.id === report);
  if (!entry) return;
  useStore.getState().setView(reportView(entry.data, null, fact));
  window.scrollTo({ top: 0 });
}

/**
 * Opens a report of a body known only by its id (compare at national scale holds no list of every report):
 * the reader's own from storage, the library's from the body's part of the tables.
 */
export async function openBodyReport(
  client: QueryClient,
  mine: readonly MyReport[],
  body: string,
  report: string,
  fact: string | null,
): Promise<void> {
  const own = mine.find((m) => m.entry.id === report)?.entry;
  const entry = own ?? (await client.fetchQuery(catalogueQuery(body))).reports.find((r) => r.id === report);
  if (!entry) return;
  useStore.getState().setView(reportView(entry.data, null, fact));
  window.scrollTo({ top: 0 });
}

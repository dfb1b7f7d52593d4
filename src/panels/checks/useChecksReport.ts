import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { acrossYears } from '../../library/acrossYears';
import { reviewFindings, type Findings } from '../../review/findings';
import { reportWords, type ChecksReportWords } from '../../review/words';
import { useDataset, useLang, useSourceUrl, useT } from '../../state/hooks';
import { useMineReportAcross } from './useMineReportAcross';

/**
 * The open report's checks report in the reader's language. A report of the
 * library also gets its across-year identities (from its body's file), one of
 * the reader's against the year before it (as the board counts them); a local
 * file is checked on its own.
 */
export function useChecksReport(): { words: ChecksReportWords; found: Findings; reportId: string } {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  const sourceUrl = useSourceUrl();
  const body = d.meta.body?.id;
  const fromLibrary = sourceUrl?.includes('/data/library/') === true && body !== undefined;
  // The library's loader is imported when asked for: shared with the library's views, it would join the first screen's script.
  const file = useQuery({
    queryKey: ['library', 'body', body ?? ''],
    queryFn: async ({ signal }) => (await import('../../library/load')).fetchBodyFile(body ?? '', signal),
    staleTime: Infinity,
    retry: false,
    enabled: fromLibrary,
  });
  const mine = useMineReportAcross();
  const found = useMemo(
    () => reviewFindings(d, file.data ? acrossYears(file.data) : (mine ?? [])),
    [d, file.data, mine],
  );
  const words = useMemo(() => {
    const source =
      d.meta.imported?.file ?? (sourceUrl ? new URL(sourceUrl, window.location.href).href : d.meta.title[lang]);
    const checked = new Date().toISOString().slice(0, 10);
    return reportWords(d, found, { checked, version: __APP_VERSION__, source }, lang, t);
  }, [d, found, sourceUrl, lang, t]);
  return { words, found, reportId: d.meta.id };
}

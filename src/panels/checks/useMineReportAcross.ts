import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { mineDataId } from '../../data/url';
import { acrossOfMine, type AcrossYearResult } from '../../library/acrossYears';
import { mineQuery } from '../../mine/queries';
import { useStore } from '../../state/store';

/**
 * One of the reader's reports against the year before it: the library's report
 * of its body first (when the library ships the body), then the reader's. The
 * same count the review board shows; undefined while either is loading.
 */
export function useMineReportAcross(): AcrossYearResult[] | undefined {
  const id = mineDataId(useStore((s) => s.view.data));
  const list = useQuery({ ...mineQuery(), enabled: id !== null });
  const me = id === null ? undefined : list.data?.find((m) => m.id === id);
  const body = me?.body.id;
  // A body the library does not ship has no file: that is no year before, not an error.
  const file = useQuery({
    queryKey: ['library', 'body-if-shipped', body ?? ''],
    queryFn: async ({ signal }) => {
      const { fetchBodyFile } = await import('../../library/load');
      return fetchBodyFile(body ?? '', signal).catch(() => null);
    },
    staleTime: Infinity,
    retry: false,
    enabled: body !== undefined,
  });
  return useMemo(() => {
    if (!me || file.data === undefined || !list.data) return undefined;
    return acrossOfMine(me, list.data, file.data);
  }, [me, file.data, list.data]);
}

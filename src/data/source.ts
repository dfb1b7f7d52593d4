import { queryOptions, useQuery } from '@tanstack/react-query';

/** The report text shipped beside a dataset, for showing a quote in context. */

export function sourceUrl(datasetUrl: string, file: string): string {
  return new URL(file, new URL(datasetUrl, window.location.href)).pathname;
}

export async function fetchSourceText(url: string, signal?: AbortSignal): Promise<string> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

export const sourceQueryOptions = (url: string | null) =>
  queryOptions({
    queryKey: ['source', url],
    queryFn: ({ signal }) => (url ? fetchSourceText(url, signal) : Promise.resolve(null)),
    staleTime: Infinity,
    retry: false,
    enabled: url !== null,
  });

export function useSourceText(url: string | null) {
  return useQuery(sourceQueryOptions(url));
}

import { createContext, useContext, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset, Lang } from '../data/schema';
import type { Filters } from '../data/selectors';
import { bundled, loadMessages, makeTranslate, type Messages, type Translate } from '../i18n/messages';
import { useStore } from './store';

/** Hooks that read the store; components below panels get plain props. */

export function useLang(): Lang {
  return useStore((s) => s.view.lang ?? s.autoLang);
}

export function useFilters(): Filters {
  return useStore(useShallow((s) => ({ channel: s.view.channel, category: s.view.category, level: s.view.level })));
}

const loaded = new Map<Lang, Messages>([['en', bundled]]);

/** Loads a locale chunk once; main.tsx awaits the first so the page never flashes English. */
export async function preloadMessages(lang: Lang): Promise<void> {
  if (!loaded.has(lang)) loaded.set(lang, await loadMessages(lang));
}

export function useT(): Translate {
  const lang = useLang();
  const { data } = useQuery({
    queryKey: ['locale', lang],
    queryFn: async () => {
      await preloadMessages(lang);
      return loaded.get(lang) ?? bundled;
    },
    initialData: loaded.get(lang),
    staleTime: Infinity,
    placeholderData: (previous) => previous,
  });
  return useMemo(() => makeTranslate(data ?? bundled), [data]);
}

export interface Loaded {
  dataset: Dataset;
  /** Where the report's text can be fetched, or null when the dataset has none. */
  sourceUrl: string | null;
}

export const DatasetContext = createContext<Loaded | null>(null);

function useLoaded(): Loaded {
  const loaded = useContext(DatasetContext);
  if (!loaded) throw new Error('used outside a loaded dataset');
  return loaded;
}

/** The loaded dataset; only used below the gate that renders once it is valid. */
export function useDataset(): Dataset {
  return useLoaded().dataset;
}

export function useSourceUrl(): string | null {
  return useLoaded().sourceUrl;
}

import type { StoredNote } from '../import/notes';
import { createContext, useContext, useDeferredValue, useEffect, useSyncExternalStore } from 'react';
import type { Dataset, Fact, Lang } from '../data/schema';
import type { DraftReview } from '../review/drafts';
import { useSourceText } from '../data/source';
import { pickFilters, type Filters } from '../data/selectors';
import { DIMENSIONS } from '../data/vocab';
import { bundled, loadMessages, makeTranslate, type Translate } from '../i18n/messages';
import { useStore } from './store';
import { ContentFiltersContext, ContentViewContext } from './contentView';
import type { ViewState } from '../data/url';

/** Hooks that read the store; components below panels get plain props. */

export function useLang(): Lang {
  return useStore((s) => s.view.lang ?? s.autoLang);
}

let lastFilters: Filters | null = null;

/** The same object while every dimension keeps its array, as a store selector must return (zustand's useShallow, without its 0.4 KB). */
export function stableFilters(view: Filters): Filters {
  const last = lastFilters;
  if (last && DIMENSIONS.every((d) => last[d] === view[d])) return last;
  return (lastFilters = pickFilters(view));
}

export function useFilters(): Filters {
  return useStore((s) => stableFilters(s.view));
}

/**
 * The filters as the content shows them: a click first paints the checkbox and
 * its chip, then figures and charts follow in a transition (rendered in slices,
 * so the page keeps answering input). Under app/ContentView the store is not read
 * here at all, so the click does not render this component.
 */
export function useContentFilters(): Filters {
  const provided = useContext(ContentFiltersContext);
  return useDeferredValue(useStore((s) => provided ?? stableFilters(s.view)));
}

/** The whole view as the content shows it (links), as useContentFilters. */
export function useContentView(): ViewState {
  const provided = useContext(ContentViewContext);
  return useDeferredValue(useStore((s) => provided ?? s.view));
}

const loaded = new Map<Lang, Translate>([['en', makeTranslate(bundled)]]);
const listeners = new Set<() => void>();
let lastLoaded: Lang = 'en';

/** Loads a locale chunk once; main.tsx awaits the first so the page never flashes English. */
export async function preloadMessages(lang: Lang): Promise<void> {
  if (loaded.has(lang)) return;
  loaded.set(lang, makeTranslate(await loadMessages(lang)));
  lastLoaded = lang;
  for (const l of listeners) l();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/**
 * The translate function of the current language. Read from a tiny external
 * store (dozens of components call it on every render, so it must be nearly
 * free); while a new locale loads, the previous one stays on screen.
 */
export function useT(): Translate {
  const lang = useLang();
  const shown = useSyncExternalStore(subscribe, () => (loaded.has(lang) ? lang : lastLoaded));
  useEffect(() => {
    if (!loaded.has(lang)) void preloadMessages(lang).catch(() => undefined);
  }, [lang]);
  return loaded.get(shown) ?? (loaded.get('en') as Translate);
}

export interface Loaded {
  dataset: Dataset;
  /** Where the report's text can be fetched, or null when the dataset has none. */
  sourceUrl: string | null;
  /** The report's text when it came with the dataset (an imported file). */
  sourceText: string | null;
  /** What the importer noted about the file, if it was imported here. */
  warnings: StoredNote[];
  /** The reader's reviews of its drafted figures (review/drafts.ts): applied to `dataset` already. */
  review: LoadedReview;
}

export interface LoadedReview {
  key: string;
  rejected: readonly Fact[];
  verdicts: ReadonlyMap<string, DraftReview>;
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

export function useDraftReview(): LoadedReview {
  return useLoaded().review;
}

export function useImportWarnings(): StoredNote[] {
  return useLoaded().warnings;
}

/** The report's text: in hand for an imported file, else fetched from beside the dataset. */
export function useReportText(): { text: string | null; available: boolean; pending: boolean; failed: boolean } {
  const { sourceUrl, sourceText } = useLoaded();
  const query = useSourceText(sourceText === null ? sourceUrl : null);
  if (sourceText !== null) return { text: sourceText, available: true, pending: false, failed: false };
  return {
    text: query.data ?? null,
    available: sourceUrl !== null,
    pending: sourceUrl !== null && query.isPending,
    failed: query.isError,
  };
}

import { create } from 'zustand';
import type { Dimension, Lang } from '../data/schema';
import { sameHighlight, type Highlight } from '../data/selectors';
import type { LocalFile } from '../data/loader';
import { EMPTY_VIEW, NO_FILTERS, type ViewState } from '../data/url';

/**
 * The one store. `view` is everything a link reproduces (mirrored to the URL by
 * app/urlSync); `highlight` is the linked hover/focus; `ui` is local preference.
 */

export type Theme = 'light' | 'dark' | 'system';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
}

export interface State {
  view: ViewState;
  /** The browser's language, used while the URL names none. */
  autoLang: Lang;
  highlight: Highlight | null;
  theme: Theme;
  toasts: Toast[];
  /** A local file opened by the reader (not shareable as a link); `id` tells two opens apart. */
  localFile: LocalFile | null;
  /** A `?data=` the app refused to fetch (another origin), to say so. */
  refusedData: string | null;
  exportPrefs: ExportPrefs;
}

/** How the reader last exported: the size and background the next export uses. */
export interface ExportPrefs {
  size: 'screen' | 'social' | 'print';
  theme: 'light' | 'dark';
}

export interface Actions {
  setView: (patch: Partial<ViewState>) => void;
  /** Replaces the view as read from the URL (Back/Forward). */
  replaceView: (view: ViewState) => void;
  toggleFilter: (dimension: Dimension, id: string) => void;
  clearFilters: () => void;
  openArea: (area: string | null) => void;
  openFact: (fact: string | null) => void;
  setHighlight: (h: Highlight | null) => void;
  /** Selects a value or figure (kept in the URL); selecting the selected one again clears it. */
  select: (h: Highlight | null) => void;
  setExportPrefs: (patch: Partial<ExportPrefs>) => void;
  /** Turns the selected value into a filter, in one history step. */
  filterToSelection: () => void;
  setTheme: (t: Theme) => void;
  toast: (message: string, tone?: Toast['tone']) => void;
  dismissToast: (id: number) => void;
  /** Shows a file the reader picked or dropped; pushes `?data=local:<name>`. */
  openLocalFile: (file: Omit<LocalFile, 'id'>) => void;
  setRefusedData: (raw: string | null) => void;
}

let toastSeq = 0;

export const initialState: State = {
  view: EMPTY_VIEW,
  autoLang: 'en',
  highlight: null,
  theme: 'system',
  toasts: [],
  localFile: null,
  refusedData: null,
  exportPrefs: { size: 'screen', theme: 'light' },
};

export const useStore = create<State & Actions>()((set) => ({
  ...initialState,
  setView: (patch) => set((s) => ({ view: { ...s.view, ...patch } })),
  replaceView: (view) => set({ view }),
  toggleFilter: (dimension, id) =>
    set((s) => {
      const current = s.view[dimension];
      const next = current.includes(id) ? current.filter((x) => x !== id) : [...current, id];
      return { view: { ...s.view, [dimension]: next } };
    }),
  clearFilters: () => set((s) => ({ view: { ...s.view, ...NO_FILTERS } })),
  openArea: (area) => set((s) => ({ view: { ...s.view, area, fact: null }, highlight: null })),
  openFact: (fact) => set((s) => ({ view: { ...s.view, fact } })),
  setHighlight: (highlight) => set((s) => (sameHighlight(s.highlight, highlight) ? s : { highlight })),
  select: (selection) =>
    set((s) => ({ view: { ...s.view, select: sameHighlight(s.view.select, selection) ? null : selection } })),
  setExportPrefs: (patch) => set((s) => ({ exportPrefs: { ...s.exportPrefs, ...patch } })),
  filterToSelection: () =>
    set((s) => {
      const sel = s.view.select;
      if (!sel || sel.dimension === 'fact') return s;
      const current = s.view[sel.dimension];
      const next = current.includes(sel.id) ? current : [...current, sel.id];
      return { view: { ...s.view, [sel.dimension]: next, select: null } };
    }),
  setTheme: (theme) => set({ theme }),
  toast: (message, tone = 'info') => set((s) => ({ toasts: [...s.toasts, { id: ++toastSeq, message, tone }] })),
  dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
  openLocalFile: (file) =>
    set((s) => ({
      localFile: { ...file, id: (s.localFile?.id ?? 0) + 1 },
      view: { ...s.view, data: `local:${file.name}`, fact: null, select: null },
      refusedData: null,
    })),
  setRefusedData: (refusedData) => set({ refusedData }),
}));

/** For tests: back to the initial state, keeping the actions. */
export function resetStore(): void {
  useStore.setState(initialState);
}

import { preloadMessages } from '../state/hooks';
import { initialState, useStore } from '../state/store';
import { detectLang } from '../i18n/messages';
import { readUrl } from './urlSync';

declare global {
  interface Window {
    /** Set at build time only (scripts/prerender.ts): opens another URL as a fresh load would, without reloading. */
    __preNavigate?: (url: string) => Promise<void>;
  }
}

/**
 * For the build's prerender only: the next screen's URL is opened in the page already loaded (its code and
 * data kept), as a fresh load would open it: the store back to its start and the whole app mounted anew
 * (`show` with a new key), so nothing of the view before is kept. A fresh load costs three times as much.
 */
export function startPrerenderNavigation(show: (key: number) => void): void {
  let key = 0;
  window.__preNavigate = async (url) => {
    window.__appReady = false;
    window.history.replaceState(null, '', url);
    const { theme, exportPrefs } = useStore.getState();
    useStore.setState({ ...initialState, theme, exportPrefs, autoLang: detectLang(navigator.languages) });
    readUrl();
    const { view, autoLang } = useStore.getState();
    await preloadMessages(view.lang ?? autoLang).catch(() => undefined);
    show(++key);
  };
}

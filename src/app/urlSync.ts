import { parseView, refusedData, sameView, serializeView, type ViewState } from '../data/url';
import { useStore } from '../state/store';

/**
 * Mirrors `view` to the address bar: each change pushes a history entry, and
 * Back/Forward (popstate) put the URL's view back into the store.
 */

let applyingUrl = false;

const currentUrlView = () => parseView(window.location.search, window.location.origin);
const urlFor = (v: ViewState) => `${window.location.pathname}${serializeView(v)}${window.location.hash}`;

/** Sets the view without a new history entry, e.g. after dropping ids the dataset does not know. */
export function correctView(view: ViewState): void {
  applyingUrl = true;
  useStore.getState().replaceView(view);
  applyingUrl = false;
  window.history.replaceState(window.history.state, '', urlFor(view));
}

export function startUrlSync(): () => void {
  // Junk parameters are dropped at once, so the address bar shows what is shown; a foreign
  // `?data=` is remembered only to say it was refused.
  const readRefused = () => refusedData(window.location.search, window.location.origin);
  useStore.getState().setRefusedData(readRefused());
  correctView(currentUrlView());
  const onPop = () => {
    applyingUrl = true;
    useStore.getState().setRefusedData(readRefused());
    useStore.getState().replaceView(currentUrlView());
    applyingUrl = false;
  };
  window.addEventListener('popstate', onPop);
  const unsubscribe = useStore.subscribe((s, prev) => {
    if (applyingUrl || s.view === prev.view || sameView(s.view, currentUrlView())) return;
    window.history.pushState(null, '', urlFor(s.view));
  });
  return () => {
    window.removeEventListener('popstate', onPop);
    unsubscribe();
  };
}

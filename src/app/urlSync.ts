import { parseView, refusedData, sameView, serializeView, type ViewState } from '../data/url';
import { useStore } from '../state/store';
import { holdTitle, releaseTitle } from '../state/pageTitle';

/**
 * Mirrors `view` to the address bar: each change pushes a history entry, and
 * Back/Forward (popstate) put the URL's view back into the store.
 */

let applyingUrl = false;
/** A view change not yet in the address bar: written after the click's paint (pushState is ~3 ms at 4x CPU). */
let pending = false;

const currentUrlView = () => parseView(window.location.search, window.location.origin);
const urlFor = (v: ViewState) => `${window.location.pathname}${serializeView(v)}${window.location.hash}`;

/** The whole address of a view (what a printout cites), right even before the address bar catches up. */
export const viewHref = (v: ViewState): string => new URL(urlFor(v), window.location.href).href;

function pushView(): void {
  if (!pending) return;
  pending = false;
  const view = useStore.getState().view;
  if (!sameView(view, currentUrlView())) window.history.pushState(null, '', urlFor(view));
  releaseTitle();
}

/** After the next paint; a timer too, as a hidden page draws no frames. */
function afterPaint(run: () => void): void {
  const timer = setTimeout(run, 250);
  requestAnimationFrame(() =>
    setTimeout(() => {
      clearTimeout(timer);
      run();
    }, 0),
  );
}

/** Sets the view without a new history entry, e.g. after dropping ids the dataset does not know. */
export function correctView(view: ViewState): void {
  // The entry the reader made comes first, so the correction replaces it and not the one before.
  pushView();
  applyingUrl = true;
  useStore.getState().replaceView(view);
  applyingUrl = false;
  window.history.replaceState(window.history.state, '', urlFor(view));
}

const readRefused = () => refusedData(window.location.search, window.location.origin);

/** The address bar's view into the store. Junk parameters are dropped at once, so the address bar shows what is shown; a foreign `?data=` is remembered only to say it was refused. */
export function readUrl(): void {
  useStore.getState().setRefusedData(readRefused());
  correctView(currentUrlView());
}

export function startUrlSync(): () => void {
  readUrl();
  const onPop = () => {
    pending = false;
    releaseTitle(false);
    applyingUrl = true;
    useStore.getState().setRefusedData(readRefused());
    useStore.getState().replaceView(currentUrlView());
    applyingUrl = false;
  };
  window.addEventListener('popstate', onPop);
  const unsubscribe = useStore.subscribe((s, prev) => {
    if (applyingUrl || s.view === prev.view || pending) return;
    pending = true;
    holdTitle();
    afterPaint(pushView);
  });
  return () => {
    window.removeEventListener('popstate', onPop);
    unsubscribe();
  };
}

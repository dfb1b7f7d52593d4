import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, loadShell } from './app/App';
import { makeQueryClient } from './app/queryClient';
import { prerendering } from './charts/prerendering';
import { startTheme } from './app/theme';
import { startUrlSync } from './app/urlSync';
import { isLibraryView } from './data/url';
import { detectLang } from './i18n/messages';
import { preloadMessages } from './state/hooks';
import { useStore } from './state/store';
import './index.css';

// `?embed=<chart>` (the URL contract) is served by the chart's own, smaller page.
const embedded = new URLSearchParams(window.location.search).has('embed');
if (embedded) window.location.replace(`${import.meta.env.BASE_URL}embed.html${window.location.search}`);

useStore.setState({ autoLang: detectLang(navigator.languages) });
startTheme();
startUrlSync();

const { view, autoLang } = useStore.getState();
// The first locale is fetched before the first render, so a Chinese reader never sees English flash; a library
// view's chunk too (preloaded beside this one), so the first render draws the view rather than "Loading…".
void Promise.all([
  preloadMessages(view.lang ?? autoLang).catch(() => undefined),
  isLibraryView(view.view) && loadShell().catch(() => undefined),
]).then(([, shell]) => {
  const root = document.getElementById('root');
  if (!root || embedded) return;
  // A transition: React renders the first view in slices of a few milliseconds, not one long task, while
  // the prerendered screen stays on show; the swap itself is one commit (components/TakeOver.tsx).
  const app = createRoot(root);
  const client = makeQueryClient();
  if (shell) shell.startEarly(client, view);
  const show = (key: number) =>
    startTransition(() =>
      app.render(
        <StrictMode>
          <App key={key} client={client} />
        </StrictMode>,
      ),
    );
  show(0);
  // Build time only: its own chunk, never fetched by a reader.
  if (prerendering()) void import('./app/prerenderNav').then((m) => m.startPrerenderNavigation(show));
});

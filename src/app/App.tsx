import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { ContentView } from './ContentView';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { useLang, useT } from '../state/hooks';
import { useStore } from '../state/store';
import { isLibraryView } from '../data/url';
import { DatasetGate } from './DatasetGate';
import { DropZone } from './DropZone';
import { Header } from './Header';
import { takeOver } from '../components/TakeOver';
import { makeQueryClient } from './queryClient';
import { Toasts } from './Toasts';
import { Workspace } from './Workspace';
import type * as ShellExports from './LibraryShell';

type ShellModule = typeof ShellExports;
let shell: ShellModule | undefined;
/** The library's views are their own chunk: a report's dashboard never loads them. main.tsx waits for it on one. */
export const loadShell = () => import('./LibraryShell').then((m) => (shell = m));
// Once here, lazy() is handed it at once (a thenable that answers as it is asked): a first render that suspended
// showed "Loading the library…", and React then held the view back until 300 ms after that fallback (its throttle
// of revealed content: 180 ms of a body's trends at 4x CPU).
const LibraryShell = lazy(
  () =>
    (shell
      ? { then: (ok: (m: ShellModule) => void) => ok(shell as ShellModule) }
      : loadShell()) as Promise<ShellModule>,
);

export function App({ client }: { client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? makeQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <Document />
      <ErrorBoundary fallback={(e) => <Fatal message={e.message} />}>
        <ContentView>
          <Header />
          <Views />
          <Toasts />
          <DropZone />
        </ContentView>
      </ErrorBoundary>
    </QueryClientProvider>
  );
}

/** The library's views need no open report; a report's dashboard waits for its dataset. */
function Views() {
  const t = useT();
  const view = useStore((s) => s.view.view);
  if (isLibraryView(view))
    return (
      <Suspense fallback={<p role="status">{t('library.loading')}</p>}>
        <LibraryShell view={view} />
      </Suspense>
    );
  return (
    <DatasetGate>
      <Workspace />
    </DatasetGate>
  );
}

/** Keeps <html lang> and the skip link in step with the language. */
function Document() {
  const lang = useLang();
  const t = useT();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:bg-[var(--bg)] focus:p-2"
    >
      {t('app.skip')}
    </a>
  );
}

function Fatal({ message }: { message: string }) {
  return (
    <div ref={() => takeOver()} role="alert" className="m-6 rounded border border-[var(--bad)] p-4">
      {message}
    </div>
  );
}

import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Suspense, use, useEffect, useState } from 'react';
import { ContentView } from './ContentView';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { useLang, useT } from '../state/hooks';
import { useStore } from '../state/store';
import { isLibraryView, type LibraryView } from '../data/url';
import { DatasetGate } from './DatasetGate';
import { DropZone } from './DropZone';
import { Header } from './Header';
import { takeOver } from '../components/TakeOver';
import { makeQueryClient } from './queryClient';
import { Toasts } from './Toasts';
import { Workspace } from './Workspace';

import { loadShell } from './loadShell';

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
        <Shell view={view} />
      </Suspense>
    );
  return (
    <DatasetGate>
      <Workspace />
    </DatasetGate>
  );
}

/** The library's views, drawn at once when their chunk is already here (main.tsx waits for it on a library view). */
function Shell({ view }: { view: LibraryView }) {
  const { default: LibraryShell } = use(loadShell());
  return <LibraryShell view={view} />;
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

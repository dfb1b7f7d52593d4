import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { useLang, useT } from '../state/hooks';
import { DatasetGate } from './DatasetGate';
import { DropZone } from './DropZone';
import { Header } from './Header';
import { makeQueryClient } from './queryClient';
import { Toasts } from './Toasts';
import { Workspace } from './Workspace';

export function App({ client }: { client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? makeQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <Document />
      <ErrorBoundary fallback={(e) => <Fatal message={e.message} />}>
        <Header />
        <DatasetGate>
          <Workspace />
        </DatasetGate>
        <Toasts />
        <DropZone />
      </ErrorBoundary>
    </QueryClientProvider>
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
    <div role="alert" className="m-6 rounded border border-[var(--bad)] p-4">
      {message}
    </div>
  );
}

// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { Profiler, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChartBlock } from '../../src/panels/shared/ChartBlock';
import { DatasetContext } from '../../src/state/hooks';
import { resetStore, useStore } from '../../src/state/store';
import { dataset } from './helpers';

const commits = new Map<string, number>();
const count = (id: string) => commits.get(id) ?? 0;

function Providers({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return (
    <QueryClientProvider client={client}>
      <DatasetContext
        value={{
          dataset,
          sourceUrl: null,
          sourceText: null,
          warnings: [],
          review: { key: 'lib:test', rejected: [], verdicts: new Map() },
        }}
      >
        {children}
      </DatasetContext>
    </QueryClientProvider>
  );
}

function Chart({ id }: { id: string }) {
  const grouping = dataset.groupings.find((g) => g.id === id)!;
  return (
    <Profiler id={id} onRender={(pid) => commits.set(pid, count(pid) + 1)}>
      <ChartBlock grouping={grouping} />
    </Profiler>
  );
}

/** Draws the named charts and waits for their marks, then counts commits from zero. */
async function mount(ids: string[], marks: number) {
  const view = render(
    <Providers>
      {ids.map((id) => (
        <Chart key={id} id={id} />
      ))}
    </Providers>,
  );
  await waitFor(() => expect(view.container.querySelectorAll('rect.chart-mark')).toHaveLength(marks));
  commits.clear();
  return view.container;
}

beforeEach(() => {
  resetStore();
  commits.clear();
});
afterEach(cleanup);

describe('a filter re-renders only the charts whose data it changes', () => {
  // (A channel filter now relabels the accounts chart: its figures count Weibo and WeChat together.)
  it('city and district leave the accounts chart (both its levels) alone and redraw the posts chart', async () => {
    const container = await mount(['accounts-by-level', 'posts-by-level'], 8);
    // The posts chart's channel totals have no level: they leave it.
    act(() => useStore.getState().setView({ level: ['city', 'district'] }));
    await waitFor(() => expect(container.querySelectorAll('rect.chart-mark')).toHaveLength(6));
    expect(count('accounts-by-level')).toBe(0);
    expect(count('posts-by-level')).toBeGreaterThan(0);
  });

  it('a highlight re-renders the charts it touches, not the others', async () => {
    await mount(['accounts-by-level', 'proactive-by-category'], 10);
    act(() => useStore.getState().setHighlight({ dimension: 'level', id: 'city' }));
    expect(count('accounts-by-level')).toBeGreaterThan(0);
    expect(count('proactive-by-category')).toBe(0);
  });

  it('a language switch re-renders every chart (all their text changes)', async () => {
    await mount(['accounts-by-level', 'posts-by-level'], 8);
    act(() => useStore.getState().setView({ lang: 'en' }));
    act(() => useStore.getState().setView({ lang: null }));
    expect(count('accounts-by-level')).toBe(0); // autoLang is already 'en': nothing changed
    act(() => useStore.getState().setView({ lang: 'zh-Hant' }));
    await waitFor(() => expect(count('accounts-by-level')).toBeGreaterThan(0));
  });
});

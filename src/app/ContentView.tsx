import { useDeferredValue, type ReactNode } from 'react';
import { stableFilters } from '../state/hooks';
import { ContentFiltersContext, ContentViewContext } from '../state/contentView';
import { useStore } from '../state/store';

/** Gives the content the view a transition behind the store (state/contentView.ts says why). */
export function ContentView({ children }: { children: ReactNode }) {
  const view = useDeferredValue(useStore((s) => s.view));
  const filters = useDeferredValue(useStore((s) => stableFilters(s.view)));
  return (
    <ContentViewContext value={view}>
      <ContentFiltersContext value={filters}>{children}</ContentFiltersContext>
    </ContentViewContext>
  );
}

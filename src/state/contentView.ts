import { createContext } from 'react';
import type { Filters } from '../data/selectors';
import type { ViewState } from '../data/url';

/**
 * The view as the content shows it, a transition behind the store (app/ContentView.tsx). Read
 * through a context so a click re-renders only its own control before it paints: the
 * content's readers render again once, in the transition, not also in the click.
 */
export const ContentViewContext = createContext<ViewState | null>(null);
export const ContentFiltersContext = createContext<Filters | null>(null);

import { useDeferredValue, useEffect, useRef, useState } from 'react';
import { serializeView } from '../../data/url';
import { useStore } from '../../state/store';

/**
 * A search box kept in the URL's `q`: the keystroke paints at once, `search` follows in a transition.
 * Kept in the address bar as it is typed, without a history entry per keystroke: the address is replaced
 * first, so the store's change matches it and pushes nothing (app/urlSync.ts). Back or Forward to another
 * search shows it in the box.
 */
export function useSearchBox() {
  const q = useStore((s) => s.view.q);
  const setView = useStore((s) => s.setView);
  const [typed, setTyped] = useState(q ?? '');
  const search = useDeferredValue(typed);
  const searched = useRef(search);
  useEffect(() => {
    searched.current = search;
    const next = search.trim() || null;
    const now = useStore.getState().view;
    if (next === now.q) return;
    const { pathname, hash } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${serializeView({ ...now, q: next })}${hash}`);
    setView({ q: next });
  }, [search, setView]);
  useEffect(() => {
    if ((q ?? '') !== searched.current.trim()) setTyped(q ?? '');
  }, [q]);
  return { typed, setTyped, search };
}

import { useEffect } from 'react';
import { useStore } from '../state/store';

/** Escape clears a selection (select= leaves the URL), unless a drawer, menu or field takes it first. */
export function useEscapeClears(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('dialog[open]')) return;
      if ((e.target as Element | null)?.closest?.('input, textarea, select, [role="menu"]')) return;
      const { view, setView } = useStore.getState();
      if (view.select) setView({ select: null });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

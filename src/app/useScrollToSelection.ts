import { useEffect } from 'react';
import { useStore } from '../state/store';

/**
 * Arriving at a view with a figure selected (from the report's text, a trend, a
 * comparison), that figure's bar or card comes into view once it is drawn.
 */
export function useScrollToSelection(): void {
  const select = useStore((s) =>
    s.view.select?.dimension === 'fact' && s.view.view === null ? s.view.select.id : null,
  );
  const area = useStore((s) => s.view.area);
  useEffect(() => {
    if (!select) return;
    let frames = 0;
    let id = 0;
    const look = () => {
      const el = document.querySelector(`main [data-fact-id="${CSS.escape(select)}"]`);
      if (el) el.scrollIntoView({ block: 'center' });
      else if (frames++ < 60) id = requestAnimationFrame(look);
    };
    id = requestAnimationFrame(look);
    return () => cancelAnimationFrame(id);
  }, [select, area]);
}

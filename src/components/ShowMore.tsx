import { useState, type ReactNode } from 'react';

interface Props<T> {
  items: readonly T[];
  /** How many to show at first and to add per click. */
  step: number;
  render: (visible: readonly T[]) => ReactNode;
  moreLabel: (remaining: number) => string;
}

/**
 * Renders the first `step` items and a button for the next ones: a report with
 * thousands of areas or checks keeps a small page (and quick filters).
 */
export function ShowMore<T>({ items, step, render, moreLabel }: Props<T>) {
  const [shown, setShown] = useState(step);
  const remaining = items.length - shown;
  return (
    <>
      {render(items.slice(0, shown))}
      {remaining > 0 && (
        <button
          type="button"
          onClick={() => setShown((n) => n + step)}
          className="no-print mt-3 rounded border border-[var(--border)] px-3 py-1 text-sm"
        >
          {moreLabel(remaining)}
        </button>
      )}
    </>
  );
}

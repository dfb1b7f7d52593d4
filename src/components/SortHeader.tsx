import type { ReactNode } from 'react';

/** A column header that sorts its table; its arrow stays on the label's line and off paper. */
export function SortHeader({
  label,
  active,
  descending,
  onSort,
  className = '',
}: {
  label: ReactNode;
  active: boolean;
  descending: boolean;
  /** Omitted for a column that does not sort. */
  onSort?: () => void;
  className?: string;
}) {
  return (
    <th
      scope="col"
      className={`py-1 pr-2 font-semibold ${className}`}
      aria-sort={active ? (descending ? 'descending' : 'ascending') : undefined}
    >
      {onSort ? (
        <>
          <button type="button" className="font-semibold print:hidden" onClick={onSort}>
            {label}
            <span aria-hidden="true">{active ? (descending ? '\u00a0↓' : '\u00a0↑') : '\u00a0↕'}</span>
          </button>
          {/* Paper: the label alone (Chromium does not repeat a button in a header it repeats on each page). */}
          <span className="hidden print:inline" aria-hidden="true">
            {label}
          </span>
        </>
      ) : (
        label
      )}
    </th>
  );
}

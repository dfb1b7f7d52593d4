import type { ReactNode } from 'react';
import { ShowMore } from './ShowMore';

/**
 * A table of many rows shown a page at a time (10,000 files of an import, every
 * report kept): a header row of labels, then `row` for each item shown.
 */
export function PagedTable<T>(p: {
  items: readonly T[];
  step: number;
  moreLabel: (remaining: number) => string;
  columns: readonly string[];
  testId: string;
  row: (item: T) => ReactNode;
}) {
  return (
    <ShowMore
      items={p.items}
      step={p.step}
      moreLabel={p.moreLabel}
      render={(visible) => (
        <div className="overflow-x-auto">
          <table className="w-full text-sm" data-testid={p.testId}>
            <thead>
              <tr className="text-left">
                {p.columns.map((c, i) => (
                  <th key={i} scope="col" className="py-1 pr-2">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{visible.map(p.row)}</tbody>
          </table>
        </div>
      )}
    />
  );
}

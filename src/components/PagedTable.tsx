import type { ReactNode } from 'react';
import { ShowMore } from './ShowMore';

/**
 * On a phone the rows are cards: each cell on its own line after its column's
 * label (the cells carry it as data-label), nothing off screen to the side.
 */
export const CARDS =
  'max-sm:block max-sm:[&_tbody]:block max-sm:[&_thead]:sr-only max-sm:[&_tr]:block max-sm:[&_tr]:py-2 ' +
  'max-sm:[&_td]:block max-sm:[&_td]:py-0.5 max-sm:[&_th]:block max-sm:[&_th]:py-0.5 ' +
  'max-sm:[&_[data-label]]:before:mr-2 max-sm:[&_[data-label]]:before:font-semibold ' +
  'max-sm:[&_[data-label]]:before:content-[attr(data-label)] max-sm:[&_td:empty]:hidden';

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
          <table className={`w-full text-sm ${CARDS}`} data-testid={p.testId}>
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

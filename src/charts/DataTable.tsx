import type { ChartBar, ChartModel } from './model';
import { CHECK_MARK } from './valueLabel';

interface Props {
  model: ChartModel;
  valueLabel: (bar: ChartBar) => string;
  headers: { label: string; series: string; value: string };
  /** Opens the figure's source; each value is a button. */
  onOpenFact: (factId: string) => void;
  /** Said after the value to screen readers: what the value is and that it opens its source. */
  openHint: (bar: ChartBar) => string;
  /** The checks of a bar's figure that do not hold, one line each. */
  checkNotes?: (bar: ChartBar) => string[];
}

/** The chart's data as a table, built from the same model: the accessible alternative and the print view. */
export function DataTable({ model, valueLabel, headers, onOpenFact, openHint, checkNotes }: Props) {
  const grouped = model.series.length > 0;
  return (
    <table className="w-full text-sm">
      <thead>
        <tr className="border-b border-[var(--border)] text-left">
          <th scope="col" className="py-1 pr-2">
            {headers.label}
          </th>
          {grouped && (
            <th scope="col" className="py-1 pr-2">
              {headers.series}
            </th>
          )}
          <th scope="col" className="py-1 text-right">
            {headers.value}
          </th>
        </tr>
      </thead>
      <tbody>
        {model.bars.map((b) => (
          <tr key={b.factId} className="border-b border-[var(--border)]" data-fact-id={b.factId}>
            <th scope="row" className="py-1 pr-2 text-left font-normal">
              {b.keyLabel}
            </th>
            {grouped && <td className="py-1 pr-2">{b.seriesLabel}</td>}
            <td className="py-1 text-right break-keep tabular-nums">
              <button
                type="button"
                className="underline decoration-dotted underline-offset-2"
                onClick={() => onOpenFact(b.factId)}
              >
                {valueLabel(b)}
                <span className="sr-only"> ({openHint(b)})</span>
              </button>
              {b.check === 'does-not-hold' && (
                <span className="ml-1 text-[var(--bad)]" title={checkNotes?.(b).join('\n')}>
                  <span aria-hidden="true">{CHECK_MARK}</span>
                  <span className="sr-only">{checkNotes?.(b).join(' ')}</span>
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

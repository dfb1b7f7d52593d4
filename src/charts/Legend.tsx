import type { ChartModel } from './model';
import { seriesFill, seriesStyle } from './palette';

/**
 * Series legend in HTML. Swatches use the chart's own patterns (same document,
 * so `url(#…)` resolves), keying series without relying on colour.
 */
export function Legend({ model }: { model: ChartModel }) {
  if (model.kind !== 'grouped-bar' || model.series.length === 0) return null;
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-hidden="true">
      {model.series.map((s, i) => (
        <li key={s.key} className="flex items-center gap-1">
          <svg width="14" height="14" className="legend-swatch">
            <rect
              x="1"
              y="1"
              width="12"
              height="12"
              rx="2"
              style={{ fill: seriesFill(model.id, i), stroke: seriesStyle(i).color, strokeWidth: 1 }}
            />
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  );
}

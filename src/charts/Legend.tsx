import type { ChartModel } from './model';
import { colorOf, SCREEN_COLORS, seriesFill } from './palette';
import { Patterns } from './Patterns';

/**
 * Series legend in HTML (an export draws its own). Swatches carry their own
 * patterns, so they show before the chart is drawn and key series without
 * relying on colour.
 */
export function Legend({ model }: { model: ChartModel }) {
  if (model.kind !== 'grouped-bar' || model.series.length === 0) return null;
  const id = `legend-${model.id}`;
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-hidden="true">
      {model.series.map((s, i) => (
        <li key={s.key} className="flex items-center gap-1">
          <svg width="14" height="14" className="legend-swatch">
            {i > 0 && <Patterns chartId={id} colors={SCREEN_COLORS} only={i} />}
            <rect
              x="1"
              y="1"
              width="12"
              height="12"
              rx="2"
              style={{ fill: seriesFill(id, i, SCREEN_COLORS), stroke: colorOf(SCREEN_COLORS, i), strokeWidth: 1 }}
            />
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  );
}

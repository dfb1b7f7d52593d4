import type { ChartModel } from './model';
import { seriesStyle } from './palette';

/** Series legend in HTML, with the same colour and pattern cue as the bars. */
export function Legend({ model }: { model: ChartModel }) {
  if (model.series.length < 2) return null;
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-hidden="true">
      {model.series.map((s, i) => (
        <li key={s.key} className="flex items-center gap-1">
          <svg width="14" height="14" className="legend-swatch">
            <rect
              width="14"
              height="14"
              rx="2"
              style={{
                fill: seriesStyle(i).color,
                fillOpacity: seriesStyle(i).pattern === 'solid' ? 1 : 0.45,
                stroke: seriesStyle(i).color,
                strokeWidth: 2,
                strokeDasharray: seriesStyle(i).pattern === 'dots' ? '2 2' : undefined,
              }}
            />
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  );
}

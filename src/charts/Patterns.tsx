import { PATTERNS, colorOf, patternId, type ChartColors } from './palette';

/** The hatched and dotted fills of a chart's later series, in its colours. */
export function Patterns({ chartId, colors, only }: { chartId: string; colors: ChartColors; only?: number }) {
  return (
    <defs>
      {PATTERNS.map((p, i) => {
        if (p === 'solid' || (only !== undefined && only !== i)) return null;
        const c = colorOf(colors, i);
        return (
          <pattern key={i} id={patternId(chartId, i)} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" style={{ fill: c, fillOpacity: 0.35 }} />
            {p === 'stripes' ? (
              <path d="M0,6 L6,0" style={{ stroke: c, strokeWidth: 2 }} />
            ) : (
              <circle cx="3" cy="3" r="1.6" style={{ fill: c }} />
            )}
          </pattern>
        );
      })}
    </defs>
  );
}

import type { ReactNode } from 'react';
import type { BarGeometry, ChartGeometry } from './geometry';

/**
 * The hovered bar's label and value, beside its band (below it, or above it in
 * the lower half of the chart): never over the bar or the value written at its end.
 */
export function Tooltip({
  geometry,
  bar,
  children,
}: {
  geometry: ChartGeometry;
  bar: BarGeometry;
  children: ReactNode;
}) {
  const band = geometry.categories.find((c) => c.key === bar.bar.key);
  if (!band) return null;
  const below = band.bandTop + band.bandHeight / 2 < geometry.height / 2;
  const place = below ? { top: band.bandTop + band.bandHeight } : { bottom: geometry.height - band.bandTop };
  return (
    <div
      aria-hidden="true"
      data-testid="chart-tooltip"
      className="pointer-events-none absolute z-10 max-w-[80%] rounded border border-[var(--border)] bg-[var(--bg)] px-2 py-1 text-xs shadow"
      style={{ left: geometry.plot.left, ...place }}
    >
      {children}
    </div>
  );
}

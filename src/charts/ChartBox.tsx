import type { ReactNode } from 'react';
import { heightTable, prerendering } from './heightTable';

/**
 * A chart's place on the page, at its final height from the first render: the
 * chart (drawn when its code has arrived and it is near the screen) fills it,
 * so nothing around it ever moves. For a prerendered screen it also says how
 * tall it is at other widths.
 */
export function ChartBox({
  height,
  heightAt,
  width,
  hidden,
  drawn,
  children,
}: {
  height: number;
  /** The chart's height at another width (its layout's). */
  heightAt: (width: number) => number;
  /** The width it is drawn at now. */
  width: number;
  hidden?: boolean;
  /** False: only the box, for a chart still far below the screen. */
  drawn: boolean;
  children: ReactNode;
}) {
  const pre = prerendering();
  return (
    <div
      className="chart-body"
      hidden={hidden}
      style={{ height }}
      data-testid={drawn ? undefined : 'chart-pending'}
      data-w={pre ? width : undefined}
      data-h={pre ? heightTable(heightAt) : undefined}
    >
      {drawn && children}
    </div>
  );
}

import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { prerendering } from './prerendering';

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
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    // A prerendered chart kept in this box until now (components/TakeOver.tsx) gives way to the drawn one.
    if (drawn) for (const old of el?.querySelectorAll(':scope > [data-adopted]') ?? []) old.remove();
    // A capture for a prerendered screen asks the box its height at every width.
    if (el && pre) el.chartHeightAt = heightAt;
  }, [drawn, pre, heightAt]);
  return (
    <div
      ref={ref}
      className="chart-body"
      hidden={hidden}
      style={{ height }}
      data-testid={drawn ? undefined : 'chart-pending'}
      data-w={pre ? width : undefined}
    >
      {drawn && children}
    </div>
  );
}

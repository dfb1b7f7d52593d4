import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import type { Input } from './hint';
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
  kept = false,
  signature = null,
  onMarkClick,
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
  /** The box holds the prerendered screen's drawing of this chart (charts/kept.ts). */
  kept?: boolean;
  /** What the chart draws (charts/kept.ts), written for a prerendered screen so the app can tell it is the same. */
  signature?: string | null;
  /** A click on a bar of the screen's drawing kept here (inert: the click lands on the box), found by its place. */
  onMarkClick?: (factId: string, how: Input) => void;
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
  useEffect(() => {
    const el = ref.current;
    if (!el || !onMarkClick) return;
    const click = (e: MouseEvent) => {
      // A click a live bar received is its own (charts/recharts/marks.tsx).
      if (e.target !== el) return;
      for (const mark of el.querySelectorAll('.chart-mark[data-fact-id]')) {
        const r = mark.getBoundingClientRect();
        if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) continue;
        const how = (e as PointerEvent).pointerType === 'touch' ? 'touch' : 'pointer';
        onMarkClick(mark.getAttribute('data-fact-id') ?? '', how);
        return;
      }
    };
    el.addEventListener('click', click);
    return () => el.removeEventListener('click', click);
  }, [onMarkClick]);
  return (
    <div
      ref={ref}
      className="chart-body"
      hidden={hidden}
      style={{ height }}
      data-testid={drawn || kept ? undefined : 'chart-pending'}
      data-w={pre ? width : undefined}
      data-sig={pre ? (signature ?? undefined) : undefined}
    >
      {drawn && children}
    </div>
  );
}

import { useState, type ReactNode } from 'react';
import { Tooltip } from 'recharts';

export interface TooltipSpec {
  content: ReactNode;
  /** Where its box starts, in the chart's pixels; `above`: its bottom edge sits at y. */
  x: number;
  y: number;
  above: boolean;
}

/**
 * Recharts' tooltip, shown for the bar the reader hovers or focuses (ours, not
 * Recharts' pointer tracking, so the keyboard shows it too), with our words in
 * it, placed beside the bar's band: never over a bar or its value.
 */
export function ChartTooltip({ spec }: { spec: TooltipSpec | null }) {
  return (
    <Tooltip
      active={spec !== null}
      trigger="click"
      cursor={false}
      isAnimationActive={false}
      allowEscapeViewBox={{ x: true, y: true }}
      content={() =>
        spec && (
          <div
            aria-hidden="true"
            data-testid="chart-tooltip"
            className="rounded border border-[var(--border)] bg-[var(--bg)] px-2 py-1 text-xs shadow"
          >
            {spec.content}
          </div>
        )
      }
      wrapperStyle={{
        visibility: spec ? 'visible' : 'hidden',
        transform: spec ? `translate(${spec.x}px, ${spec.y}px)${spec.above ? ' translateY(-100%)' : ''}` : undefined,
        zIndex: 10,
        maxWidth: '80%',
        pointerEvents: 'none',
      }}
    />
  );
}

/** True from the first render where `now` is true on: something mounted once needed, then kept. */
export function useMounted(now: boolean): boolean {
  const [mounted, setMounted] = useState(now);
  if (now && !mounted) setMounted(true);
  return mounted || now;
}

// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useRef } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import { useOnScreenNow } from '../../src/charts/useOnScreenNow';

/** A chart's box at `top` (px from the window's top, 200 px tall); `laidOut`: its width is read in this commit. */
function Figure({ laidOut }: { laidOut: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const seen = useOnScreenNow(ref, laidOut);
  return (
    <div ref={ref} data-testid="box">
      {seen ? 'draws now' : 'waits for the observer'}
    </div>
  );
}

const at = (top: number) =>
  vi
    .spyOn(HTMLElement.prototype, 'getBoundingClientRect')
    .mockReturnValue({ top, bottom: top + 200, left: 0, right: 300, width: 300, height: 200 } as DOMRect);

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('a trends figure on the screen', () => {
  it('draws in the commit that laid the page out, not a frame later', () => {
    at(120);
    render(<Figure laidOut />);
    expect(screen.getByTestId('box').textContent).toBe('draws now');
  });

  it('below the screen or above it, waits for the observer', () => {
    at(window.innerHeight + 10);
    render(<Figure laidOut />);
    expect(screen.getByTestId('box').textContent).toBe('waits for the observer');
    cleanup();
    at(-400);
    render(<Figure laidOut />);
    expect(screen.getByTestId('box').textContent).toBe('waits for the observer');
  });

  it('forces no layout of its own: a figure whose width it did not read looks nowhere', () => {
    const rect = at(120);
    render(<Figure laidOut={false} />);
    expect(screen.getByTestId('box').textContent).toBe('waits for the observer');
    expect(rect).not.toHaveBeenCalled();
  });
});

// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type * as KeptModule from '../../src/charts/kept';

type Kept = typeof KeptModule;
let kept: Kept;

/** A chart that says whether its box keeps the screen's drawing. */
function chart(k: Kept) {
  return function Chart({ id, width, value }: { id: string; width: number; value: string }) {
    const { keep, signature } = k.useKeptDrawing(id, () => ({ layout: { width }, marks: [value] }));
    return (
      <p data-testid={id} data-keep={String(keep)}>
        {signature}
      </p>
    );
  };
}

/** The signature a capture for a prerendered screen writes on this chart's box. */
function captured(id: string, width: number, value: string): string {
  window.__prerender = true;
  const Chart = chart(kept);
  render(<Chart id={id} width={width} value={value} />);
  const signature = screen.getByTestId(id).textContent ?? '';
  cleanup();
  window.__prerender = false;
  return signature;
}

beforeEach(async () => {
  vi.resetModules();
  kept = await import('../../src/charts/kept');
});
afterEach(cleanup);

describe("a chart the prerendered screen drew, kept in the app's box", () => {
  it('is kept while the app would draw the same, and drawn by the app once it would draw something else', () => {
    const signature = captured('posts', 358, '26,805');
    expect(signature).not.toBe('');
    const Chart = chart(kept);
    act(() => kept.keepScreenChart('posts', signature));
    const { rerender } = render(<Chart id="posts" width={358} value="26,805" />);
    expect(screen.getByTestId('posts').dataset.keep).toBe('true');
    // Another width, another value: the screen's drawing is not what the app would draw.
    rerender(<Chart id="posts" width={380} value="26,805" />);
    expect(screen.getByTestId('posts').dataset.keep).toBe('false');
    rerender(<Chart id="posts" width={358} value="28,805" />);
    expect(screen.getByTestId('posts').dataset.keep).toBe('false');
  });

  it('is drawn by the app once the reader reaches for the page (a pointer moves, a key)', async () => {
    for (const reach of [() => fireEvent.pointerMove(window), () => fireEvent.keyDown(window, { key: 'Tab' })]) {
      cleanup();
      vi.resetModules();
      kept = await import('../../src/charts/kept');
      const signature = captured('posts', 358, '26,805');
      act(() => kept.keepScreenChart('posts', signature));
      const Chart = chart(kept);
      render(<Chart id="posts" width={358} value="26,805" />);
      expect(screen.getByTestId('posts').dataset.keep).toBe('true');
      act(reach);
      expect(screen.getByTestId('posts').dataset.keep).toBe('false');
      // After that, nothing is kept again: the page is the reader's.
      act(() => kept.keepScreenChart('posts', signature));
      expect(screen.getByTestId('posts').dataset.keep).toBe('false');
    }
  });

  it('keeps only the chart it was drawn for', () => {
    const signature = captured('posts', 358, '26,805');
    act(() => kept.keepScreenChart('posts', signature));
    const Chart = chart(kept);
    render(<Chart id="accounts" width={358} value="26,805" />);
    expect(screen.getByTestId('accounts').dataset.keep).toBe('false');
  });
});

// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { useDrawTurn } from '../../src/charts/drawQueue';

function Chart({ id }: { id: string }) {
  const turn = useDrawTurn(true);
  return <p data-testid={id}>{turn ? 'drawn' : 'waiting'}</p>;
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('charts taking turns to draw', () => {
  it('the first draws at once, the next in a task of its own once the first has drawn', async () => {
    vi.useFakeTimers();
    await act(async () => {
      render(
        <>
          <Chart id="a" />
          <Chart id="b" />
        </>,
      );
    });
    // No timer run: the first chart's turn came with its own render.
    expect(screen.getByTestId('a').textContent).toBe('drawn');
    expect(screen.getByTestId('b').textContent).toBe('waiting');
    await act(async () => {
      await vi.runOnlyPendingTimersAsync();
    });
    expect(screen.getByTestId('b').textContent).toBe('drawn');
  });
});

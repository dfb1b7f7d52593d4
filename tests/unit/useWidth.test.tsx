// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { useRef } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import { useWidth } from '../../src/charts/useWidth';

function Figure({ id }: { id?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const { width, measured } = useWidth(ref, 600, undefined, id);
  return (
    <div ref={ref} data-testid="box">
      {measured ? `measured ${width}` : 'not measured'}
    </div>
  );
}

afterEach(() => {
  cleanup();
  document.getElementById('pre')?.remove();
});

/** The prerendered screen as the boot script leaves it: each chart box says the width it was fitted at. */
function screenWith(id: string, bw: string) {
  const pre = document.createElement('div');
  pre.id = 'pre';
  pre.innerHTML = `<figure data-chart-id="${id}"><div class="chart-body" data-bw="${bw}"></div></figure>`;
  document.body.append(pre);
}

describe('a chart figure’s width', () => {
  it('starts at the width its box has on the prerendered screen, without measuring the page', () => {
    screenWith('proactive-by-category', '380');
    render(<Figure id="proactive-by-category" />);
    // jsdom lays nothing out (every clientWidth is 0): a measured width here can only come from the screen.
    expect(screen.getByTestId('box').textContent).toBe('measured 380');
  });

  it('is measured as before where the screen has no box of that chart', () => {
    screenWith('another-chart', '380');
    render(<Figure id="proactive-by-category" />);
    expect(screen.getByTestId('box').textContent).toBe('measured 600');
  });

  it('is measured as before once the screen is gone', () => {
    render(<Figure id="proactive-by-category" />);
    expect(screen.getByTestId('box').textContent).toBe('measured 600');
  });
});

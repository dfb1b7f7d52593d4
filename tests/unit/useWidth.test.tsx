// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { useRef } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import { useWidth } from '../../src/charts/useWidth';

function Figure({ id, group }: { id?: string; group?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const { width, measured } = useWidth(ref, 600, group, id);
  return (
    <div ref={ref} data-testid={`box-${id}`}>
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
    expect(screen.getByTestId('box-proactive-by-category').textContent).toBe('measured 380');
  });

  it('is measured as before where the screen has no box of that chart', () => {
    screenWith('another-chart', '380');
    render(<Figure id="proactive-by-category" />);
    expect(screen.getByTestId('box-proactive-by-category').textContent).toBe('measured 600');
  });

  it('gives its width to the figures of its column that the screen cut off, so they measure nothing either', () => {
    screenWith('trend.a', '372');
    render(
      <>
        <Figure id="trend.a" group="column-test" />
        <Figure id="trend.b" group="column-test" />
      </>,
    );
    expect(screen.getByTestId('box-trend.b').textContent).toBe('measured 372');
  });

  it('is measured as before once the screen is gone', () => {
    render(<Figure id="proactive-by-category" />);
    expect(screen.getByTestId('box-proactive-by-category').textContent).toBe('measured 600');
  });
});

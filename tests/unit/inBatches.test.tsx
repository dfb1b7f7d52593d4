// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useInBatches } from '../../src/charts/useInBatches';

function List({ total }: { total: number }) {
  const count = useInBatches(total, 8, 4);
  return (
    <ul>
      {Array.from({ length: count }, (_, i) => (
        <li key={i}>chart {i}</li>
      ))}
    </ul>
  );
}

afterEach(cleanup);

describe('a long page of charts mounted in steps', () => {
  it('shows the first screenful at once and every chart soon after', async () => {
    render(<List total={30} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(8);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(30));
  });

  it('never shows more than there are', () => {
    render(<List total={3} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
  });

  // Last: once the page has printed, it stays printed for this module.
  it('renders every chart before printing', () => {
    render(<List total={30} />);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getAllByRole('listitem')).toHaveLength(30);
  });
});

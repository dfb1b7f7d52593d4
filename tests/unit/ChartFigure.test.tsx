// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChartFigure } from '../../src/charts/ChartFigure';
import { buildChartModel, type ChartBar } from '../../src/charts/model';
import { enAll as en } from '../../src/i18n/en-all';
import { makeTranslate } from '../../src/i18n/messages';
import type { Filters } from '../../src/data/selectors';
import { NO_FILTERS } from '../../src/data/url';
import { dataset } from './helpers';

const t = makeTranslate(en);
const none: Filters = NO_FILTERS;
const grouping = dataset.groupings.find((g) => g.id === 'proactive-by-channel')!;

function setup(filters = none) {
  const model = buildChartModel(grouping, dataset, filters, 'en');
  const handlers = { onHover: vi.fn(), onActivate: vi.fn(), onOpenFact: vi.fn() };
  render(
    <ChartFigure
      model={model}
      t={t}
      valueLabel={(b: ChartBar) => `${b.value} items`}
      tick={String}
      lit={null}
      selected={() => false}
      emptyMessage="Nothing matches"
      sourceLine="Source: test"
      initialWidth={640}
      {...handlers}
    />,
  );
  return handlers;
}

afterEach(cleanup);

describe('ChartFigure', () => {
  it('is a figure with the chart id and a caption', () => {
    setup();
    const figure = document.querySelector('figure[data-chart-id="proactive-by-channel"]');
    expect(figure).not.toBeNull();
    expect(figure?.querySelector('figcaption')?.textContent).toContain('Proactive disclosure by channel');
    expect(figure?.textContent).toContain('Channels overlap');
  });

  it('draws one focusable mark per bar, labelled with its value', async () => {
    setup();
    const marks = await screen.findAllByRole('button', { name: /items$/ });
    expect(marks.map((m) => m.getAttribute('aria-label'))).toEqual([
      'Websites: 112881 items',
      'Weibo: 28805 items',
      'WeChat: 10309 items',
      'Print, broadcast, apps: 436637 items',
    ]);
  });

  it('hovering and activating a mark call back with its bar', async () => {
    const h = setup();
    const [websites] = await screen.findAllByRole('button', { name: /^Websites/ });
    fireEvent.mouseOver(websites!);
    // The mark survives the re-render its hover causes, so keyboard focus is not lost.
    expect(websites!.isConnected).toBe(true);
    expect(h.onHover).toHaveBeenCalledWith(expect.objectContaining({ key: 'website' }));
    fireEvent.keyDown(websites!, { key: 'Enter' });
    expect(h.onActivate).toHaveBeenCalledWith(expect.objectContaining({ factId: 'channel-websites' }));
  });

  it('switches to a data table built from the same model', () => {
    const h = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Table' }));
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(5);
    fireEvent.click(within(rows[2]!).getByRole('button'));
    expect(h.onOpenFact).toHaveBeenCalledWith('channel-weibo');
  });

  it('says nothing matches instead of drawing empty axes', () => {
    setup({ ...none, level: ['village'] });
    expect(screen.getByRole('status').textContent).toBe('Nothing matches');
    expect(document.querySelector('.chart-svg, svg.recharts-surface')).toBeNull();
  });

  it('has a text summary naming the largest value', () => {
    setup();
    expect(document.body.textContent).toContain('the largest is Print, broadcast, apps at 436637 items');
  });
});

describe('ChartFigure hover', () => {
  it('shows a tooltip beside the hovered bar, not over it or its value', async () => {
    setup();
    const [weibo] = await screen.findAllByRole('button', { name: /^Weibo/ });
    fireEvent.mouseEnter(weibo!);
    const tip = screen.getByTestId('chart-tooltip');
    expect(tip.textContent).toContain('Weibo: 28805 items');
    // Placed by the chart's layout below Weibo's band (it is in the upper half of the chart).
    const place = /translate\(([\d.]+)px, ([\d.]+)px\)(.*)/.exec(
      tip.closest<HTMLElement>('.recharts-tooltip-wrapper')!.style.transform,
    )!;
    expect(place[3]).not.toContain('translateY(-100%)');
    const top = Number.parseFloat(place[2]!);
    const barBottom = Number(weibo!.getAttribute('y')) + Number(weibo!.getAttribute('height'));
    expect(top).toBeGreaterThanOrEqual(barBottom);
  });
});

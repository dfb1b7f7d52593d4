import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barLayout, barsBlock, NARROW, type BarLayout } from '../../src/charts/barLayout';
import { buildChartModel } from '../../src/charts/model';
import { textWidth, wrapText } from '../../src/charts/text';
import { niceTicks, ticksWithStep } from '../../src/charts/ticks';
import type { Lang } from '../../src/data/schema';
import type { Filters } from '../../src/data/selectors';
import { NO_FILTERS } from '../../src/data/url';
import { formatTick } from '../../src/i18n/format';
import { dataset } from './helpers';

const none: Filters = NO_FILTERS;
const LANGS: Lang[] = ['en', 'zh-Hans', 'zh-Hant'];

/** Every chart of the dataset in every language at phone, card and wide widths. */
const cases = dataset.groupings.flatMap((g) =>
  LANGS.flatMap((lang) =>
    [320, 390, 480, 600, 1200].map((width) => {
      const model = buildChartModel(g, dataset, none, lang);
      const valueLabels = model.bars.map((b) => `${b.value.toLocaleString('en')} items`);
      const tickLabel = (v: number, max: number) => formatTick(v, model.unit, dataset.units, lang, max);
      return {
        id: `${g.id} ${lang} ${width}`,
        model,
        width,
        valueLabels,
        layout: barLayout(model, { width, valueLabels, tickLabel }),
      };
    }),
  ),
);

describe('ticks', () => {
  it('start at zero, step evenly by a round number and reach past the largest value', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1e9, noNaN: true }), fc.integer({ min: 2, max: 8 }), (max, count) => {
        const ticks = niceTicks(max, count);
        expect(ticks[0]).toBe(0);
        expect(ticks.at(-1)).toBeGreaterThanOrEqual(max * (1 - 1e-9));
        const step = ticks[1]! - ticks[0]!;
        ticks.forEach((t, i) => expect(t).toBeCloseTo(i * step, 6));
        const mantissa = step / 10 ** Math.floor(Math.log10(step));
        expect([1, 2, 2.5, 5, 10].some((m) => Math.abs(m - mantissa) < 1e-6)).toBe(true);
      }),
    );
  });

  it('never steps by less than one for counts', () => {
    expect(niceTicks(3, 8, true)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(1, 5, true)).toEqual([0, 1]);
    expect(ticksWithStep(28805, 10000)).toEqual([0, 10000, 20000, 30000]);
  });

  it('keep every tick of every chart: zero first, even steps, labels apart', () => {
    for (const { id, model, layout: l } of cases) {
      const values = l.axis.ticks;
      expect(values[0], id).toBe(0);
      const step = values[1]! - values[0]!;
      values.forEach((v, i) => expect(v, id).toBeCloseTo(i * step, 6));
      expect(values.at(-1), id).toBeGreaterThanOrEqual(Math.max(...model.bars.map((b) => b.value)));
      for (let i = 1; i < values.length; i++) {
        const gap = x(l, values[i]!) - x(l, values[i - 1]!);
        const [a, b] = [l.axis.labels[i - 1]!, l.axis.labels[i]!];
        const room = (textWidth(a, 12) + textWidth(b, 12)) / 2;
        expect(gap, `${id}: ticks ${a} and ${b}`).toBeGreaterThan(room);
      }
    }
  });

  it('end the axis at the round step just above the largest value (220,856 -> 250k, not 400k)', () => {
    for (const { id, model, layout: l } of cases) {
      const max = Math.max(...model.bars.map((b) => b.value));
      if (!(max > 0)) continue;
      // The next round number past the largest value: 1, 2, 2.5 or 5 times a power of ten.
      const power = 10 ** Math.floor(Math.log10(max));
      const next = [1, 2, 2.5, 5, 10].map((m) => m * power).find((v) => v >= max - 1e-9)!;
      expect(l.axis.max, id).toBeLessThanOrEqual(next + 1e-9);
    }
    const other = cases.find((c) => c.id === 'proactive-by-category en 390')!;
    expect(other.layout.axis.max).toBe(250000);
  });
});

/** Where a value sits on the axis, in the chart's pixels. */
const x = (l: BarLayout, v: number) => l.plot.left + (v / l.axis.max) * (l.plot.right - l.plot.left);

describe('bar chart layout', () => {
  it('writes every category label whole, wrapped to its column', () => {
    for (const { id, model, layout: g } of cases)
      model.categories.forEach((c, i) => {
        const lines = g.lines[i]!;
        expect(lines.join('').replaceAll(' ', ''), id).toBe(c.label.replaceAll(' ', ''));
        expect(
          lines.some((l) => l.includes('…')),
          id,
        ).toBe(false);
        const column = g.labelsAbove ? g.width : g.plot.left;
        for (const l of lines)
          if (l.includes(' ') || /[\u3400-\u9fff]/.test(l))
            expect(textWidth(l, 12), `${id}: ${l}`).toBeLessThanOrEqual(column);
      });
  });

  it('puts labels above the bars on a phone, so the bars get the card’s width', () => {
    for (const { id, width, layout: g } of cases) {
      expect(g.labelsAbove, id).toBe(width < NARROW);
      if (g.labelsAbove) expect(g.plot.left, id).toBe(0);
    }
  });

  it('keeps bars and their values inside the chart, values beside their bars', () => {
    for (const { id, model, valueLabels, layout: g } of cases)
      model.bars.forEach((b, i) => {
        const end = x(g, b.value);
        expect(end, id).toBeLessThanOrEqual(g.plot.right + 0.5);
        expect(end + g.valueGap + textWidth(valueLabels[i]!, 12), `${id}: ${valueLabels[i]}`).toBeLessThanOrEqual(
          g.width,
        );
      });
  });

  it('gives each category its own band, in order, its label and bars inside it', () => {
    for (const { id, model, layout: g } of cases) {
      const n = Math.max(1, model.series.length);
      model.categories.forEach((_, i) => {
        const bandTop = g.plot.top + g.band * i;
        const { top, bottom } = barsBlock(g, n, i);
        const labelTop = g.labelsAbove ? top - 4 - g.lines[i]!.length * g.lineHeight : bandTop;
        expect(labelTop, id).toBeGreaterThanOrEqual(bandTop - 0.5);
        expect(bottom, id).toBeLessThanOrEqual(bandTop + g.band + 0.5);
      });
      expect(g.height, id).toBeGreaterThan(g.plot.top + g.band * model.categories.length);
    }
  });

  it('fills a taller frame: the bands grow to the height asked for, the bars thicken', () => {
    for (const { id, model, valueLabels, width, layout } of cases) {
      const tickLabel = (v: number, max: number) => formatTick(v, model.unit, dataset.units, 'en', max);
      const tall = barLayout(model, { width, valueLabels, tickLabel, height: layout.height * 2 });
      expect(tall.height, id).toBe(layout.height * 2);
      // Bands are whole pixels: at most one pixel a band is left over.
      expect(tall.plot.bottom + tall.axisHeight, id).toBeGreaterThanOrEqual(tall.height - model.categories.length);
      expect(tall.barSize, id).toBeGreaterThanOrEqual(layout.barSize);
    }
  });

  it('uses the width: the longest bar and its value reach the chart’s right side', () => {
    for (const { id, model, valueLabels, layout: g } of cases) {
      if (g.width < 400) continue;
      const ends = model.bars.map((b, i) => x(g, b.value) + g.valueGap + textWidth(valueLabels[i]!, 12));
      // Nothing is left over but less than one round step of the axis.
      const step = g.axis.ticks[1]! - g.axis.ticks[0]!;
      const stepPx = x(g, step) - x(g, 0);
      expect(Math.max(...ends, g.plot.right), id).toBeGreaterThan(g.width - stepPx - 40);
    }
  });

  it('wraps Latin at spaces and Chinese anywhere but before closing punctuation', () => {
    expect(wrapText('one two three four', 80, 12)).toEqual(['one two', 'three four']);
    expect(wrapText('主動公開政府信息按類別', 48, 12)).toEqual(['主動公開', '政府信息', '按類別']);
    expect(wrapText('一二三，四', 36, 12)).toEqual(['一二', '三，四']);
    expect(wrapText('報告二（四）', 48, 12)).toEqual(['報告二', '（四）']);
    // A year is never parted from 年, nor from the bracket that opens it.
    expect(wrapText('本年新收申請（2025年）', 108, 12)).toEqual(['本年新收申請', '（2025年）']);
    expect(wrapText('本年新收申請（2025年）', 130, 12)).toEqual(['本年新收申請', '（2025年）']);
    expect(wrapText('', 100, 12)).toEqual([]);
  });
});

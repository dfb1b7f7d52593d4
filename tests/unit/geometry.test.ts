import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartGeometry, NARROW } from '../../src/charts/geometry';
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
        geometry: chartGeometry(model, { width, valueLabels, tickLabel }),
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
    for (const { id, geometry: g } of cases) {
      const values = g.ticks.map((t) => t.value);
      expect(values[0], id).toBe(0);
      const step = values[1]! - values[0]!;
      values.forEach((v, i) => expect(v, id).toBeCloseTo(i * step, 6));
      expect(values.at(-1), id).toBeGreaterThanOrEqual(Math.max(...g.bars.map((b) => b.bar.value)));
      for (let i = 1; i < g.ticks.length; i++) {
        const gap = g.ticks[i]!.x - g.ticks[i - 1]!.x;
        const room = (textWidth(g.ticks[i]!.label, 12) + textWidth(g.ticks[i - 1]!.label, 12)) / 2;
        expect(gap, `${id}: ticks ${g.ticks[i - 1]!.label} and ${g.ticks[i]!.label}`).toBeGreaterThan(room);
      }
    }
  });
});

describe('chart geometry', () => {
  it('writes every category label whole, wrapped to its column', () => {
    for (const { id, model, geometry: g } of cases)
      model.categories.forEach((c, i) => {
        const lines = g.categories[i]!.lines;
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
    for (const { id, width, geometry: g } of cases) {
      expect(g.labelsAbove, id).toBe(width < NARROW);
      if (g.labelsAbove) expect(g.plot.left, id).toBe(0);
    }
  });

  it('keeps bars and their values inside the chart, values beside their bars', () => {
    for (const { id, geometry: g } of cases)
      for (const b of g.bars) {
        expect(b.x + b.w, id).toBeLessThanOrEqual(g.plot.right + 0.5);
        expect(b.labelX, id).toBeGreaterThanOrEqual(b.x + b.w);
        expect(b.labelX + b.labelWidth, `${id}: ${b.valueLabel}`).toBeLessThanOrEqual(g.width);
      }
  });

  it('gives each category its own band, in order, without overlap', () => {
    for (const { id, geometry: g } of cases) {
      let bottom = 0;
      for (const c of g.categories) {
        expect(c.bandTop, id).toBeGreaterThanOrEqual(bottom);
        bottom = c.bandTop + c.bandHeight;
        for (const b of g.bars.filter((x) => x.bar.key === c.key)) {
          expect(b.y, id).toBeGreaterThanOrEqual(c.bandTop);
          expect(b.y + b.h, id).toBeLessThanOrEqual(bottom);
        }
      }
      expect(g.height, id).toBeGreaterThan(bottom);
    }
  });

  it('wraps Latin at spaces and Chinese anywhere but before closing punctuation', () => {
    expect(wrapText('one two three four', 80, 12)).toEqual(['one two', 'three four']);
    expect(wrapText('主動公開政府信息按類別', 48, 12)).toEqual(['主動公開', '政府信息', '按類別']);
    expect(wrapText('一二三，四', 36, 12)).toEqual(['一二', '三，四']);
    expect(wrapText('報告二（四）', 48, 12)).toEqual(['報告二', '（四）']);
    expect(wrapText('', 100, 12)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { columnLayout, type ColumnLayout, type ColumnSlot } from '../../src/charts/columnLayout';
import type { ChartBar } from '../../src/charts/model';
import { textWidth } from '../../src/charts/text';

/** Fifteen years (2011–2025), columns from 2019, format changes in 2019 and 2021: the Pingtan series. */
const slots: ColumnSlot[] = Array.from({ length: 15 }, (_, i) => {
  const year = 2011 + i;
  const bar = year >= 2019 ? ({ key: String(year), value: 20 + i * 10, factId: `f${year}` } as ChartBar) : null;
  return { year, bar, fromText: false, gap: bar ? null : 'not-stated' };
});

/** A note's text box, in the chart's pixels. */
const noteBoxes = (g: ColumnLayout) =>
  g.notes.map((n) => {
    const w = textWidth(n.label, g.noteSize);
    const from = n.anchor === 'start' ? n.x + 3 : n.x - 3 - w;
    return { from, to: from + w, top: n.textY - g.noteSize, bottom: n.textY, width: g.width };
  });

/** The value written above each column, as a text box. */
const valueBoxes = (g: ColumnLayout, cols: readonly ColumnSlot[]) =>
  cols.flatMap((s, i) => {
    const label = g.valueLabels[i];
    if (!s.bar || !label) return [];
    const w = textWidth(label, g.fontSize);
    const cx = g.plot.left + g.band * (i + 0.5);
    const y = g.plot.bottom - (s.bar.value / g.axis.max) * (g.plot.bottom - g.plot.top) - 4;
    // Upright, the text stands on the column, one line wide.
    return g.valueUpright
      ? [{ from: cx - g.fontSize / 2, to: cx + g.fontSize / 2, top: y - w, bottom: y }]
      : [{ from: cx - w / 2, to: cx + w / 2, top: y - g.fontSize, bottom: y }];
  });

function notes(width: number, labels: [string, string]) {
  const g = columnLayout({
    width,
    slots,
    shortLabel: (b) => String(b.value),
    tickLabel: (v) => String(v),
    formatChanges: [
      { year: 2019, label: labels[0] },
      { year: 2021, label: labels[1] },
    ],
    gapLabel: () => 'not listed',
  });
  return noteBoxes(g);
}

describe('format-change notes over the columns', () => {
  for (const labels of [
    ['2019 format', '2021 format'],
    ['2019年格式', '2021年格式'],
  ] as [string, string][])
    for (const width of [320, 360, 390, 412, 600, 1200])
      it(`never touch each other or leave the chart (${labels[0]}, ${width} px)`, () => {
        const [a, b] = notes(width, labels);
        expect(a && b).toBeTruthy();
        if (!a || !b) return;
        const apart = a.to <= b.from || b.to <= a.from || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart).toBe(true);
        for (const n of [a, b]) {
          expect(n.from).toBeGreaterThanOrEqual(0);
          expect(n.to).toBeLessThanOrEqual(n.width);
          expect(n.top).toBeGreaterThanOrEqual(0);
        }
      });
});

describe('format-change notes and the values of the tallest columns', () => {
  // Pingtan's "carried in from last year": 0 every year but 1 in 2022, the column just right of the 2021 line.
  const carried: ColumnSlot[] = slots.map((s) =>
    s.bar ? { ...s, bar: { ...s.bar, value: s.year === 2022 ? 1 : 0 } } : s,
  );
  for (const width of [360, 390, 600, 1200])
    it(`a full-height column's value never runs into a note (${width} px)`, () => {
      const g = columnLayout({
        width,
        slots: carried,
        shortLabel: (b) => String(b.value),
        tickLabel: (v) => String(v),
        formatChanges: [
          { year: 2019, label: '2019年格式' },
          { year: 2021, label: '2021年格式' },
        ],
        gapLabel: () => '未列出',
      });
      const notes = noteBoxes(g);
      const values = valueBoxes(g, carried);
      expect(values.length).toBe(7);
      for (const n of notes)
        for (const v of values) {
          const apart = n.to <= v.from || v.to <= n.from || n.bottom <= v.top || v.bottom <= n.top;
          expect(apart).toBe(true);
        }
    });
});

describe('columns fill their frame and never draw a gap as zero', () => {
  const options = {
    slots,
    shortLabel: (b: ChartBar) => String(b.value),
    tickLabel: (v: number) => String(v),
    formatChanges: [{ year: 2019, label: '2019 format' }],
    gapLabel: () => 'not listed',
  };
  it('grows the plot to a taller frame', () => {
    const natural = columnLayout({ ...options, width: 600 });
    const tall = columnLayout({ ...options, width: 600, height: natural.height * 2 });
    expect(tall.height).toBe(natural.height * 2);
    expect(tall.plot.bottom - tall.plot.top).toBeGreaterThan(1.9 * (natural.plot.bottom - natural.plot.top));
  });
  it('says "not listed" over the years without a value, and writes no value there', () => {
    const g = columnLayout({ ...options, width: 600 });
    expect(g.gaps.map((x) => x.text)).toEqual(['not listed']);
    slots.forEach((s, i) => expect(g.valueLabels[i] === '').toBe(s.bar === null));
  });
  it('ends the axis at the round step just above the tallest column', () => {
    // Pingtan's new applications peak at 218 (2024): the axis ends at 250 in steps of 50, not at 300 or 400.
    const peak = slots.map((s) => (s.bar && s.year === 2024 ? { ...s, bar: { ...s.bar, value: 218 } } : s));
    const g = columnLayout({ ...options, slots: peak, width: 600 });
    expect(g.axis.ticks).toEqual([0, 50, 100, 150, 200, 250]);
  });
});

describe('a value on every column', () => {
  // Shares of a body over fifteen years, and counts up to the thousands: too wide for a phone's slot.
  const rates = slots.map((s, i) => (s.bar ? { ...s, bar: { ...s.bar, value: 33.3 + i * 4.17 } } : s));
  const counts = slots.map((s, i) => (s.bar ? { ...s, bar: { ...s.bar, value: 900 + i * 97 } } : s));
  for (const [name, cols, label] of [
    ['shares', rates, (b: ChartBar) => `${b.value.toFixed(1)}%`],
    ['counts', counts, (b: ChartBar) => b.value.toLocaleString('en')],
  ] as const)
    for (const width of [320, 390, 600, 1200])
      it(`writes every ${name} value, the tallest too, none touching another or a note (${width} px)`, () => {
        const g = columnLayout({
          width,
          slots: cols,
          shortLabel: label,
          tickLabel: (v) => String(v),
          formatChanges: [
            { year: 2019, label: '2019 format' },
            { year: 2021, label: '2021 format' },
          ],
          gapLabel: () => 'not listed',
        });
        const values = valueBoxes(g, cols);
        expect(values.length).toBe(cols.filter((s) => s.bar).length);
        values.forEach((a, i) =>
          values.slice(i + 1).forEach((b) => {
            expect(a.to <= b.from || b.to <= a.from || a.bottom <= b.top || b.bottom <= a.top).toBe(true);
          }),
        );
        for (const v of values) expect(v.top).toBeGreaterThanOrEqual(0);
        for (const n of noteBoxes(g))
          for (const v of values)
            expect(n.to <= v.from || v.to <= n.from || n.bottom <= v.top || v.bottom <= n.top).toBe(true);
      });
  it('writes values across their slots where they fit, upright only where they do not', () => {
    const options = { slots: rates, shortLabel: (b: ChartBar) => `${b.value.toFixed(1)}%`, tickLabel: String };
    const common = { ...options, formatChanges: [], gapLabel: () => '' };
    expect(columnLayout({ ...common, width: 1200 }).valueUpright).toBe(false);
    expect(columnLayout({ ...common, width: 320 }).valueUpright).toBe(true);
  });
});

describe('the year axis', () => {
  for (const [width, fontSize] of [
    [320, 12],
    [390, 12],
    [390, 16],
    [600, 12],
  ] as const)
    it(`writes the last year whole inside the chart (${width} px, ${fontSize} px text, ticks as wide as 25,000)`, () => {
      const g = columnLayout({
        width,
        fontSize,
        slots: slots.map((s) => (s.bar ? { ...s, bar: { ...s.bar, value: 24252.31 } } : s)),
        shortLabel: (b) => b.value.toFixed(2),
        tickLabel: (v) => v.toLocaleString('en'),
        formatChanges: [],
        gapLabel: () => 'not listed',
      });
      const last = g.plot.left + g.band * (slots.length - 0.5);
      expect(last + textWidth('2025', g.fontSize) / 2).toBeLessThanOrEqual(g.width);
    });
});

import { describe, expect, it } from 'vitest';
import { columnGeometry, type ColumnSlot } from '../../src/charts/columns';
import type { ChartBar } from '../../src/charts/model';
import { textWidth } from '../../src/charts/text';

/** Fifteen years (2011–2025), columns from 2019, format changes in 2019 and 2021: the Pingtan series. */
const slots: ColumnSlot[] = Array.from({ length: 15 }, (_, i) => {
  const year = 2011 + i;
  const bar = year >= 2019 ? ({ key: String(year), value: 20 + i * 10, factId: `f${year}` } as ChartBar) : null;
  return { year, bar, fromText: false, gap: bar ? null : 'not-stated' };
});

function notes(width: number, labels: [string, string]) {
  const g = columnGeometry({
    width,
    slots,
    valueLabel: (b) => String(b.value),
    shortLabel: (b) => String(b.value),
    tickLabel: (v) => String(v),
    formatChanges: [
      { year: 2019, label: labels[0] },
      { year: 2021, label: labels[1] },
    ],
    gapLabel: () => 'not listed',
  });
  return g.shapes.flatMap((s) => {
    if (s.kind !== 'text' || s.role !== 'note') return [];
    const w = textWidth(s.lines[0] ?? '', s.size);
    const from = s.anchor === 'start' ? s.x : s.anchor === 'end' ? s.x - w : s.x - w / 2;
    return [{ from, to: from + w, top: s.y - s.size, bottom: s.y, width: g.width }];
  });
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
      const g = columnGeometry({
        width,
        slots: carried,
        valueLabel: (b) => String(b.value),
        shortLabel: (b) => String(b.value),
        tickLabel: (v) => String(v),
        formatChanges: [
          { year: 2019, label: '2019年格式' },
          { year: 2021, label: '2021年格式' },
        ],
        gapLabel: () => '未列出',
      });
      const box = (s: (typeof g.shapes)[number]) => {
        if (s.kind !== 'text') return null;
        const w = textWidth(s.lines[0] ?? '', s.size);
        const from = s.anchor === 'start' ? s.x : s.anchor === 'end' ? s.x - w : s.x - w / 2;
        return { from, to: from + w, top: s.y - s.size, bottom: s.y };
      };
      const notes = g.shapes.filter((s) => s.kind === 'text' && s.role === 'note').map(box);
      const values = g.shapes.filter((s) => s.kind === 'text' && s.role === 'value').map(box);
      expect(values.length).toBe(7);
      for (const n of notes)
        for (const v of values) {
          if (!n || !v) continue;
          const apart = n.to <= v.from || v.to <= n.from || n.bottom <= v.top || v.bottom <= n.top;
          expect(apart).toBe(true);
        }
    });
});

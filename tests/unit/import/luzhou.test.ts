import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/data/schema';
import { importReport } from '../../../src/import';
import { dataset as hand, sourceText } from '../helpers';

/**
 * The hand-built Luzhou dataset as a yardstick for drafted figures: the text
 * (Traditional Chinese, free format) imports as drafts, and most of the 108
 * facts a person chose have a drafted figure at the same offset with the same
 * value. The three it misses are choices the importer leaves alone on purpose:
 * an ordinal (排名第一), 三級目錄 (read as a name, as in 一級目錄), 五公開 (no unit).
 */

const sameFigure = (a: Fact, b: Fact) =>
  a.valueOffset === b.valueOffset &&
  (a.kind === 'date'
    ? b.kind === 'date' && a.date === b.date
    : a.kind === 'quantity' && b.kind === 'quantity' && a.value === b.value);

describe('Luzhou 2018 imported as free text', () => {
  it('drafts figures that match the hand-built facts', async () => {
    const r = await importReport(new TextEncoder().encode(sourceText), 'luzhou-2018.txt');
    if (!r.ok) throw new Error(r.message);
    const { dataset, text } = r.value;
    expect(text).toBe(sourceText);
    expect(dataset.meta.format).toBe('free');
    expect(dataset.meta.language).toBe('zh-Hant');
    expect(dataset.meta.title['zh-Hans']).toBe('2018年泸州市政府信息公开工作年度报告');
    expect(dataset.facts.every((f) => f.drafted)).toBe(true);

    const matched = hand.facts.filter((h) => dataset.facts.some((d) => sameFigure(h, d)));
    const missed = hand.facts.filter((h) => !matched.includes(h)).map((h) => h.written);
    expect(hand.facts).toHaveLength(108);
    expect(matched).toHaveLength(105);
    expect(missed).toEqual(['第一', '三級', '五公開']);
    // Figures drafted that the hand-built set does not have (二次、多次傳播).
    expect(dataset.facts.filter((d) => !hand.facts.some((h) => h.valueOffset === d.valueOffset))).toHaveLength(1);

    // Same section paths and units where both have the figure.
    for (const h of matched) {
      const d = dataset.facts.find((x) => sameFigure(h, x));
      expect(d?.section, h.id).toBe(h.section);
      if (h.kind === 'quantity' && d?.kind === 'quantity') {
        expect(d.unit, h.id).toBe(h.unit);
        expect(d.approx, h.id).toBe(h.approx);
        expect(d.written, h.id).toBe(h.written);
      }
    }
  });
});

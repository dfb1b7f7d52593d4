import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parse';
import { buildDataset } from '../../scripts/dataset/build';
import { findNumerals, numeralValue, uncoveredNumerals } from '../../scripts/dataset/numerals';
import { dataset, datasetJson, sourceText } from './helpers';

describe('the embedded dataset', () => {
  it('passes its own schema', () => {
    const result = parseDataset(datasetJson);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('is exactly what `npm run data` builds from the spec and the source text', () => {
    expect(JSON.parse(JSON.stringify(buildDataset(sourceText)))).toEqual(datasetJson);
  });

  it('says how long its source text is', () => {
    expect(dataset.meta.source?.chars).toBe(sourceText.length);
  });
});

describe('provenance: every fact quotes the source at its offsets', () => {
  it.each(dataset.facts.map((f) => [f.id, f] as const))('%s', (_id, f) => {
    expect(sourceText.slice(f.offset, f.offset + f.quote.length)).toBe(f.quote);
    expect(sourceText.slice(f.valueOffset, f.valueOffset + f.valueText.length)).toBe(f.valueText);
    expect(f.quote).toContain(f.written);
    expect(f.written).toContain(f.valueText);
    if (f.kind === 'quantity') {
      expect(numeralValue(f.valueText)).toBe(f.value);
      // "餘"/"多" (more than) and "突破" (exceeds) are the report's own approximation words.
      const approx = /餘|多/.test(f.written) ? 'more-than' : f.written.startsWith('突破') ? 'exceeds' : undefined;
      expect(f.approx).toBe(approx);
      if (f.unit) expect(f.written).toContain(f.unit);
    } else if (f.kind === 'date') {
      const [y, m, d] = f.date.split('-').map(Number);
      expect(f.valueText).toBe(`${y}年${m}月${d}日`);
    }
  });

  it('every named list item sits at its offset', () => {
    for (const l of dataset.lists)
      for (const item of l.items) expect(sourceText.slice(item.offset, item.offset + item.text.length)).toBe(item.text);
  });
});

describe('coverage: every numeral of the source is a fact or a declared non-figure', () => {
  it('finds the numerals of the text', () => {
    const numerals = findNumerals(sourceText).map((n) => n.text);
    expect(numerals).toContain('467328');
    expect(numerals).toContain('55.58');
    expect(numerals).toContain('十九');
  });

  it('leaves no numeral unexplained', () => {
    expect(uncoveredNumerals(dataset, sourceText)).toEqual([]);
  });

  it('catches a numeral added to the text without a fact', () => {
    // Appended, so the offsets of the facts before it stay valid.
    const edited = `${sourceText}\n另有公開信息88888條。`;
    expect(uncoveredNumerals(dataset, edited).map((n) => n.text)).toEqual(['88888']);
  });

  it('catches a Chinese numeral added to the text without a fact', () => {
    const edited = `${sourceText}\n共開設七個專欄。`;
    expect(uncoveredNumerals(dataset, edited).map((n) => n.text)).toEqual(['七']);
  });

  it('has no stale non-figure: each one occurs in the text', () => {
    for (const nf of dataset.nonFigures) expect(sourceText).toContain(nf.text);
  });
});

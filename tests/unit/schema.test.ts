import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parse';
import { datasetJson } from './helpers';

/** A deep copy of the real dataset to break in one place. */
const copy = () => structuredClone(datasetJson) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary JSON

function errorsOf(json: unknown) {
  const r = parseDataset(json);
  if (r.ok) throw new Error('expected the dataset to be rejected');
  return r.errors;
}

describe('the schema rejects malformed datasets and names the JSON path', () => {
  it('rejects what is not an object', () => {
    expect(errorsOf(null)[0]?.path).toBe('$');
    expect(errorsOf([1, 2])[0]?.path).toBe('$');
  });

  it('names a missing title', () => {
    const d = copy();
    delete d.meta.title;
    expect(errorsOf(d).map((e) => e.path)).toContain('$.meta.title');
  });

  it('names a value of the wrong type deep inside a fact', () => {
    const d = copy();
    d.facts[5].value = '119';
    expect(errorsOf(d).map((e) => e.path)).toContain('$.facts[5].value');
  });

  it('names a fact that points at an unknown area', () => {
    const d = copy();
    d.facts[3].area = 'nowhere';
    const errors = errorsOf(d);
    expect(errors).toContainEqual({ path: '$.facts[3].area', message: 'unknown area "nowhere"' });
  });

  it('names an unknown tag', () => {
    const d = copy();
    d.facts[4].tags = { channel: ['telegraph'] };
    expect(errorsOf(d)).toContainEqual({ path: '$.facts[4].tags.channel[0]', message: 'unknown channel "telegraph"' });
  });

  it('names a duplicate id', () => {
    const d = copy();
    d.facts[1].id = d.facts[0].id;
    expect(errorsOf(d).map((e) => e.path)).toContain('$.facts[1].id');
  });

  it('names a relation that reads a missing fact or a date', () => {
    const d = copy();
    d.relations[0].total = 'no-such-fact';
    d.relations[1].parts[0] = 'period-start';
    const paths = errorsOf(d).map((e) => e.path);
    expect(paths).toContain('$.relations[0].total');
    expect(paths).toContain('$.relations[1].parts[0]');
  });

  it('names a value that lies outside its quote', () => {
    const d = copy();
    d.facts[0].valueOffset = 0;
    expect(errorsOf(d).map((e) => e.path)).toContain('$.facts[0].valueOffset');
  });

  it('rejects unknown keys (a typo is not silently ignored)', () => {
    const d = copy();
    d.facts[0].vaule = 3;
    expect(errorsOf(d).map((e) => e.path)).toContain('$.facts[0]');
  });

  it('rejects an empty dataset', () => {
    const d = copy();
    d.facts = [];
    expect(errorsOf(d).map((e) => e.path)).toContain('$.facts');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parse';
import { EMPTY_VIEW, parseView, sameOriginPath, serializeView } from '../../src/data/url';
import { LANGS } from '../../src/data/vocab';
import { datasetJson } from './helpers';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path into the valid dataset, so mutations can land anywhere in it. */
function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (Array.isArray(value)) value.slice(0, 6).forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}
const base = datasetJson as Json;
const allPaths = paths(base).filter((p) => p.length > 0);

type Mutation = { path: (string | number)[]; op: 'delete' | 'replace' | 'empty' | 'duplicate'; value: Json };

function mutate(m: Mutation): Json {
  const copy = structuredClone(base) as Json;
  const parentPath = m.path.slice(0, -1);
  const key = m.path.at(-1)!;
  let parent = copy as Record<string | number, Json>;
  for (const k of parentPath) parent = parent[k] as Record<string | number, Json>;
  if (m.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else Reflect.deleteProperty(parent, key);
  } else if (m.op === 'replace') parent[key] = m.value;
  else if (m.op === 'empty') parent[key] = Array.isArray(parent[key]) ? [] : typeof parent[key] === 'string' ? '' : {};
  else if (Array.isArray(parent)) parent.push(structuredClone(parent[Number(key)] ?? null));
  return copy;
}

const mutation = fc.record({
  path: fc.constantFrom(...allPaths),
  op: fc.constantFrom('delete', 'replace', 'empty', 'duplicate') as fc.Arbitrary<Mutation['op']>,
  value: fc.jsonValue() as fc.Arbitrary<Json>,
});

describe('property: the validator never throws and names a path for every rejection', () => {
  it('on 1,500 mutations of the real dataset (at least 1,000 of them malformed)', () => {
    let rejected = 0;
    fc.assert(
      fc.property(mutation, (m) => {
        const result = parseDataset(mutate(m));
        if (result.ok) return;
        rejected++;
        expect(result.errors.length).toBeGreaterThan(0);
        for (const e of result.errors) {
          expect(e.path).toMatch(/^\$/);
          expect(e.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1500, seed: 20181231 },
    );
    expect(rejected).toBeGreaterThanOrEqual(1000);
  }, 60_000);

  it('on 1,000 arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const result = parseDataset(json);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.errors.every((e) => e.path.startsWith('$'))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

const ORIGIN = 'https://dash.example';
const KEYS = ['lang', 'area', 'channel', 'category', 'level', 'fact', 'data'];
const junk = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    '//evil.example/x',
    'https://evil.example/d.json',
    '%E0%A4%A',
    '../../etc/passwd',
    'weibo,,wechat',
    'zh-Hans',
    'local:a.json',
  ),
  fc.webUrl(),
);
const query = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string()), junk), { maxLength: 12 })
  .map(
    (pairs) =>
      `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${Math.random() < 0.5 ? encodeURIComponent(v) : v}`).join('&')}`,
  );

describe('property: URL parsing never throws and keeps only well-formed state', () => {
  it('on 2,000 generated query strings', () => {
    fc.assert(
      fc.property(query, (search) => {
        const v = parseView(search, ORIGIN);
        expect(v.lang === null || (LANGS as readonly string[]).includes(v.lang)).toBe(true);
        for (const id of [v.area, v.fact, ...v.channel, ...v.category, ...v.level])
          if (id !== null) expect(id).toMatch(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/);
        if (v.data !== null && !v.data.startsWith('local:')) expect(new URL(v.data, ORIGIN).origin).toBe(ORIGIN);
        // What is written back parses to the same view: the URL shown is the state shown.
        expect(parseView(serializeView(v), ORIGIN)).toEqual(v);
      }),
      { numRuns: 2000 },
    );
  });

  it('never accepts a dataset path on another origin', () => {
    fc.assert(
      fc.property(fc.webUrl(), (url) => {
        const path = sameOriginPath(url, ORIGIN);
        if (path !== null) expect(new URL(path, ORIGIN).origin).toBe(ORIGIN);
        if (!url.startsWith(ORIGIN)) expect(path).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('an empty query is the empty view', () => {
    expect(parseView('', ORIGIN)).toEqual(EMPTY_VIEW);
  });
});

import type { Dataset, Fact, L10n } from '../../src/data/schema';
import { toHans } from '../../src/i18n/hans';
import { zhPunct } from '../../src/i18n/punct';
import type { FactSpec, ListSpec, Text } from './types';
import * as spec from './luzhou-2018';
import { nouns } from './luzhou-2018.nouns';

/**
 * Turns the authored spec into the dataset JSON: finds every quote's offset in
 * the source text, derives zh-Hans (src/i18n/hans.ts), and throws on anything that
 * does not match the text, so a wrong quote can never be written out.
 */

/** Labels in three forms; Chinese gets full-width punctuation (list items keep the source's own in `text`). */
export function l10n([zhHant, en]: Text): L10n {
  const zh = zhPunct(zhHant);
  return { 'zh-Hant': zh, 'zh-Hans': toHans(zh), en };
}

const isDigit = (c: string | undefined) => c !== undefined && /[0-9.]/.test(c);
const CHINESE_NUMERAL = /[〇零一二兩三四五六七八九十百千]/;
const isNumeral = (c: string | undefined) => isDigit(c) || (c !== undefined && CHINESE_NUMERAL.test(c));

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

function locateQuote(source: string, quote: string, nth: number | undefined, what: string): number {
  const at = occurrences(source, quote);
  if (at.length === 0) throw new Error(`${what}: quote not in source: ${quote}`);
  if (nth === undefined && at.length > 1) throw new Error(`${what}: quote occurs ${at.length} times; give nth`);
  const offset = at[(nth ?? 1) - 1];
  if (offset === undefined) throw new Error(`${what}: quote has no occurrence ${nth}`);
  return offset;
}

/** The figure inside its quote, not glued to other numerals ("3所" must not match "133所"). */
function locateWritten(quote: string, written: string, what: string): number {
  const at = occurrences(quote, written).find((i) => !isNumeral(quote[i - 1]) && !isNumeral(quote[i + written.length]));
  if (at === undefined) throw new Error(`${what}: "${written}" not in its quote`);
  return at;
}

function buildFact(source: string, f: FactSpec): Fact {
  const offset = locateQuote(source, f.quote, f.nth, f.id);
  const writtenAt = locateWritten(f.quote, f.written, f.id);
  const valueText = f.valueText ?? /\d+(?:\.\d+)?/.exec(f.written)?.[0];
  if (valueText === undefined) throw new Error(`${f.id}: no numeral in "${f.written}"`);
  const valueOffset = offset + writtenAt + f.written.indexOf(valueText);
  const base = {
    id: f.id,
    area: f.area,
    label: l10n(f.label),
    ...(f.note ? { note: l10n(f.note) } : {}),
    ...(f.tags ? { tags: f.tags } : {}),
    section: f.section,
    quote: f.quote,
    offset,
    written: f.written,
    valueText,
    valueOffset,
  };
  if (f.date !== undefined) return { ...base, kind: 'date', date: f.date };
  const value = f.value ?? Number(valueText);
  const noun = nouns[f.id];
  if (!Number.isFinite(value)) throw new Error(`${f.id}: value of "${valueText}" needs to be given`);
  return {
    ...base,
    kind: 'quantity',
    value,
    ...(f.unit !== undefined ? { unit: f.unit } : {}),
    ...(f.approx ? { approx: f.approx } : {}),
    ...(f.ordinal ? { ordinal: true } : {}),
    ...(noun ? { noun: { one: noun[0], other: noun[1] } } : {}),
  };
}

function buildList(source: string, l: ListSpec) {
  const offset = locateQuote(source, l.quote, undefined, l.id);
  let from = 0;
  const items = l.items.map(([text, en]) => {
    const at = l.quote.indexOf(text, from);
    if (at < 0) throw new Error(`${l.id}: item "${text}" not in its quote`);
    from = at + text.length;
    return { text, offset: offset + at, label: l10n([text, en]) };
  });
  return {
    id: l.id,
    area: l.area,
    kind: l.kind,
    title: l10n(l.title),
    section: l.section,
    ...(l.partial ? { partial: true } : {}),
    ...(l.loop ? { loop: true } : {}),
    items,
  };
}

export function buildDataset(source: string): Dataset {
  for (const id of Object.keys(nouns))
    if (!spec.facts.some((f) => f.id === id)) throw new Error(`a noun is given for "${id}", which is not a fact`);
  for (const [text] of spec.nonFigures)
    if (!source.includes(text)) throw new Error(`non-figure "${text}" does not occur in the source`);
  const m = spec.meta;
  const dims = (rows: [string, ...Text][]) => rows.map(([id, ...label]) => ({ id, label: l10n(label) }));
  return {
    schemaVersion: 1,
    meta: {
      id: m.id,
      title: l10n(m.title),
      region: l10n(m.region),
      publisher: l10n(m.publisher),
      period: m.period,
      published: m.published,
      language: 'zh-Hant',
      languages: ['zh-Hant', 'zh-Hans', 'en'],
      source: { file: spec.sourceFile, chars: source.length },
      coverage: m.coverage.map(([part, zh, en, status]) => ({ part, title: l10n([zh, en]), status })),
      headline: m.headline,
    },
    dimensions: {
      channel: dims(spec.dimensions.channel),
      category: dims(spec.dimensions.category),
      level: dims(spec.dimensions.level),
      applicant: [],
      outcome: [],
    },
    units: Object.fromEntries(
      Object.entries(spec.units).map(([k, u]) => [
        k,
        { label: l10n(u.label), ...(u.one ? { one: u.one } : {}), ...(u.scale ? { scale: u.scale } : {}) },
      ]),
    ),
    areas: spec.areas.map(([id, title, summary, sections]) => ({
      id,
      title: l10n(title),
      summary: l10n(summary),
      sections,
    })),
    facts: spec.facts.map((f) => buildFact(source, f)),
    lists: spec.lists.map((l) => buildList(source, l)),
    groupings: spec.groupings.map((g) => ({
      id: g.id,
      area: g.area,
      title: l10n(g.title),
      ...(g.note ? { note: l10n(g.note) } : {}),
      chart: g.chart,
      dimension: g.dimension,
      ...(g.keys ? { keys: dims(g.keys) } : {}),
      ...(g.series ? { series: dims(g.series) } : {}),
      ...(g.sum ? { sum: true } : {}),
      bars: g.bars.map(([fact, key, series, share]) => ({
        fact,
        key,
        ...(series ? { series } : {}),
        ...(share ? { share } : {}),
      })),
    })),
    relations: spec.relations.map(({ label, note, ...r }) => ({
      ...r,
      label: l10n(label),
      ...(note ? { note: l10n(note) } : {}),
    })),
    nonFigures: spec.nonFigures.map(([text, ...reason]) => ({ text, reason: l10n(reason) })),
  };
}

import type { Dataset } from './schema';

/** Facts whose quote (or figure) is not where the dataset says in the source text. */
export function misquotedFacts(d: Pick<Dataset, 'facts'>, source: string): string[] {
  return d.facts
    .filter(
      (f) =>
        source.slice(f.offset, f.offset + f.quote.length) !== f.quote ||
        source.slice(f.valueOffset, f.valueOffset + f.valueText.length) !== f.valueText,
    )
    .map((f) => f.id);
}

import type { Fact } from '../../data/schema';

/**
 * The paragraph of the report that holds a fact's quote, with the quote marked
 * and the figure in bold. Text only: the report is never parsed as HTML.
 */
export function QuoteInContext({
  fact,
  source,
  convert,
  lang,
}: {
  fact: Fact;
  source: string | null;
  /** The page's script (each piece converted alone, so the marks stay on the quote); offsets are the original's. */
  convert: (s: string) => string;
  lang: string;
}) {
  const quoteEnd = fact.offset + fact.quote.length;
  const found = source !== null && source.slice(fact.offset, quoteEnd) === fact.quote;
  const text = found ? source : fact.quote;
  const base = found ? 0 : fact.offset;
  const start = found ? Math.max(0, source.lastIndexOf('\n', fact.offset) + 1) : 0;
  const endBreak = found ? source.indexOf('\n', quoteEnd) : -1;
  const end = found ? (endBreak < 0 ? source.length : endBreak) : text.length;
  const q0 = fact.offset - base;
  const q1 = quoteEnd - base;
  const v0 = fact.valueOffset - base;
  const v1 = v0 + fact.valueText.length;
  return (
    <blockquote
      lang={lang}
      data-verbatim
      className="rounded border-l-4 border-[var(--accent)] bg-[var(--surface)] p-3 leading-relaxed"
      data-testid="quote-context"
    >
      {convert(text.slice(start, q0))}
      <mark className="bg-[var(--mark)] text-[var(--fg)]" data-testid="quote-mark">
        {convert(text.slice(q0, v0))}
        <strong data-testid="quote-value">{convert(text.slice(v0, v1))}</strong>
        {convert(text.slice(v1, q1))}
      </mark>
      {convert(text.slice(q1, end))}
    </blockquote>
  );
}

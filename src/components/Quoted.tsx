/**
 * A translated sentence with the report's own Chinese words inside it, marked
 * as Chinese and verbatim so they are read (and checked) as a quote.
 */
export function Quoted({ template, quote }: { template: (marker: string) => string; quote: string }) {
  const MARK = '\u0000';
  const [before = '', after = ''] = template(MARK).split(MARK);
  return (
    <>
      {before}
      <span lang="zh-Hant" data-verbatim>
        {quote}
      </span>
      {after}
    </>
  );
}

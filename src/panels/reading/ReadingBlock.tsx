import { memo, type ReactNode } from 'react';
import { runsOf, type Block, type Mark, type Run } from '../../data/reading';
import { formatSection } from '../../i18n/sections';
import { useLang } from '../../state/hooks';
import { FactLink } from './FactLink';

interface Props {
  block: Block;
  text: string;
  numerals: readonly Mark[];
  matches: readonly Mark[];
  current: number;
  selected: string | null;
  convert: (s: string) => string;
}

const HEAD = /^\s*([一二三四五六七八九十]+)、/;

/** One heading, paragraph or table of the report, its runs linked, marked and converted. */
export const ReadingBlock = memo(function ReadingBlock(p: Props) {
  const lang = useLang();
  const within = (s: number, e: number) => (m: Mark) => m.start < e && s < m.end;
  const render = (s: number, e: number): ReactNode[] => {
    const nums = p.numerals.filter(within(s, e));
    const found = p.matches.filter(within(s, e));
    return runsOf(s, e, nums, found).map((r) => <RunView key={r.start} run={r} {...p} />);
  };
  const { block: b, text } = p;
  if (b.kind === 'table')
    return (
      <div className="overflow-x-auto">
        <table className="text-sm">
          <tbody>
            {b.rows?.map((cells, i) => (
              <tr key={i} className="border-t border-[var(--border)] align-top">
                {cells.map(([s, e], j) => (
                  <td key={j} className="px-2 py-1">
                    {render(s, e)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  const part = HEAD.exec(text.slice(b.start, b.end))?.[1];
  // English keeps the report's own text; a part says its English name beside it.
  const english =
    lang === 'en' && part ? (
      <span lang="en" className="mr-2 text-sm text-[var(--muted)]">
        {formatSection(part, 'en')}
      </span>
    ) : null;
  if (b.kind === 'title') return <p className="text-lg font-semibold">{render(b.start, b.end)}</p>;
  if (b.kind === 'heading')
    return (
      <h2 className="pt-3 text-lg font-semibold">
        {english}
        {render(b.start, b.end)}
      </h2>
    );
  if (b.kind === 'subheading') return <h3 className="pt-1 font-semibold">{render(b.start, b.end)}</h3>;
  return <p>{render(b.start, b.end)}</p>;
});

function RunView({ run, text, convert, current, selected }: { run: Run } & Props) {
  const shown = convert(text.slice(run.start, run.end));
  const n = run.numeral;
  let node: ReactNode = shown;
  if (n?.kind === 'fact' && n.fact) node = <FactLink fact={n.fact} selected={selected === n.fact.id} text={shown} />;
  else if (n)
    node = (
      <span className="reading-numeral" title={n.reason}>
        {shown}
      </span>
    );
  if (run.match)
    return (
      <mark data-match={run.match.index} className={run.match.index === current ? 'reading-current' : undefined}>
        {node}
      </mark>
    );
  return <>{node}</>;
}

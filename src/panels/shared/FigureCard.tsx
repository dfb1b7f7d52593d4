import { memo } from 'react';
import { Quoted } from '../../components/Quoted';
import type { Fact } from '../../data/schema';
import { isHighlighted } from '../../data/selectors';
import { formatFact } from '../../i18n/format';
import { formatSection } from '../../i18n/sections';
import { useDataset, useLang, useT } from '../../state/hooks';
import { useStore } from '../../state/store';

/** One figure standing alone: its label, its value, and a button to its source sentence. */
export const FigureCard = memo(function FigureCard({ fact, size = 'md' }: { fact: Fact; size?: 'md' | 'lg' }) {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  const openFact = useStore((s) => s.openFact);
  const lit = useStore((s) => isHighlighted(fact.tags, s.highlight));
  const label = fact.label[lang];
  const value = formatFact(fact, d.units, lang, t);
  return (
    <div
      data-fact-id={fact.id}
      className={`rounded-lg border p-3 transition-colors [contain:layout_paint] ${lit ? 'border-[var(--accent)] bg-[var(--surface)]' : 'border-[var(--border)]'}`}
    >
      <button type="button" onClick={() => openFact(fact.id)} className="block w-full text-left">
        <span className={`block font-semibold tabular-nums ${size === 'lg' ? 'text-3xl' : 'text-2xl'}`}>{value}</span>
        <span className="mt-1 block text-sm text-[var(--muted)]">{label}</span>
        <span className="sr-only"> ({t('fact.sourceHint')})</span>
      </button>
      {fact.note && <p className="mt-1 text-xs text-[var(--muted)]">{fact.note[lang]}</p>}
      <p className="mt-1 text-xs text-[var(--muted)]">
        {t('fact.section', { section: formatSection(fact.section, lang) })}
        {fact.kind === 'quantity' && fact.approx && (
          <>
            {' · '}
            <Quoted template={(written) => t('fact.approxFlag', { written })} quote={fact.written} />
          </>
        )}
      </p>
    </div>
  );
});

export function FigureGrid({ facts, size }: { facts: readonly Fact[]; size?: 'md' | 'lg' }) {
  return (
    <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {facts.map((f) => (
        <FigureCard key={f.id} fact={f} size={size} />
      ))}
    </div>
  );
}

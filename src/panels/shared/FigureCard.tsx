import { memo } from 'react';
import { Quoted } from '../../components/Quoted';
import type { Fact } from '../../data/schema';
import { countedTogether, dimensionLabel, indexDataset, isHighlighted, ofWhich, tagsMatch } from '../../data/selectors';
import { joinList } from '../../i18n/checks';
import { formatFact } from '../../i18n/format';
import { formatSection } from '../../i18n/sections';
import { useContentFilters, useDataset, useLang, useT } from '../../state/hooks';
import { useStore } from '../../state/store';
import { CheckMark } from './CheckMark';

/** One figure standing alone: its label, its value, and a button to its source sentence. */
export const FigureCard = memo(function FigureCard({ fact, size = 'md' }: { fact: Fact; size?: 'md' | 'lg' }) {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  const openFact = useStore((s) => s.openFact);
  const lit = useStore((s) => isHighlighted(fact.tags, s.highlight ?? s.view.select, fact.id));
  const filters = useContentFilters();
  const idx = indexDataset(d);
  const parts = (ofWhich(d).parts.get(fact.id) ?? [])
    .flatMap((id) => idx.factById.get(id) ?? [])
    .filter((p) => tagsMatch(p.tags, filters));
  const label = fact.label[lang];
  // A figure that counts more than the filters keep says so: never read as the kept value's alone.
  const together = countedTogether(fact.tags, filters).flatMap((c) =>
    c.ids.map((id) => dimensionLabel(d, c.dimension, id)?.[lang] ?? id),
  );
  const value = formatFact(fact, d.units, lang, t);
  return (
    <div
      data-fact-id={fact.id}
      data-drafted={fact.drafted ? 'true' : undefined}
      className={`rounded-lg border p-2 transition-colors [contain:layout_paint] sm:p-3 ${lit ? 'border-[var(--accent)] bg-[var(--surface)]' : 'border-[var(--border)]'}`}
    >
      <button type="button" onClick={() => openFact(fact.id)} className="block w-full text-left">
        <span
          className={`block font-semibold break-keep tabular-nums ${size === 'lg' ? 'text-lg sm:text-3xl' : 'text-lg sm:text-2xl'}`}
        >
          {value}
        </span>
        {together.length > 0 && (
          <span className="mt-1 block text-xs font-semibold sm:text-sm" data-testid="counted-together">
            {t('figure.together', { values: joinList(together, t) })}
          </span>
        )}
        <span className="mt-1 block text-xs text-[var(--muted)] sm:text-sm">{label}</span>
        {fact.drafted && (
          <span className="mt-1 inline-block rounded border border-[var(--warn)] px-1 text-xs text-[var(--warn)]">
            {t('fact.drafted')}
            <span className="sr-only">: {t('fact.draftedHint')}</span>
          </span>
        )}
        <span className="sr-only"> ({t('fact.sourceHint')})</span>
      </button>
      <CheckMark factId={fact.id} />
      {parts.length > 0 && (
        <ul className="mt-1 text-xs sm:text-sm">
          {parts.map((p) => (
            <li key={p.id} data-fact-id={p.id}>
              <button type="button" onClick={() => openFact(p.id)} className="text-left">
                {t('chart.mark', { label: p.label[lang], value: formatFact(p, d.units, lang, t) })}
                <span className="sr-only"> ({t('fact.sourceHint')})</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {fact.note && <p className="mt-1 text-xs text-[var(--muted)]">{fact.note[lang]}</p>}
      {/* On a phone the headline leaves the section to the provenance, one tap away. */}
      <p className={`mt-1 text-xs text-[var(--muted)] ${size === 'lg' ? 'max-sm:hidden' : ''}`}>
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
    // Two columns even on a phone, so a view's first chart comes into the first screen.
    <div className="grid grid-cols-2 gap-2 sm:gap-3 lg:grid-cols-3">
      {facts.map((f) => (
        <FigureCard key={f.id} fact={f} size={size} />
      ))}
    </div>
  );
}

import type { Fact } from '../../data/schema';
import { formatFact } from '../../i18n/format';
import { useDataset, useLang, useT } from '../../state/hooks';
import { ViewLink } from '../shared/ViewLink';
import { useFactChecks } from './useFactChecks';

/** A figure in the text: a link to its chart or card, saying what it is and how its checks came out. */
export function FactLink({ fact, selected, text }: { fact: Fact; selected: boolean; text: string }) {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  const checks = useFactChecks().get(fact.id);
  const value = formatFact(fact, d.units, lang, t);
  const status = checks ? t('reading.checks', { holds: checks.holds, fails: checks.fails }) : t('reading.noChecks');
  // The name starts with the words on screen, so a voice user can say what they see (WCAG 2.5.3).
  const label = `${text} (${fact.label[lang]}: ${value}${fact.drafted ? `, ${t('fact.drafted')}` : ''}). ${status}`;
  return (
    <ViewLink
      to={{
        view: null,
        area: fact.area === 'overview' ? null : fact.area,
        fact: null,
        select: { dimension: 'fact', id: fact.id },
      }}
      className={`reading-figure${fact.drafted ? ' reading-drafted' : ''}${selected ? ' reading-selected' : ''}`}
      data-fact-id={fact.id}
      title={label}
      aria-label={label}
    >
      {text}
    </ViewLink>
  );
}

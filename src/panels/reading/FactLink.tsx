import type { ReactNode } from 'react';
import type { Fact } from '../../data/schema';
import { formatFact } from '../../i18n/format';
import { useDataset, useLang, useT } from '../../state/hooks';
import { ViewLink } from '../shared/ViewLink';
import { useFactChecks } from './useFactChecks';

/** A figure in the text: a link to its chart or card, saying what it is and how its checks came out. */
export function FactLink({ fact, selected, children }: { fact: Fact; selected: boolean; children: ReactNode }) {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  const checks = useFactChecks().get(fact.id);
  const value = formatFact(fact, d.units, lang, t);
  const status = checks ? t('reading.checks', { holds: checks.holds, fails: checks.fails }) : t('reading.noChecks');
  const label = `${fact.label[lang]}: ${value}${fact.drafted ? ` (${t('fact.drafted')})` : ''}. ${status}`;
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
      {children}
    </ViewLink>
  );
}

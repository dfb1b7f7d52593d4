import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { enLater } from '../../i18n/en-later';
import { addEnglish } from '../../i18n/messages';
import { useConverter } from '../shared/useConverter';
import { ViewLink } from '../shared/ViewLink';
import { Quoted } from '../../components/Quoted';
import { indexDataset } from '../../data/selectors';
import { formatFact } from '../../i18n/format';
import { formatSection } from '../../i18n/sections';
import { useDataset, useLang, useReportText, useT } from '../../state/hooks';
import { useStore } from '../../state/store';
import { FactChecks } from './FactChecks';
import { QuoteInContext } from './QuoteInContext';

addEnglish(enLater);

/** A figure's provenance: section path, value as written, unit and flags, and its quote marked in the report text. */
export default function ProvenanceDrawer({ factId }: { factId: string }) {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  const openFact = useStore((s) => s.openFact);
  const source = useReportText();
  // Quotes read in the page's script (Traditional -> mainland Simplified, as the text view does); the original one click away.
  const converts = lang !== 'en' && lang !== d.meta.language;
  const [original, setOriginal] = useState(false);
  const convert = useConverter(d.meta.language, original ? d.meta.language : lang);
  const quoteLang = converts && !original ? lang : d.meta.language;
  const fact = indexDataset(d).factById.get(factId);
  if (!fact) return null;
  const q = fact.kind === 'quantity' ? fact : null;
  // English names what is counted (posts, hotlines) and keeps the report's measure word beside it.
  const unitWord =
    q?.unit !== undefined ? (lang === 'en' ? q.noun?.other : undefined) || d.units[q.unit]?.label[lang] : '';
  const approx = q?.approx ? (
    <Quoted template={(written) => t('fact.approxFlag', { written })} quote={q.written} />
  ) : null;
  const ordinal = [q?.ordinal ? t('provenance.ordinal') : null, fact.drafted ? t('fact.draftedHint') : null]
    .filter(Boolean)
    .join('; ');
  return (
    <Dialog title={t('provenance.title')} closeLabel={t('provenance.close')} onClose={() => openFact(null)}>
      <p className="font-semibold" data-testid="provenance-label">
        {fact.label[lang]}
      </p>
      <p className="text-3xl font-bold tabular-nums" data-testid="provenance-value">
        {formatFact(fact, d.units, lang, t)}
      </p>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-[var(--muted)]">{t('provenance.section')}</dt>
        <dd data-testid="provenance-section">
          {formatSection(fact.section, lang)}
          {/* The report's own path stays beside the English one, so it can be found in the text. */}
          {lang === 'en' && (
            <span lang="zh-Hant" data-verbatim>
              {` (${fact.section})`}
            </span>
          )}
        </dd>
        {fact.page !== undefined && (
          <>
            <dt className="text-[var(--muted)]">{t('provenance.page')}</dt>
            <dd data-testid="provenance-page">{fact.page}</dd>
          </>
        )}
        <dt className="text-[var(--muted)]">{t('provenance.written')}</dt>
        <dd lang={quoteLang} data-verbatim>
          {convert(fact.written)}
        </dd>
        <dt className="text-[var(--muted)]">{t('provenance.unit')}</dt>
        <dd>
          {q?.unit === undefined ? '—' : unitWord || q.unit}
          {lang === 'en' && q?.unit !== undefined && unitWord && (
            <span lang="zh-Hant" data-verbatim>
              {` (${q.unit})`}
            </span>
          )}
        </dd>
        {(approx || ordinal) && (
          <>
            <dt className="text-[var(--muted)]">{t('provenance.flags')}</dt>
            <dd>
              {approx}
              {approx && ordinal && '; '}
              {ordinal}
            </dd>
          </>
        )}
      </dl>
      <h3 className="mt-4 mb-1 text-sm font-semibold">{t('provenance.context')}</h3>
      {!source.available && <p className="mb-2 text-sm">{t('provenance.noSource')}</p>}
      {source.failed && <p className="mb-2 text-sm">{t('provenance.sourceFailed')}</p>}
      {source.pending ? (
        <p role="status">{t('provenance.sourceLoading')}</p>
      ) : (
        <QuoteInContext fact={fact} source={source.text} convert={convert} lang={quoteLang} />
      )}
      {converts && (
        <p className="mt-1 text-xs text-[var(--muted)]">
          {!original && `${t('provenance.converted')} `}
          <button
            type="button"
            className="underline underline-offset-2"
            aria-pressed={original}
            onClick={() => setOriginal((o) => !o)}
          >
            {original ? t('provenance.showConverted') : t('provenance.showOriginal')}
          </button>
        </p>
      )}
      {source.available && (
        <p className="mt-2 text-sm">
          <ViewLink
            to={{ view: 'text', fact: null, select: { dimension: 'fact', id: fact.id } }}
            className="underline underline-offset-2"
          >
            {t('reading.inContext')}
          </ViewLink>
        </p>
      )}
      <p className="mt-2 text-xs text-[var(--muted)]">
        {t('provenance.offsets', { start: fact.offset, end: fact.offset + fact.quote.length })}
      </p>
      <FactChecks factId={fact.id} />
    </Dialog>
  );
}

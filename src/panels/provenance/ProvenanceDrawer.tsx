import { Dialog } from '../../components/Dialog';
import { useSourceText } from '../../data/source';
import { indexDataset } from '../../data/selectors';
import { formatFact } from '../../i18n/format';
import { useDataset, useLang, useSourceUrl, useT } from '../../state/hooks';
import { useStore } from '../../state/store';
import { FactChecks } from './FactChecks';
import { QuoteInContext } from './QuoteInContext';

/** A figure's provenance: section path, value as written, unit and flags, and its quote marked in the report text. */
export function ProvenanceDrawer({ factId }: { factId: string }) {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  const openFact = useStore((s) => s.openFact);
  const sourceUrl = useSourceUrl();
  const source = useSourceText(sourceUrl);
  const fact = indexDataset(d).factById.get(factId);
  if (!fact) return null;
  const unit = fact.kind === 'quantity' && fact.unit !== undefined ? d.units[fact.unit]?.label[lang] || fact.unit : '—';
  const flags = [
    fact.kind === 'quantity' && fact.approx ? t('fact.approxFlag', { written: fact.written }) : null,
    fact.kind === 'quantity' && fact.ordinal ? t('provenance.ordinal') : null,
  ].filter(Boolean);
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
        <dd data-testid="provenance-section">{fact.section}</dd>
        <dt className="text-[var(--muted)]">{t('provenance.written')}</dt>
        <dd lang="zh-Hant">{fact.written}</dd>
        <dt className="text-[var(--muted)]">{t('provenance.unit')}</dt>
        <dd>{unit}</dd>
        {flags.length > 0 && (
          <>
            <dt className="text-[var(--muted)]">{t('provenance.flags')}</dt>
            <dd>{flags.join('; ')}</dd>
          </>
        )}
      </dl>
      <h3 className="mt-4 mb-1 text-sm font-semibold">{t('provenance.context')}</h3>
      {sourceUrl === null && <p className="mb-2 text-sm">{t('provenance.noSource')}</p>}
      {source.isError && <p className="mb-2 text-sm">{t('provenance.sourceFailed')}</p>}
      {source.isPending && sourceUrl !== null ? (
        <p role="status">{t('provenance.sourceLoading')}</p>
      ) : (
        <QuoteInContext fact={fact} source={source.data ?? null} />
      )}
      <p className="mt-2 text-xs text-[var(--muted)]">
        {t('provenance.offsets', { start: fact.offset, end: fact.offset + fact.quote.length })}
      </p>
      <FactChecks factId={fact.id} />
    </Dialog>
  );
}

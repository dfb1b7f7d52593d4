import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { ShowMore } from '../../components/ShowMore';
import type { Fact } from '../../data/schema';
import { formatFact } from '../../i18n/format';
import { reviewDraft } from '../../review/draftActions';
import type { DraftVerdict } from '../../review/drafts';
import { useDataset, useDraftReview, useLang, useT } from '../../state/hooks';
import { useStore } from '../../state/store';

const STEP = 20;

type Item = { fact: Fact; verdict: DraftVerdict | null };

/**
 * The figures the importer drafted from free text, to confirm, reject or
 * relabel one by one. A rejected figure leaves the charts, checks and CSVs;
 * every review can be undone; all are kept in this browser with the report.
 */
export function DraftedFigures() {
  const d = useDataset();
  const review = useDraftReview();
  const t = useT();
  const items = useMemo((): Item[] => {
    const shown = d.facts.filter((f) => f.drafted === true || f.reviewed !== undefined);
    return [...shown, ...review.rejected]
      .map((fact) => ({ fact, verdict: review.verdicts.get(fact.id)?.verdict ?? null }))
      .sort((a, b) => a.fact.valueOffset - b.fact.valueOffset);
  }, [d, review]);
  const [toReview, setToReview] = useState(false);
  if (items.length === 0) return null;
  const open = items.filter((i) => i.verdict === null).length;
  const visible = toReview ? items.filter((i) => i.verdict === null) : items;
  return (
    <section className="rounded-lg border border-[var(--border)] p-3" data-testid="drafted-figures" id="drafted">
      <h2 className="font-semibold">{t('drafts.title')}</h2>
      <p className="mt-1 text-sm">{t('drafts.intro')}</p>
      <p className="mt-1 text-sm font-semibold" data-testid="drafted-summary">
        {t('drafts.summary', { n: items.length, open, reviewed: items.length - open })}
      </p>
      <label className="no-print mt-1 inline-flex items-center gap-1 text-sm">
        <input type="checkbox" checked={toReview} onChange={(e) => setToReview(e.target.checked)} />
        {t('drafts.onlyOpen')}
      </label>
      <ShowMore
        items={visible}
        step={STEP}
        moreLabel={(remaining) => t('list.more', { n: Math.min(STEP, remaining), remaining })}
        render={(shown) => (
          <ul className="mt-2 divide-y divide-[var(--border)]">
            {shown.map((i) => (
              <DraftItem key={i.fact.id} item={i} report={review.key} />
            ))}
          </ul>
        )}
      />
    </section>
  );
}

function excerpt(f: Fact): [string, string, string] {
  const at = f.valueOffset - f.offset;
  const end = at + f.valueText.length;
  const before = f.quote.slice(Math.max(0, at - 40), at);
  return [
    (at > 40 ? '…' : '') + before,
    f.quote.slice(at, end),
    f.quote.slice(end, end + 40) + (end + 40 < f.quote.length ? '…' : ''),
  ];
}

function DraftItem({ item, report }: { item: Item; report: string }) {
  const { fact, verdict } = item;
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  const client = useQueryClient();
  const toast = useStore((s) => s.toast);
  const openFact = useStore((s) => s.openFact);
  const [editing, setEditing] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = (v: DraftVerdict | null, label?: string) => {
    setBusy(true);
    reviewDraft(client, d, report, fact, v, label)
      .then(() => setEditing(null))
      .catch((e: unknown) => toast(t('drafts.failed', { reason: e instanceof Error ? e.message : String(e) })))
      .finally(() => setBusy(false));
  };
  const [before, value, after] = excerpt(fact);
  const button = 'rounded border border-[var(--border)] px-2 py-0.5 disabled:opacity-50';
  return (
    <li className="py-2 text-sm" data-draft={fact.id} data-verdict={verdict ?? 'open'}>
      <div className="flex flex-wrap items-baseline gap-x-2">
        <span className={`font-semibold tabular-nums ${verdict === 'rejected' ? 'line-through' : ''}`}>
          {formatFact(fact, d.units, lang, t)}
        </span>
        <span className={verdict === 'rejected' ? 'line-through' : ''}>{fact.label[lang]}</span>
        <span className="rounded border border-[var(--border)] px-1 text-xs" data-testid="draft-state">
          {t(`drafts.state.${verdict ?? 'open'}`)}
        </span>
      </div>
      <p className="mt-1 text-[var(--muted)]" lang={d.meta.language} data-verbatim>
        {before}
        <mark>{value}</mark>
        {after}
      </p>
      {editing !== null ? (
        <form
          className="no-print mt-1 flex flex-wrap items-center gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            if (editing.trim()) save('relabelled', editing.trim().slice(0, 200));
          }}
        >
          <label className="flex items-center gap-1">
            {t('drafts.newLabel')}
            <input
              className="w-72 max-w-full min-w-0 rounded border border-[var(--border)] bg-[var(--bg)] px-1"
              value={editing}
              maxLength={200}
              autoFocus
              onChange={(e) => setEditing(e.target.value)}
            />
          </label>
          <button type="submit" className={button} disabled={busy || !editing.trim()}>
            {t('drafts.save')}
          </button>
          <button type="button" className={button} onClick={() => setEditing(null)}>
            {t('drafts.cancel')}
          </button>
        </form>
      ) : (
        <div className="no-print mt-1 flex flex-wrap gap-2">
          {verdict === null ? (
            <>
              <button type="button" className={button} disabled={busy} onClick={() => save('confirmed')}>
                {t('drafts.confirm')}
              </button>
              <button type="button" className={button} disabled={busy} onClick={() => save('rejected')}>
                {t('drafts.reject')}
              </button>
              <button type="button" className={button} onClick={() => setEditing(fact.label[lang])}>
                {t('drafts.relabel')}
              </button>
            </>
          ) : (
            <button type="button" className={button} disabled={busy} onClick={() => save(null)}>
              {t('drafts.undo')}
            </button>
          )}
          {verdict !== 'rejected' && (
            <button type="button" className="underline" onClick={() => openFact(fact.id)}>
              {t('drafts.source')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

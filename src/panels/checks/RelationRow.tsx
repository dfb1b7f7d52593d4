import type { RelationResult } from '../../data/reconcile';
import { indexDataset } from '../../data/selectors';
import { formatFact, formatNumber, formatSigned } from '../../i18n/format';
import { useDataset, useLang, useT } from '../../state/hooks';
import { useStore } from '../../state/store';

const BADGE = {
  exact: 'border-[var(--ok)] text-[var(--ok)]',
  rounding: 'border-[var(--warn)] text-[var(--warn)]',
  fails: 'border-[var(--bad)] text-[var(--bad)]',
} as const;

/** One relation: what should hold, both sides, the verdict and the difference, and the figures it reads. */
export function RelationRow({ result: r }: { result: RelationResult }) {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  const openFact = useStore((s) => s.openFact);
  const idx = indexDataset(d);
  const kind = r.relation.kind;
  // Shares are compared at a hundredth of a percent, so show their arithmetic finer than that.
  const digits = kind === 'share' ? 5 : 2;
  const num = (n: number) => formatNumber(n, lang, digits);
  const signed = (n: number) => formatSigned(n, lang, digits);
  const difference =
    kind === 'within'
      ? t('checks.remainder', { value: num(r.difference) })
      : kind === 'cover'
        ? t('checks.overlap', { value: num(r.difference) })
        : signed(r.difference);
  return (
    <li
      id={`relation-${r.relation.id}`}
      data-relation-id={r.relation.id}
      data-verdict={r.verdict}
      className="rounded-lg border border-[var(--border)] p-3"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="font-semibold">{r.relation.label[lang]}</h2>
        <span className={`rounded border px-2 py-0.5 text-sm font-semibold ${BADGE[r.verdict]}`}>
          {t(`checks.verdict.${r.verdict}`)}
        </span>
      </div>
      <p className="text-xs text-[var(--muted)]">{t(`checks.kind.${kind}`)}</p>
      {r.verdict === 'fails' && (
        <p className="mt-2 font-semibold text-[var(--bad)]">
          {t('checks.failLine', { computed: num(r.computed), stated: num(r.stated), difference: signed(r.difference) })}
        </p>
      )}
      <dl className="mt-2 grid grid-cols-3 gap-2 text-sm">
        <div>
          <dt className="text-[var(--muted)]">{t('checks.stated')}</dt>
          <dd className="tabular-nums">{num(r.stated)}</dd>
        </div>
        <div>
          <dt className="text-[var(--muted)]">{t('checks.computed')}</dt>
          <dd className="tabular-nums">
            {kind === 'count' ? t('checks.listItems', { n: r.computed }) : num(r.computed)}
          </dd>
        </div>
        <div>
          <dt className="text-[var(--muted)]">{t('checks.difference')}</dt>
          <dd className="tabular-nums">{difference}</dd>
        </div>
      </dl>
      {r.relation.note && <p className="mt-2 text-sm">{r.relation.note[lang]}</p>}
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer">{t('checks.parts')}</summary>
        <ul className="mt-1 space-y-0.5">
          {r.facts.map((id) => {
            const f = idx.factById.get(id);
            if (!f) return null;
            return (
              <li key={id}>
                <button
                  type="button"
                  className="underline decoration-dotted underline-offset-2"
                  onClick={() => openFact(id)}
                >
                  {f.label[lang]}: {formatFact(f, d.units, lang, t)}
                </button>
              </li>
            );
          })}
        </ul>
      </details>
    </li>
  );
}

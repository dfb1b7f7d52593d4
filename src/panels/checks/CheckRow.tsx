import { useState } from 'react';
import type { RelationResult } from '../../data/reconcile';
import { indexDataset } from '../../data/selectors';
import { formatFact } from '../../i18n/format';
import { useDataset, useLang, useT } from '../../state/hooks';
import { useStore } from '../../state/store';
import { checkCells, relationUnit } from '../../i18n/checks';

const BADGE = {
  exact: 'border-[var(--ok)] text-[var(--ok)]',
  rounding: 'border-[var(--warn)] text-[var(--warn)]',
  fails: 'border-[var(--bad)] text-[var(--bad)]',
} as const;

const NUMBER = 'py-1.5 pr-2 text-right whitespace-nowrap tabular-nums max-sm:text-left';

/** One check as a table row: what should hold, the verdict, both sides and the difference; it opens its figures. */
export function CheckRow({ result: r, selected }: { result: RelationResult; selected: boolean }) {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  const openFact = useStore((s) => s.openFact);
  const [open, setOpen] = useState(false);
  const cells = checkCells(r, relationUnit(r, d), lang, t);
  const idx = indexDataset(d);
  const id = `relation-${r.relation.id}`;
  return (
    <>
      <tr
        id={id}
        data-relation-id={r.relation.id}
        data-verdict={r.verdict}
        data-selected={selected ? 'true' : undefined}
        className={`border-t border-[var(--border)] align-top ${selected ? 'bg-[var(--surface)] outline-2 outline-[var(--accent)]' : ''}`}
      >
        <th scope="row" className="py-1.5 pr-2 text-left font-normal">
          <button
            type="button"
            aria-expanded={open}
            aria-controls={`${id}-figures`}
            onClick={() => setOpen((o) => !o)}
            className="text-left underline decoration-dotted underline-offset-2"
          >
            <span aria-hidden="true" className="print:hidden">
              {open ? '▾ ' : '▸ '}
            </span>
            {r.relation.label[lang]}
          </button>
        </th>
        <td className="py-1.5 pr-2 text-xs text-[var(--muted)]" data-label={t('checks.type')}>
          {t(`checks.kind.${r.relation.kind}`)}
        </td>
        <td className="py-1.5 pr-2" data-label={t('checks.result')}>
          <span className={`rounded border px-1.5 text-xs font-semibold whitespace-nowrap ${BADGE[r.verdict]}`}>
            {t(`checks.verdict.${r.verdict}`)}
          </span>
        </td>
        {/* A number and its unit on one line (never 個百 / 分點); on a phone each after its label, in the card. */}
        <td className={NUMBER} data-label={t('checks.stated')} data-cell="stated">
          {cells.stated}
        </td>
        <td className={NUMBER} data-label={t('checks.computed')} data-cell="computed">
          {cells.computed}
        </td>
        <td
          className={`${NUMBER} ${r.verdict === 'fails' ? 'font-semibold text-[var(--bad)]' : ''}`}
          data-label={t('checks.difference')}
          data-cell="difference"
        >
          {cells.difference}
        </td>
      </tr>
      {open && (
        <tr id={`${id}-figures`} data-relation-figures={r.relation.id}>
          <td colSpan={6} className="pb-2 pl-6 text-sm">
            {r.verdict === 'fails' && (
              <p className="mb-1 font-semibold text-[var(--bad)]">
                {t('checks.failLine', { computed: cells.computed, stated: cells.stated, difference: cells.difference })}
              </p>
            )}
            {r.relation.note && <p className="mb-1">{r.relation.note[lang]}</p>}
            <ul className="space-y-0.5">
              {r.facts.map((fid) => {
                const f = idx.factById.get(fid);
                return f ? (
                  <li key={fid}>
                    <button
                      type="button"
                      className="underline decoration-dotted underline-offset-2"
                      onClick={() => openFact(fid)}
                    >
                      {f.label[lang]}: {formatFact(f, d.units, lang, t)}
                    </button>
                  </li>
                ) : null;
              })}
            </ul>
          </td>
        </tr>
      )}
    </>
  );
}

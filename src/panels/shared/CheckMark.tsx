import { CHECK_MARK } from '../../charts/valueLabel';
import { factCheck } from '../../data/reconcile';
import { checkCells, failNote, relationUnit } from '../../i18n/checks';
import { useDataset, useLang, useT } from '../../state/hooks';
import { ViewLink } from './ViewLink';

/**
 * Under a figure a check of the report does not hold for: computed against
 * stated in one short line (a card on a phone has room for no more), the whole
 * check for screen readers and on hover, as a link to that check (the Checks
 * view with the figure selected, its checks lit). Nothing when they all hold.
 */
export function CheckMark({ factId }: { factId: string }) {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  const { failing } = factCheck(d, factId);
  if (failing.length === 0) return null;
  const short = (r: (typeof failing)[number]) => {
    const c = checkCells(r, relationUnit(r, d), lang, t);
    return `${CHECK_MARK} ${c.computed} ≠ ${c.stated}`;
  };
  return (
    <ul className="mt-1 space-y-0.5 text-xs" data-testid="check-mark">
      {failing.map((r) => (
        <li key={r.relation.id}>
          <ViewLink
            to={{ area: 'checks', fact: null, select: { dimension: 'fact', id: factId } }}
            className="text-[var(--bad)] underline underline-offset-2"
            data-relation-id={r.relation.id}
            title={failNote(r, d, lang, t)}
          >
            <span aria-hidden="true">{short(r)}</span>
            <span className="sr-only">{failNote(r, d, lang, t)}</span>
          </ViewLink>
        </li>
      ))}
    </ul>
  );
}

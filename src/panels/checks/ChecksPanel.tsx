import { useMemo } from 'react';
import { reconcile } from '../../data/reconcile';
import { ShowMore } from '../../components/ShowMore';
import { formatNumber, formatSigned } from '../../i18n/format';
import { useDataset, useLang, useT } from '../../state/hooks';
import { RelationRow } from './RelationRow';

/** Every relation the dataset declares, computed; where the report does not add up, it says so plainly. */
export function ChecksPanel() {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  const results = useMemo(() => reconcile(d), [d]);
  const count = (v: string) => results.filter((r) => r.verdict === v).length;
  const fails = results.filter((r) => r.verdict === 'fails');
  const num = (n: number) => formatNumber(n, lang);
  return (
    <article className="space-y-6" data-area="checks">
      <header>
        <h1 className="text-2xl font-bold">{t('checks.title')}</h1>
        <p className="mt-1">{t('checks.intro')}</p>
        <p className="mt-2 font-semibold" data-testid="checks-summary">
          {t('checks.summary', { exact: count('exact'), rounding: count('rounding'), fails: count('fails') })}
        </p>
      </header>
      {fails.length > 0 && (
        <section
          aria-labelledby="fails-title"
          className="rounded-lg border-2 border-[var(--bad)] p-3"
          data-testid="checks-fails"
        >
          <h2 id="fails-title" className="font-semibold text-[var(--bad)]">
            {t('checks.failsTitle')}
          </h2>
          <ShowMore
            items={fails}
            step={50}
            moreLabel={(remaining) => t('list.more', { n: Math.min(50, remaining), remaining })}
            render={(visible) => (
              <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
                {visible.map((r) => (
                  <li key={r.relation.id}>
                    <a href={`#relation-${r.relation.id}`} className="underline underline-offset-2">
                      {r.relation.label[lang]}
                    </a>
                    :{' '}
                    {t('checks.failLine', {
                      computed: num(r.computed),
                      stated: num(r.stated),
                      difference: formatSigned(r.difference, lang),
                    })}
                  </li>
                ))}
              </ul>
            )}
          />
        </section>
      )}
      <ShowMore
        items={results}
        step={100}
        moreLabel={(remaining) => t('list.more', { n: Math.min(100, remaining), remaining })}
        render={(visible) => (
          <ol className="space-y-3">
            {visible.map((r) => (
              <RelationRow key={r.relation.id} result={r} />
            ))}
          </ol>
        )}
      />
      {d.nonFigures.length > 0 && (
        <details className="rounded-lg border border-[var(--border)] p-3">
          <summary className="cursor-pointer font-semibold">{t('checks.nonFigures')}</summary>
          <p className="mt-2 text-sm">{t('checks.nonFiguresIntro')}</p>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            {d.nonFigures.map((n) => (
              <div key={n.text} className="contents">
                <dt lang="zh-Hant" data-verbatim className="font-mono">
                  {n.text.trim()}
                </dt>
                <dd>{n.reason[lang]}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </article>
  );
}

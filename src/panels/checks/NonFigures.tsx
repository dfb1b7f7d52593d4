import { useDataset, useLang, useT } from '../../state/hooks';

/** The numerals of the source that are not figures (section numbers, names), each with its reason. */
export function NonFigures() {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  if (d.nonFigures.length === 0) return null;
  return (
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
  );
}

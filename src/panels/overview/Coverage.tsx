import { formatSection } from '../../i18n/sections';
import { useDataset, useLang, useT } from '../../state/hooks';

const TONE = { present: 'text-[var(--ok)]', partial: 'text-[var(--warn)]', missing: 'text-[var(--bad)]' } as const;

/** Which of the announced parts the source text holds; missing parts are said to be missing, never drawn as zero. */
export function Coverage() {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  if (d.meta.coverage.length === 0) return null;
  return (
    <section aria-labelledby="coverage-title" className="lazy-block rounded-lg border border-[var(--border)] p-3">
      <h2 id="coverage-title" className="mb-2 text-lg font-semibold">
        {t('coverage.title')}
      </h2>
      {d.meta.coverage.some((p) => p.status !== 'present') && <p className="mb-2 text-sm">{t('coverage.note')}</p>}
      <ul className="space-y-1 text-sm">
        {d.meta.coverage.map((p) => (
          <li key={p.part} data-part={p.part} data-status={p.status}>
            <span className="font-semibold">{formatSection(p.part, lang)}</span> {p.title[lang]}
            {lang === 'en' ? ': ' : '：'}
            <span className={TONE[p.status]}>{t(`coverage.${p.status}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

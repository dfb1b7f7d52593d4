import { formatSection } from '../../i18n/sections';
import { useDataset, useLang, useT } from '../../state/hooks';

/** The parts the report announces that its source text lacks: said to be missing, never left out silently. */
export function MissingParts() {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  const gaps = d.meta.coverage.filter((p) => p.status !== 'present');
  if (gaps.length === 0) return null;
  return (
    <section
      aria-labelledby="missing-title"
      className="rounded-lg border border-dashed border-[var(--border)] p-3"
      data-testid="missing-parts"
    >
      <h2 id="missing-title" className="font-semibold">
        {t('reading.missing')}
      </h2>
      <ul className="mt-1 text-sm">
        {gaps.map((p) => (
          <li key={p.part} data-part={p.part} data-status={p.status}>
            <span className="font-semibold">{formatSection(p.part, lang)}</span> {p.title[lang]}
            {lang === 'en' ? ': ' : '：'}
            <span className={p.status === 'missing' ? 'text-[var(--bad)]' : 'text-[var(--warn)]'}>
              {t(`coverage.${p.status}`)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { useImportWarnings, useT } from '../state/hooks';
import { localDataName, mineDataId } from '../data/url';
import { enMine } from '../i18n/en-mine';
import { addEnglish } from '../i18n/messages';
import { useStore } from '../state/store';

addEnglish(enMine);

const SHOWN = 20;

/** Notices about a report the reader brought: a local file or one kept in My reports (not shareable), and importer notes. */
export function ImportNotices() {
  const t = useT();
  const data = useStore((s) => s.view.data);
  const local = localDataName(data);
  const mine = mineDataId(data);
  const warnings = useImportWarnings();
  return (
    <>
      {local !== null && (
        <p
          className="no-print mb-4 rounded border border-[var(--border)] bg-[var(--surface)] p-2 text-sm"
          data-testid="local-banner"
        >
          {t('local.banner', { name: local })}
        </p>
      )}
      {mine !== null && (
        <p
          className="no-print mb-4 rounded border border-[var(--border)] bg-[var(--surface)] p-2 text-sm"
          data-testid="mine-banner"
        >
          {t('mine.banner', { id: mine })}
        </p>
      )}
      {warnings.length > 0 && (
        <details className="no-print mb-4 rounded border border-[var(--warn)] p-2 text-sm" data-testid="import-notes">
          <summary className="cursor-pointer">{t('import.notes', { n: warnings.length })}</summary>
          <ul className="mt-1 list-disc pl-5 break-words">
            {warnings.slice(0, SHOWN).map((w, i) => (
              <li key={i} lang="zh-Hans">
                {w}
              </li>
            ))}
            {warnings.length > SHOWN && <li>{t('error.more', { n: warnings.length - SHOWN })}</li>}
          </ul>
        </details>
      )}
    </>
  );
}

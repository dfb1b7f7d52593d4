import { joinList } from '../i18n/checks';
import { useDataset, useImportWarnings, useLang, useT } from '../state/hooks';
import { localDataName, mineDataId } from '../data/url';
import { enMine } from '../i18n/en-mine';
import { enImport } from '../i18n/en-import';
import { noteText } from '../i18n/noteText';
import { addEnglish } from '../i18n/messages';
import { useStore } from '../state/store';

addEnglish(enMine);
addEnglish(enImport);

const SHOWN = 20;

/** Notices about a report the reader brought: a local file or one kept in My reports (not shareable), and importer notes. */
export function ImportNotices() {
  const t = useT();
  const data = useStore((s) => s.view.data);
  const local = localDataName(data);
  const mine = mineDataId(data);
  const warnings = useImportWarnings();
  const d = useDataset();
  const lang = useLang();
  // Parts the importer did not read whole (opened with "what could be read", or a table with cells missing).
  const notWhole = d.meta.imported ? d.meta.coverage.filter((p) => p.status !== 'present') : [];
  return (
    <>
      {notWhole.length > 0 && (
        <p
          role="note"
          className="mb-4 rounded border-2 border-[var(--bad)] p-2 text-sm"
          data-testid="incomplete-banner"
        >
          {t('import.incomplete', {
            n: notWhole.length,
            parts: joinList(
              // Quoted: a part's own title may hold "和", and the list joins with it.
              notWhole.map((p) => (lang === 'zh-Hant' ? `「${p.title[lang]}」` : `“${p.title[lang]}”`)),
              t,
            ),
          })}
        </p>
      )}
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
              // A note kept before notes had ids is English text.
              <li key={i} lang={typeof w === 'string' ? 'en' : undefined}>
                {noteText(t, lang, w)}
              </li>
            ))}
            {warnings.length > SHOWN && <li>{t('error.more', { n: warnings.length - SHOWN })}</li>}
          </ul>
        </details>
      )}
    </>
  );
}

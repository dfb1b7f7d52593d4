import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { TakeOver } from '../../components/TakeOver';
import { exportCollection, removeReports } from '../../mine/actions';
import { mineQuery } from '../../mine/queries';
import { startImport, useImportRun } from '../../mine/run';
import { useT } from '../../state/hooks';
import { useTitle } from '../shared/useTitle';
import { ImportStatus } from './ImportStatus';
import { MyReportsTable } from './MyReportsTable';

const button = 'rounded border border-[var(--border)] bg-[var(--bg)] px-3 py-1';

/** The reports the reader imported, kept in this browser: add many at once, correct, remove, export. */
export function MinePanel() {
  const t = useT();
  const client = useQueryClient();
  const mine = useQuery(mineQuery());
  const running = useImportRun((s) => s.running);
  const [busy, setBusy] = useState(false);
  useTitle([t('mine.title')]);
  const reports = mine.data ?? [];
  const pick = (list: FileList | null) => {
    const picked = [...(list ?? [])];
    if (picked.length > 0) void startImport(picked, client);
  };
  return (
    <article className="space-y-6" data-view="mine">
      <TakeOver />
      <header>
        <h1 className="text-2xl font-bold">{t('mine.title')}</h1>
        <p className="mt-1 text-sm">{t('mine.intro')}</p>
      </header>
      <div className="no-print flex flex-wrap gap-2 text-sm">
        <FilesButton label={t('mine.addFiles')} testId="add-files" disabled={running} onPick={pick} />
        <FilesButton label={t('mine.addFolder')} testId="add-folder" disabled={running} onPick={pick} folder />
        <button
          type="button"
          className={button}
          disabled={reports.length === 0 || busy}
          onClick={() => {
            setBusy(true);
            void exportCollection().finally(() => setBusy(false));
          }}
        >
          {t('mine.export')}
        </button>
        <button
          type="button"
          className={button}
          disabled={reports.length === 0 || running}
          onClick={() => {
            if (window.confirm(t('mine.removeAllConfirm', { n: reports.length }))) void removeReports(client);
          }}
        >
          {t('mine.removeAll')}
        </button>
      </div>
      <ImportStatus />
      {/* Read from this browser's storage: never in the prerendered screen, which cannot know it. */}
      <section aria-labelledby="mine-kept" className="space-y-2" data-pre-skip="">
        <h2 id="mine-kept" className="text-lg font-semibold">
          {t('mine.kept', { n: reports.length })}
        </h2>
        {mine.isError ? (
          <p role="alert">{t('mine.noStorage', { message: mine.error.message })}</p>
        ) : reports.length === 0 ? (
          <p>{t('mine.none')}</p>
        ) : (
          <MyReportsTable reports={reports} />
        )}
      </section>
    </article>
  );
}

/** A button for a hidden file input: many files, or a folder's files (with their paths). */
function FilesButton(p: {
  label: string;
  testId: string;
  disabled: boolean;
  folder?: boolean;
  onPick: (files: FileList | null) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={button} onClick={() => input.current?.click()} disabled={p.disabled}>
        {p.label}
      </button>
      <input
        ref={(el) => {
          input.current = el;
          // React does not know the attribute: set as the browsers that pick folders read it.
          if (p.folder) el?.setAttribute('webkitdirectory', '');
        }}
        type="file"
        multiple
        className="hidden"
        data-testid={p.testId}
        aria-label={p.label}
        onChange={(e) => {
          p.onPick(e.target.files);
          e.target.value = '';
        }}
      />
    </>
  );
}

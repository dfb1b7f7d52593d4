import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useT } from '../state/hooks';

/** "Open a report…": a button for the hidden file picker (one report opens; several go to My reports). */
export function OpenReport() {
  const t = useT();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => input.current?.click()}
        className="rounded border border-[var(--border)] bg-[var(--bg)] px-2 py-0.5"
      >
        {t('open.button')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept=".zip,.json,.html,.htm,.pdf,.docx,.doc,.wps,.txt,.md,.markdown,application/json,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown"
        className="hidden"
        data-testid="open-file"
        aria-label={t('open.button')}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          void import('./openFiles').then((m) => m.openFiles(files, t, client));
        }}
      />
    </>
  );
}

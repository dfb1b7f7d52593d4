import { useState } from 'react';
import { LANGS, type Lang } from '../data/vocab';
import { useLang, useT } from '../state/hooks';
import { useStore, type Theme } from '../state/store';
import { ViewLink } from '../panels/shared/ViewLink';
import { OpenReport } from './OpenReport';

const LANG_NAMES: Record<Lang, string> = { 'zh-Hant': '繁體中文', 'zh-Hans': '简体中文', en: 'English' };
const THEMES: Theme[] = ['system', 'light', 'dark'];

/** App name, the two top-level views, and the language and theme switches. */
export function Header() {
  const t = useT();
  const lang = useLang();
  const area = useStore((s) => s.view.area);
  const view = useStore((s) => s.view.view);
  const theme = useStore((s) => s.theme);
  const { setView, setTheme } = useStore.getState();
  const [settingsOpen, setSettingsOpen] = useState(false);
  return (
    <header className="no-print border-b border-[var(--border)] bg-[var(--surface)]">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-2 sm:gap-x-4">
        <span className="font-bold max-sm:sr-only">{t('app.name')}</span>
        <nav className="flex gap-3 text-sm">
          <ViewLink
            to={{ view: null, area: null, fact: null }}
            aria-current={area === null && view === null ? 'page' : undefined}
            className="underline-offset-2 hover:underline"
          >
            {t('nav.overview')}
          </ViewLink>
          <ViewLink
            to={{ view: null, area: 'checks', fact: null }}
            aria-current={area === 'checks' && view === null ? 'page' : undefined}
            className="underline-offset-2 hover:underline"
          >
            {t('nav.checks')}
          </ViewLink>
          <ViewLink
            to={{ view: 'text', area: null, fact: null }}
            aria-current={view === 'text' ? 'page' : undefined}
            className="underline-offset-2 hover:underline"
          >
            {t('nav.text')}
          </ViewLink>
          <ViewLink
            to={{ view: 'library', area: null, fact: null }}
            aria-current={view === 'library' || view === 'trends' ? 'page' : undefined}
            className="underline-offset-2 hover:underline"
          >
            {t('nav.library')}
          </ViewLink>
          <ViewLink
            to={{ view: 'compare', area: null, fact: null }}
            aria-current={view === 'compare' ? 'page' : undefined}
            className="underline-offset-2 hover:underline"
          >
            {t('nav.compare')}
          </ViewLink>
        </nav>
        {/* A phone keeps one row: the settings fold behind a button. */}
        <button
          type="button"
          className="ml-auto rounded border border-[var(--border)] px-2 py-0.5 text-sm sm:hidden"
          aria-label={t('header.settings')}
          aria-expanded={settingsOpen}
          aria-controls="header-settings"
          onClick={() => setSettingsOpen((o) => !o)}
        >
          <span aria-hidden="true">⚙</span>
        </button>
        <div
          id="header-settings"
          className={`${settingsOpen ? 'flex' : 'hidden'} w-full flex-wrap items-center gap-3 text-sm sm:ml-auto sm:flex sm:w-auto`}
        >
          <OpenReport />
          {/* Beside the file picker: the reports opened here are kept there. On a phone the nav keeps one row. */}
          <ViewLink
            to={{ view: 'mine', area: null, fact: null }}
            aria-current={view === 'mine' ? 'page' : undefined}
            className="underline-offset-2 hover:underline"
          >
            {t('nav.mine')}
          </ViewLink>
          <ViewLink
            to={{ view: 'review', area: null, fact: null }}
            aria-current={view === 'review' ? 'page' : undefined}
            className="underline-offset-2 hover:underline"
          >
            {t('nav.review')}
          </ViewLink>
          <ViewLink
            to={{ view: 'data', area: null, fact: null }}
            aria-current={view === 'data' || view === 'query' ? 'page' : undefined}
            className="underline-offset-2 hover:underline"
          >
            {t('nav.data')}
          </ViewLink>
          <label className="flex items-center gap-1">
            {t('lang.label')}
            <select
              value={lang}
              onChange={(e) => setView({ lang: e.target.value as Lang })}
              className="rounded border border-[var(--border)] bg-[var(--bg)] px-1 py-0.5"
            >
              {LANGS.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANG_NAMES[l]}
                </option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-1">
            {t('theme.label')}
            <select
              value={theme}
              onChange={(e) => setTheme(e.target.value as Theme)}
              className="rounded border border-[var(--border)] bg-[var(--bg)] px-1 py-0.5"
            >
              {THEMES.map((th) => (
                <option key={th} value={th}>
                  {t(`theme.${th}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
    </header>
  );
}

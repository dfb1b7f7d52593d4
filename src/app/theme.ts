import { useStore, type Theme } from '../state/store';

/** Applies the chosen theme as a class on <html> and remembers the choice. */

const KEY = 'disclosure-dashboard.theme';

function readSaved(): Theme {
  try {
    const saved = window.localStorage.getItem(KEY);
    return saved === 'light' || saved === 'dark' ? saved : 'system';
  } catch {
    return 'system';
  }
}

export function startTheme(): () => void {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const apply = (theme: Theme) => {
    const dark = theme === 'dark' || (theme === 'system' && media.matches);
    document.documentElement.classList.toggle('dark', dark);
  };
  useStore.getState().setTheme(readSaved());
  apply(useStore.getState().theme);
  const unsubscribe = useStore.subscribe((s, prev) => {
    if (s.theme === prev.theme) return;
    apply(s.theme);
    try {
      window.localStorage.setItem(KEY, s.theme);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  });
  const onChange = () => apply(useStore.getState().theme);
  media.addEventListener('change', onChange);
  return () => {
    unsubscribe();
    media.removeEventListener('change', onChange);
  };
}

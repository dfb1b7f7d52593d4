import type LibraryShell from './LibraryShell';

type ShellModule = { default: typeof LibraryShell };
type Known = Promise<ShellModule> & { status?: 'fulfilled'; value?: ShellModule };

let shell: Known | null = null;

/**
 * The library's views are their own chunk: a report's dashboard never loads them. Once here, the promise says
 * so as React's `use` reads it (status 'fulfilled'), so a view renders at once instead of suspending: a
 * suspended first render showed "Loading…" and React then held the view back until 300 ms after that fallback
 * (its throttle of revealed content: 180 ms lost on a body's trends at 4x CPU).
 */
export function loadShell(): Promise<ShellModule> {
  if (shell) return shell;
  const p: Known = import('./LibraryShell').then((m) => {
    p.status = 'fulfilled';
    p.value = m;
    return m;
  });
  // A chunk that failed to load is asked for again by the next render.
  p.catch(() => {
    if (shell === p) shell = null;
  });
  shell = p;
  return p;
}

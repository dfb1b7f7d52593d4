/**
 * Requests the page's boot script made before the app's scripts arrived
 * (scripts/prerender/early.ts): the first data a library view reads. Each is
 * taken once, by the URL and range the app itself would ask.
 */
type Early = Record<string, Promise<Response> | undefined>;

/** The boot script's answer for `url` (and `range`), if it asked; a failed one is asked again. */
export function takeEarly(url: string, range?: string, init?: RequestInit): Promise<Response> | undefined {
  // Read when asked, not when this module loads: the library's boot script may run after the app's modules.
  const early = (globalThis as { __early?: Early }).__early;
  if (!early) return undefined;
  const key = new URL(url, location.href).href + (range ? `#${range}` : '');
  const asked = early[key];
  if (!asked) return undefined;
  early[key] = undefined;
  return asked.catch(() => fetch(url, init));
}

/** Every range of `url` the boot script asked for, taken: handed to the worker that reads the file. */
export function takeEarlyRanges(url: string): { range: string; answer: Promise<Response> }[] {
  const early = (globalThis as { __early?: Early }).__early;
  if (!early) return [];
  const at = `${new URL(url, location.href).href}#`;
  return Object.keys(early).flatMap((key) => {
    const answer = key.startsWith(at) ? early[key] : undefined;
    if (!answer) return [];
    early[key] = undefined;
    return [{ range: key.slice(at.length), answer }];
  });
}

/** Answers made elsewhere (the page's boot script, handed over to a worker), to be taken as the boot script's. */
export function giveEarly(url: string, range: string, answer: Promise<Response>): void {
  const g = globalThis as { __early?: Early };
  (g.__early ??= {})[`${new URL(url, location.href).href}#${range}`] = answer;
}

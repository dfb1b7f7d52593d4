/**
 * The tab's title. While a view's history entry is still to be written (app/urlSync.ts writes it
 * after the click's paint), the title waits for it: set before, it would name the entry before.
 */
let held = false;
let waiting: string | null = null;

export function setPageTitle(title: string): void {
  if (held) waiting = title;
  else document.title = title;
}

/** A history entry is on its way: titles wait. */
export function holdTitle(): void {
  held = true;
}

/** The entry is written (or given up, `apply` false: Back came first): the last title waiting is set. */
export function releaseTitle(apply = true): void {
  held = false;
  if (apply && waiting !== null) document.title = waiting;
  waiting = null;
}

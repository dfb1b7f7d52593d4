/**
 * A table's sort as one URL word, shared by the tables that keep theirs in the URL:
 * `column` sorts its own way (words A to Z, numbers largest first), `column.asc` / `column.desc` the other.
 */
export interface Sort<C extends string> {
  column: C | null;
  descending: boolean;
}

export function sortWord<C extends string>(columns: readonly C[], words: ReadonlySet<C>) {
  const ownWay = (c: C) => !words.has(c);
  return {
    /** null for a word no column answers to (an old or mistyped link). */
    parse(raw: string): Sort<C> | null {
      const [column, dir, ...rest] = raw.split('.');
      const known = columns.find((c) => c === column);
      if (!known || rest.length > 0 || (dir !== undefined && dir !== 'asc' && dir !== 'desc')) return null;
      return { column: known, descending: dir === undefined ? ownWay(known) : dir === 'desc' };
    },
    param(s: Sort<C>): string | null {
      if (s.column === null) return null;
      return s.descending === ownWay(s.column) ? s.column : `${s.column}.${s.descending ? 'desc' : 'asc'}`;
    },
    /** What a click on a column's header asks for: its own way first, the other way on the next click. */
    toggle(s: Sort<C>, c: C): Sort<C> {
      return s.column === c ? { column: c, descending: !s.descending } : { column: c, descending: ownWay(c) };
    },
  };
}

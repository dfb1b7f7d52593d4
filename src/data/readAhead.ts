import { BODY_READS } from '../library/columns';
import { partOf, partPath } from '../library/parts';

type Where = Record<string, string | number>;
type Rows = Record<string, unknown>[] | undefined;
/** Rows of one Parquet file of the site equal to `where`, only `columns`; undefined when the file is not there. */
export type ReadFile = (url: string, where: Where, columns: readonly string[]) => Promise<Rows>;

const keyOf = (url: string, where: Where, columns: readonly string[]) =>
  `${url}\n${JSON.stringify(where)}\n${columns.join(',')}`;

let ahead = new Map<string, Promise<Rows>>();

/**
 * Starts the reads a body's trends will ask of its part (columns.ts BODY_READS), in the tables' worker, as soon as
 * the page's boot script knows the body: the app asks for them only once its scripts have run. Replaces the
 * reads of a body before. `base`: the tables' folder as an absolute URL.
 */
export function readAhead(body: string, parts: number, base: string, read: ReadFile): void {
  const where = { body_id: body };
  ahead = new Map(
    BODY_READS.map(([table, columns]) => {
      const url = `${base}${partPath(table, partOf(body, parts))}`;
      const rows = read(url, where, columns);
      // An ask of it reads again (tables.worker.ts).
      rows.catch(() => undefined);
      return [keyOf(url, where, columns), rows] as const;
    }),
  );
}

/** The rows read ahead for this ask (the same file, rows and columns), if any. */
export const takeAhead = (url: string, where: Where, columns: readonly string[]): Promise<Rows> | undefined =>
  ahead.get(keyOf(url, where, columns));

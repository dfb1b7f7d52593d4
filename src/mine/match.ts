import { fetchCatalogue, fetchNames } from '../library/load';
import type { Body } from '../library/types';
import { buildRecord, type Built, type Stored } from './record';

/**
 * An imported report's record, its body matched against the library's bodies. A library small enough to list
 * whole hands its bodies in `bodies`; a national one (150,000 bodies) is matched against its names table
 * (one file, read once here), and the body matched is then read whole from its own part of the tables, so
 * its region and level are the library's. Were that part unreadable, the report's own region is kept.
 */
export async function matchedRecord(b: Built, bodies: readonly Body[], added: number, names: boolean): Promise<Stored> {
  if (!names) return buildRecord(b, bodies, added);
  // Names that cannot be read (offline) leave the report as written, to be filed under its body later, as a
  // small library's unreadable list does (known.ts): the import is never refused for it.
  const library = await libraryBodies().catch((): Body[] => []);
  // The reader's bodies first: a body of theirs and the library's with one name is theirs, as with a small library.
  const first = buildRecord(b, [...bodies, ...library], added);
  const id = first.report.body.id;
  if (!first.report.known || bodies.some((x) => x.id === id)) return first;
  const whole = await fetchCatalogue(id).then(
    (c) => c.bodies.find((x) => x.id === id),
    () => undefined,
  );
  const stub = library.find((x) => x.id === id);
  return buildRecord(b, [...bodies, whole ?? { ...(stub ?? first.report.body), region: b.dataset.meta.region }], added);
}

const NO_REGION: Body['region'] = { en: '', 'zh-Hans': '', 'zh-Hant': '' };

let read: Promise<Body[]> | null = null;
/**
 * Every body of the names table as a body to match by name, made once per worker (or page): its region is
 * not in that table, and a record is never built with this one (the body's part, or the report's own, gives
 * it). A failed read is tried again by the next report.
 */
function libraryBodies(): Promise<Body[]> {
  read ??= fetchNames().then(
    (all) =>
      all.map((n) => ({
        id: n.id,
        name: n.name,
        region: NO_REGION,
        ...(n.aliases.length > 0 ? { aliases: n.aliases.slice(0, 20) } : {}),
      })),
    (e: unknown) => {
      read = null;
      throw e;
    },
  );
  return read;
}

import { fetchCatalogue, fetchNames } from '../library/load';
import type { BodyName } from '../library/names';
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
  const given = new Set(bodies.map((x) => x.id));
  const region = b.dataset.meta.region;
  // Names that cannot be read (offline) leave the report as written, to be filed under its body later, as a
  // small library's unreadable list does (known.ts): the import is never refused for it.
  const all = await libraryNames().catch(() => []);
  const library = all.filter((n) => !given.has(n.id)).map((n) => asBody(n, region));
  const first = buildRecord(b, [...bodies, ...library], added);
  if (!first.report.known || given.has(first.report.body.id)) return first;
  const id = first.report.body.id;
  const whole = await fetchCatalogue(id).then(
    (c) => c.bodies.find((x) => x.id === id),
    () => undefined,
  );
  return whole ? buildRecord(b, [...bodies, whole], added) : first;
}

let names: Promise<BodyName[]> | null = null;
/** Read once per worker (or page); a failed read is tried again by the next report. */
function libraryNames(): Promise<BodyName[]> {
  names ??= fetchNames().catch((e: unknown) => {
    names = null;
    throw e;
  });
  return names;
}

const asBody = (n: BodyName, region: Body['region']): Body => ({
  id: n.id,
  name: n.name,
  region,
  ...(n.aliases.length > 0 ? { aliases: n.aliases.slice(0, 20) } : {}),
});

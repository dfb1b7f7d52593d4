import type { QueryClient } from '@tanstack/react-query';
import { catalogueQuery } from '../library/load';
import type { Body } from '../library/types';
import { mineQuery } from './queries';

/** What an import compares a file against: its fingerprint, and the bodies a title may name. */

/** SHA-256 of a file's bytes, in hex: the same file twice is imported once. */
export async function sha256(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The library's bodies and the reader's own, each once (a library without its catalogue still has the reader's). */
export async function knownBodies(client: QueryClient): Promise<Body[]> {
  const [catalogue, mine] = await Promise.all([
    client.ensureQueryData(catalogueQuery()).catch(() => null),
    client.ensureQueryData(mineQuery()).catch(() => []),
  ]);
  const bodies: Body[] = [...(catalogue?.bodies ?? [])];
  for (const m of mine) if (!bodies.some((b) => b.id === m.body.id)) bodies.push(m.body);
  return bodies;
}

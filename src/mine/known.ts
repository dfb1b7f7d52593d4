import type { QueryClient } from '@tanstack/react-query';
import { catalogueQuery, listsWhole, outlineQuery } from '../library/load';
import type { Body } from '../library/types';
import { mineQuery } from './queries';

/** What an import compares a file against: its fingerprint, and the bodies a title may name. */

/** SHA-256 of a file's bytes, in hex: the same file twice is imported once. */
export async function sha256(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The library's bodies and the reader's own, each once (a library without its catalogue still has the
 * reader's). `names`: the library is too large to list (150,000 bodies): only the reader's bodies are
 * handed over, and the import matches against the library's names table (match.ts), never every part.
 */
export async function knownBodies(client: QueryClient): Promise<{ bodies: Body[]; names: boolean }> {
  const [outline, mine] = await Promise.all([
    client.ensureQueryData(outlineQuery()).catch(() => null),
    client.ensureQueryData(mineQuery()).catch(() => []),
  ]);
  const names = outline !== null && !listsWhole(outline);
  const catalogue = names ? null : await client.ensureQueryData(catalogueQuery()).catch(() => null);
  const bodies: Body[] = [...(catalogue?.bodies ?? [])];
  for (const m of mine) if (!bodies.some((b) => b.id === m.body.id)) bodies.push(m.body);
  return { bodies, names };
}

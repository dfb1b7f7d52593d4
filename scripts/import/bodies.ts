import type { Dataset } from '../../src/data/schema';
import type { Body } from '../../src/library/types';

const norm = (s: string) => s.replace(/\s+/g, '');

/**
 * The library's body an imported report is by, from the name its title gives:
 * the same name, or one that ends the other (洪泽区人民政府 is
 * 淮安市洪泽区人民政府). Too short a name (人民政府) matches nothing; an
 * unknown body keeps the importer's own id.
 */
export function matchBody(bodies: readonly Body[], d: Dataset): Body | undefined {
  const name = norm(d.meta.body?.name['zh-Hans'] ?? '');
  if (name.length < 2) return undefined;
  return bodies.find((b) => {
    const known = norm(b.name['zh-Hans']);
    const [shorter, longer] = known.length <= name.length ? [known, name] : [name, known];
    return shorter === longer || (shorter.length >= 5 && longer.endsWith(shorter));
  });
}

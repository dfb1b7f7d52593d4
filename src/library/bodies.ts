import type { Dataset, L10n } from '../data/schema';
import { reportYear } from './summary';
import type { Body } from './types';

const norm = (s: string) => s.replace(/\s+/g, '');

/**
 * Characters OCR mistakes for one another in place names (a stroke apart):
 * 沭阳 read as 沐阳. Each group is folded to its first character before names
 * are compared a second time.
 */
const CONFUSABLE = ['沭沐', '未末', '已己巳', '日曰', '土士', '戌戍戊', '汩汨', '乌鸟', '大太', '玉王'];
const FOLD = new Map(CONFUSABLE.flatMap((group) => [...group].map((c) => [c, group[0] as string] as const)));
const fold = (s: string) => [...s].map((c) => FOLD.get(c) ?? c).join('');

/** The same name, or one that ends the other (洪泽区人民政府 is 淮安市洪泽区人民政府); 人民政府 alone matches nothing. */
function sameBody(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter === longer || (shorter.length >= 5 && longer.endsWith(shorter));
}

export type BodyMatch = { body: Body; how: 'name' } | { body: Body; how: 'ocr'; written: string };

/**
 * The library's body an imported report is by, from the name its title gives.
 * A name that matches only once OCR's usual confusions are undone is a
 * suggestion to confirm, never applied silently; an unknown body keeps the
 * importer's own id.
 */
export function matchBody(bodies: readonly Body[], d: Dataset): BodyMatch | undefined {
  const written = d.meta.body?.name;
  const names = [written?.['zh-Hans'], written?.['zh-Hant']].map((n) => norm(n ?? '')).filter((n) => n.length >= 2);
  const first = names[0];
  if (first === undefined) return undefined;
  // Every name the registry knows the body by: canonical in both scripts, and its aliases.
  const known = (b: Body) => [b.name['zh-Hans'], b.name['zh-Hant'], ...(b.aliases ?? [])].map(norm);
  const byName = bodies.find((b) => known(b).some((k) => names.some((n) => sameBody(k, n))));
  if (byName) return { body: byName, how: 'name' };
  const byOcr = bodies.find((b) => known(b).some((k) => names.some((n) => sameBody(fold(k), fold(n)))));
  return byOcr ? { body: byOcr, how: 'ocr', written: first } : undefined;
}

/**
 * A body the report's text names near its start, when its title names none: only
 * one body of the registry may be named there (a department's report may name its
 * government too), and it is offered, never applied.
 */
export function bodyInText(bodies: readonly Body[], text: string): Body | undefined {
  const head = norm(text.slice(0, 3000));
  const found = bodies.filter((b) =>
    [b.name['zh-Hans'], b.name['zh-Hant'], ...(b.aliases ?? [])].some(
      (n) => norm(n).length >= 5 && head.includes(norm(n)),
    ),
  );
  return found.length === 1 ? found[0] : undefined;
}

/**
 * A report renamed after its body: id <body>-<year>, body, region, publisher and
 * an English title that names the body (the Chinese title stays as printed).
 */
export function relabel(d: Dataset, body: Body, title?: Pick<L10n, 'zh-Hant' | 'zh-Hans'>): Dataset {
  const year = reportYear(d);
  const id = `${body.id}-${year}`;
  if (title && !title['zh-Hans'].includes(String(year)))
    throw new Error(`${id}: the title given in reports/library.ts does not name the year the importer read (${year})`);
  return {
    ...d,
    meta: {
      ...d.meta,
      id,
      title: {
        ...(title ?? d.meta.title),
        en: `Government information disclosure annual report ${year} (${body.name.en})`,
      },
      region: body.region,
      publisher: body.name,
      ...(d.meta.source ? { source: { ...d.meta.source, file: `${id}.txt` } } : {}),
      body: { id: body.id, name: body.name },
    },
  };
}

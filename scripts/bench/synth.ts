import type { Dataset, Relation } from '../../src/data/schema';

/**
 * A synthetic report `factor` times the real one: every area (the overview's
 * copies become ordinary areas) with its facts, lists, charts and relations
 * repeated under new ids. Quotes and offsets are kept, so provenance still
 * holds against the same source text. Same schema, so the app treats it as any
 * other report.
 */
export function synthesize(base: Dataset, factor: number): Dataset {
  const d: Dataset = structuredClone(base);
  const suffix = (id: string, k: number) => `${id}-x${k}`;
  for (let k = 1; k < factor; k++) {
    const fid = (id: string) => suffix(id, k);
    for (const a of base.areas)
      d.areas.push({
        ...a,
        id: fid(a.id),
        title: {
          'zh-Hant': `${a.title['zh-Hant']} ${k}`,
          'zh-Hans': `${a.title['zh-Hans']} ${k}`,
          en: `${a.title.en} ${k}`,
        },
      });
    for (const f of base.facts) d.facts.push({ ...f, id: fid(f.id), area: fid(f.area) });
    for (const l of base.lists) d.lists.push({ ...l, id: fid(l.id), area: fid(l.area) });
    for (const g of base.groupings)
      d.groupings.push({
        ...g,
        id: fid(g.id),
        area: fid(g.area),
        bars: g.bars.map((b) => ({ ...b, fact: fid(b.fact), ...(b.share ? { share: fid(b.share) } : {}) })),
      });
    for (const r of base.relations) d.relations.push(remap(r, fid));
  }
  d.meta.id = `${base.meta.id}-synthetic-${factor}x`;
  return d;
}

function remap(r: Relation, fid: (id: string) => string): Relation {
  const id = fid(r.id);
  switch (r.kind) {
    case 'sum':
      return { ...r, id, parts: r.parts.map(fid), total: typeof r.total === 'string' ? fid(r.total) : r.total };
    case 'share':
      return { ...r, id, share: fid(r.share), part: fid(r.part), whole: fid(r.whole) };
    case 'within':
    case 'cover':
      return { ...r, id, parts: r.parts.map(fid), total: fid(r.total) };
    case 'balance':
      return { ...r, id, left: r.left.map(fid), right: r.right.map(fid) };
    case 'equal':
      return { ...r, id, facts: [fid(r.facts[0]), fid(r.facts[1])] };
    case 'count':
      return { ...r, id, fact: fid(r.fact), list: fid(r.list) };
  }
}

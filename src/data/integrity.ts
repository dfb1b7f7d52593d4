import type { z } from 'zod';
import type { Dataset } from './schema';
import { DIMENSIONS } from './vocab';

/**
 * Cross-references the shape alone cannot check (fact -> area, bar -> fact,
 * relation -> quantity, ...), each broken link reported at its own JSON path.
 */

type Ctx = z.RefinementCtx;

function unique(ids: readonly string[], path: string, ctx: Ctx): Set<string> {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `duplicate id "${id}"`, path: [path, i, 'id'] });
    seen.add(id);
  });
  return seen;
}

export function refineDataset(d: Dataset, ctx: Ctx): void {
  const areas = unique(
    d.areas.map((a) => a.id),
    'areas',
    ctx,
  );
  const facts = unique(
    d.facts.map((f) => f.id),
    'facts',
    ctx,
  );
  const lists = unique(
    d.lists.map((l) => l.id),
    'lists',
    ctx,
  );
  unique(
    d.groupings.map((g) => g.id),
    'groupings',
    ctx,
  );
  unique(
    d.relations.map((r) => r.id),
    'relations',
    ctx,
  );
  const dims = Object.fromEntries(
    DIMENSIONS.map((dim) => [dim, new Set(d.dimensions[dim].map((v) => v.id))]),
  ) as Record<(typeof DIMENSIONS)[number], Set<string>>;
  const missing = (path: (string | number)[], what: string, id: string) =>
    ctx.addIssue({ code: 'custom', message: `unknown ${what} "${id}"`, path });
  const needFact = (id: string, path: (string | number)[]) => {
    if (!facts.has(id)) missing(path, 'fact', id);
  };
  const quantities = new Set(d.facts.filter((f) => f.kind === 'quantity').map((f) => f.id));
  // Relations do arithmetic, so they may only read quantities (not dates).
  const needQuantity = (id: string, path: (string | number)[]) => {
    if (!facts.has(id)) missing(path, 'fact', id);
    else if (!quantities.has(id)) ctx.addIssue({ code: 'custom', message: `fact "${id}" is not a quantity`, path });
  };

  d.facts.forEach((f, i) => {
    if (!areas.has(f.area)) missing(['facts', i, 'area'], 'area', f.area);
    for (const dim of DIMENSIONS)
      f.tags?.[dim]?.forEach((t, j) => {
        if (!dims[dim].has(t)) missing(['facts', i, 'tags', dim, j], dim, t);
      });
    if (f.kind === 'quantity' && f.unit !== undefined && !(f.unit in d.units))
      missing(['facts', i, 'unit'], 'unit', f.unit);
    const inQuote = f.valueOffset >= f.offset && f.valueOffset + f.valueText.length <= f.offset + f.quote.length;
    if (!inQuote)
      ctx.addIssue({ code: 'custom', message: 'the value lies outside its quote', path: ['facts', i, 'valueOffset'] });
  });
  d.lists.forEach((l, i) => {
    if (!areas.has(l.area)) missing(['lists', i, 'area'], 'area', l.area);
  });
  d.groupings.forEach((g, i) => {
    if (!areas.has(g.area)) missing(['groupings', i, 'area'], 'area', g.area);
    const keys = g.dimension === 'custom' ? new Set(g.keys?.map((k) => k.id)) : dims[g.dimension];
    const series = new Set(g.series?.map((s) => s.id));
    g.bars.forEach((b, j) => {
      needQuantity(b.fact, ['groupings', i, 'bars', j, 'fact']);
      if (b.share !== undefined) needQuantity(b.share, ['groupings', i, 'bars', j, 'share']);
      if (!keys.has(b.key)) missing(['groupings', i, 'bars', j, 'key'], 'key', b.key);
      if (b.series !== undefined && !series.has(b.series))
        missing(['groupings', i, 'bars', j, 'series'], 'series', b.series);
    });
  });
  d.relations.forEach((r, i) => {
    const at = (...p: (string | number)[]) => ['relations', i, ...p];
    switch (r.kind) {
      case 'sum':
        if (typeof r.total === 'string') needQuantity(r.total, at('total'));
        r.parts.forEach((p, j) => needQuantity(p, at('parts', j)));
        break;
      case 'within':
      case 'cover':
        needQuantity(r.total, at('total'));
        r.parts.forEach((p, j) => needQuantity(p, at('parts', j)));
        break;
      case 'share':
        needQuantity(r.share, at('share'));
        needQuantity(r.part, at('part'));
        needQuantity(r.whole, at('whole'));
        break;
      case 'equal':
        r.facts.forEach((p, j) => needQuantity(p, at('facts', j)));
        break;
      case 'balance':
        r.left.forEach((p, j) => needQuantity(p, at('left', j)));
        r.right.forEach((p, j) => needQuantity(p, at('right', j)));
        break;
      case 'count':
        needQuantity(r.fact, at('fact'));
        if (!lists.has(r.list)) missing(at('list'), 'list', r.list);
        break;
    }
  });
  d.meta.headline.forEach((id, i) => needFact(id, ['meta', 'headline', i]));
}

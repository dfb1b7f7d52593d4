import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { barLayout } from '../../src/charts/barLayout';
import { buildChartModel } from '../../src/charts/model';
import type { Dataset } from '../../src/data/schema';
import { NO_FILTERS } from '../../src/data/url';
import { formatFact, formatTick } from '../../src/i18n/format';
import { enAll as en } from '../../src/i18n/en-all';
import { makeTranslate } from '../../src/i18n/messages';

/**
 * The floor the dashboard is measured against: a static page with the same
 * headline numbers and one inline SVG chart (its bars and labels at the app's
 * layout, as plain shapes), no script at all. Written into the build being
 * measured (dist/floor.html), so both are served alike.
 */
export function writeFloor(dist: string): string {
  const d = JSON.parse(readFileSync('public/data/luzhou-2018.json', 'utf8')) as Dataset;
  const t = makeTranslate(en);
  const g = d.groupings.find((x) => x.id === 'proactive-by-category') ?? d.groupings[0];
  if (!g) throw new Error('no chart');
  const model = buildChartModel(g, d, NO_FILTERS, 'en');
  const l = barLayout(model, {
    width: 600,
    valueLabels: model.bars.map((b) => String(b.value)),
    tickLabel: (v, max) => formatTick(v, model.unit, d.units, 'en', max),
  });
  const x = (v: number) => l.plot.left + (v / l.axis.max) * (l.plot.right - l.plot.left);
  const shapes = model.bars.map((b, i) => {
    const y = l.plot.top + l.band * (i + 0.5) - l.barSize / 2;
    return `<text x="${l.plot.left - 8}" y="${y + 14}" text-anchor="end" font-size="12">${b.keyLabel}</text><rect x="${l.plot.left}" y="${y}" width="${x(b.value) - l.plot.left}" height="${l.barSize}" fill="#1d4ed8"/><text x="${x(b.value) + 4}" y="${y + 14}" font-size="12">${b.value}</text>`;
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${l.width}" height="${l.height}" viewBox="0 0 ${l.width} ${l.height}"><title>${model.title}</title>${shapes.join('')}</svg>`;
  const cards = d.meta.headline
    .map((id) => d.facts.find((f) => f.id === id))
    .map((f) => (f ? `<div><b>${formatFact(f, d.units, 'en', t as never)}</b><br>${f.label.en}</div>` : ''))
    .join('');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Static floor page for the benchmark"><link rel="icon" href="data:,"><title>${d.meta.title.en}</title><style>body{font-family:system-ui,sans-serif;margin:1rem}div{display:inline-block;margin:.5rem;padding:.5rem;border:1px solid #ccc}svg{max-width:100%;height:auto}</style></head><body><h1>${d.meta.title.en}</h1><p>${d.meta.region.en} · ${d.meta.publisher.en}</p>${cards}${svg}</body></html>`;
  writeFileSync(join(dist, 'floor.html'), html);
  return '/floor.html';
}

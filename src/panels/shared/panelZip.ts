import type { Dataset, Lang } from '../../data/schema';
import { filterFacts, indexDataset, type Filters } from '../../data/selectors';
import { DIMENSIONS } from '../../data/vocab';
import { buildChartModel } from '../../charts/model';
import { factsCsv, type ComputedSum } from '../../export/chart';
import { enLater } from '../../i18n/en-later';
import { plainUnit } from '../../i18n/format';
import { addEnglish } from '../../i18n/messages';
import { exportName } from '../../export/name';
import { zipBlob } from '../../export/zip';
import type { Translate } from '../../i18n/messages';
import type { ChartExporter } from './exportRegistry';
import { csvContext } from './useExportMenu';
import { describeFilters } from './useFilterSummary';

addEnglish(enLater);

/**
 * A whole panel as one ZIP: every chart on it as PNG and SVG, its figures as
 * CSV and a README saying what is inside and which view it came from. Loaded
 * when a reader asks for it (with the export code).
 */
export async function panelZip(input: {
  d: Dataset;
  areaId: string;
  title: string;
  lang: Lang;
  t: Translate;
  filters: Filters;
  charts: Iterable<[string, ChartExporter]>;
}): Promise<{ name: string; blob: Blob }> {
  const { d, areaId, lang, t, filters } = input;
  const files: { name: string; blob: Blob }[] = [];
  for (const [id, exporter] of input.charts) {
    files.push({ name: `${id}.png`, blob: (await exporter.png()).blob });
    files.push({ name: `${id}.svg`, blob: (await exporter.svg()).blob });
  }
  // The panel's figures and every figure its charts draw (a channel total of another part of the report too),
  // then the totals the charts add up themselves, marked as computed.
  const idx = indexDataset(d);
  const models = d.groupings.filter((g) => g.area === areaId).map((g) => buildChartModel(g, d, filters, lang));
  const facts = [
    ...new Set([
      ...filterFacts(idx.factsByArea.get(areaId) ?? [], filters),
      ...models.flatMap((m) => m.bars.flatMap((b) => idx.factById.get(b.factId) ?? [])),
    ]),
  ];
  const sums = models.flatMap((m): ComputedSum[] =>
    m.sum === null
      ? []
      : [
          {
            id: `${m.id}.sum`,
            label: t('export.sumLabel', { chart: m.title }),
            value: m.sum,
            unit: m.unit,
            unitLabel: plainUnit(m.unit, d.units, lang, m.noun),
            from: m.bars.map((b) => b.factId),
          },
        ],
  );
  const ctx = csvContext(d.meta.id, d.meta.title[lang], describeFilters(d, filters, lang, t));
  files.push({ name: 'facts.csv', blob: factsCsv(facts, lang, d, ctx, sums) });
  const readme = t('export.readme', {
    panel: input.title,
    report: d.meta.title[lang],
    url: ctx.url,
    filters: ctx.filters || t('export.noFilters'),
    date: ctx.retrieved,
    files: files.map((f) => `- ${f.name}`).join('\n'),
  });
  files.unshift({ name: 'README.txt', blob: new Blob([readme.replaceAll('\n', '\r\n')], { type: 'text/plain' }) });
  const filterParts = DIMENSIONS.flatMap((dim) => filters[dim].map((v) => `${dim}-${v}`));
  return { name: exportName([d.meta.id, areaId, ...filterParts], 'zip'), blob: await zipBlob(files) };
}

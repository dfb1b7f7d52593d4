import type { ChartModel } from '../charts/model';
import type { Dataset, Fact, Lang } from '../data/schema';
import { DIMENSIONS } from '../data/vocab';
import { plainValue } from '../i18n/format';
import { formatSection } from '../i18n/sections';
import { csvBlob, type Cell } from './csv';
import { svgToPng } from './png';
import { serializeChartSvg, type ExportFrame, type ExportedSvg } from './svg';

/** The exports of one chart: each a function from the chart to a Blob. */

export interface ChartSource {
  svg: SVGSVGElement;
  frame: ExportFrame;
}

export function chartSvg({ svg, frame }: ChartSource): ExportedSvg & { blob: Blob } {
  const out = serializeChartSvg(svg, frame);
  return { ...out, blob: new Blob([out.text], { type: 'image/svg+xml;charset=utf-8' }) };
}

export async function chartPng(source: ChartSource, scale = 2): Promise<Blob> {
  const started = performance.now();
  const { text, width, height } = serializeChartSvg(source.svg, source.frame);
  const png = await svgToPng(text, width, height, scale);
  // Read by the benchmark (npm run bench): time from chart to PNG Blob.
  performance.measure('export-png', { start: started, end: performance.now() });
  return png;
}

export type ChartCsvColumn =
  'label' | 'series' | 'value' | 'unit' | 'written' | 'share' | 'approx' | 'section' | 'fact';

/** The chart's data as filtered: one row per bar, plain numbers, headers in the reader's language. */
export function chartCsv(model: ChartModel, headers: Record<ChartCsvColumn, string>): Blob {
  const grouped = model.series.length > 0;
  const columns: ChartCsvColumn[] = [
    'label',
    ...(grouped ? (['series'] as const) : []),
    'value',
    'unit',
    'written',
    'share',
    'approx',
    'section',
    'fact',
  ];
  const cell = (b: ChartModel['bars'][number], c: ChartCsvColumn): Cell =>
    ({
      label: b.keyLabel,
      series: b.seriesLabel,
      value: b.value,
      unit: b.unit,
      written: b.written,
      share: b.share?.value,
      approx: b.approx,
      section: b.section,
      fact: b.factId,
    })[c];
  return csvBlob([columns.map((c) => headers[c]), ...model.bars.map((b) => columns.map((c) => cell(b, c)))]);
}

export type FactCsvColumn =
  | 'fact'
  | 'label'
  | 'value'
  | 'unit'
  | 'written'
  | 'approx'
  | 'section'
  | 'quote'
  | 'offset'
  | 'channel'
  | 'category'
  | 'level';

/** Every figure of a panel with its provenance, for a researcher's spreadsheet. */
export function factsCsv(
  facts: readonly Fact[],
  lang: Lang,
  headers: Record<FactCsvColumn, string>,
  d: Pick<Dataset, 'units'>,
): Blob {
  const columns = Object.keys(headers) as FactCsvColumn[];
  const row = (f: Fact): Cell[] =>
    columns.map((c) => {
      switch (c) {
        case 'fact':
          return f.id;
        case 'label':
          return f.label[lang];
        case 'value':
          return f.kind === 'date' ? f.date : f.kind === 'blank' ? '' : plainValue(f.value, f.unit, d.units);
        case 'unit':
          return f.kind === 'quantity' ? f.unit : '';
        case 'written':
          return f.written;
        case 'approx':
          return f.kind === 'quantity' ? (f.approx ?? '') : '';
        case 'section':
          return formatSection(f.section, lang);
        case 'quote':
          return f.quote;
        case 'offset':
          return f.offset;
        default:
          return (DIMENSIONS.includes(c) ? f.tags?.[c] : undefined)?.join(' ') ?? '';
      }
    });
  return csvBlob([columns.map((c) => headers[c]), ...facts.map(row)]);
}

import type { ChartDrawing } from '../charts/drawing';
import type { ChartModel } from '../charts/model';
import { THEMES, type ExportTheme } from '../charts/palette';
import { drawingElement, drawingLayout } from '../charts/recharts/element';
import { factCheck } from '../data/reconcile';
import type { Dataset, Fact, Lang } from '../data/schema';
import { DIMENSIONS } from '../data/vocab';
import { plainUnit, plainValue } from '../i18n/format';
import { formatSection } from '../i18n/sections';
import { csvBlob, type Cell } from './csv';
import { renderOffscreen } from './offscreen';
import { svgToPng } from './png';
import { frameBlocks, framedSvg, type ExportedSvg, type ExportFrame } from './svg';

// The menu names its files from here: the name's code comes with the export's, not in the first screen's script.
export { exportName } from './name';

/** The exports of one chart: each a function from the chart to a Blob. */

export type SizePreset = 'screen' | 'social' | 'print';
export const SIZE_PRESETS: readonly SizePreset[] = ['screen', 'social', 'print'];

export interface ChartExport {
  drawing: ChartDrawing;
  frame: ExportFrame;
  theme: ExportTheme;
  size: SizePreset;
  /** The chart's width on screen, for the 'screen' size. */
  screenWidth: number;
}

const SOCIAL = { width: 1200, height: 675 };
/** A print column of 84 mm, laid out at 96 px to the inch and drawn at 300 dpi. */
const PRINT = { width: 318, scale: 300 / 96 };
const FONT = 12;

/** How the chart is framed at a preset: the image's width, its fixed height (a card), the text size and the PNG scale. */
interface Plan {
  width: number;
  height?: number;
  outputScale?: number;
  scale: number;
}

function plan(req: ChartExport, screenScale: number): Plan {
  if (req.size === 'print') return { width: PRINT.width, scale: PRINT.scale };
  if (req.size === 'screen') return { width: req.screenWidth + 34, scale: screenScale };
  // The largest text that still fits the card: laid out at 1200/s and drawn s times; the chart fills what is left.
  for (const s of [2.5, 2, 1.6, 1.5, 1.25, 1]) {
    const p = { width: SOCIAL.width / s, height: SOCIAL.height / s, outputScale: s, scale: s };
    const f = frameBlocks(req.frame, req.drawing.legend, req.drawing.id, { ...p, theme: req.theme, fontSize: FONT });
    if (drawingLayout(req.drawing, f.inner, FONT).height + f.chrome <= p.height + 0.5 || s === 1) return p;
  }
  throw new Error('unreachable');
}

const marksOf = (d: ChartDrawing) =>
  d.kind === 'bars' ? d.model.bars.length : d.options.slots.filter((s) => s.bar !== null).length;

/** The SVG at the asked size, and the scale that turns it into the PNG's pixels. */
export async function exportSvg(req: ChartExport, screenScale = 2): Promise<ExportedSvg & { scale: number }> {
  const p = plan(req, screenScale);
  const opts = { width: p.width, theme: req.theme, fontSize: FONT, outputScale: p.outputScale };
  const f = frameBlocks(req.frame, req.drawing.legend, req.drawing.id, opts);
  // A card's chart grows into the height its frame leaves; elsewhere it is as tall as it needs.
  const layout = drawingLayout(
    req.drawing,
    f.inner,
    FONT,
    p.height === undefined ? undefined : Math.floor(p.height - f.chrome),
  );
  const markup = await renderOffscreen(
    drawingElement(req.drawing, layout, THEMES[req.theme]),
    layout.width,
    layout.height,
    marksOf(req.drawing),
  );
  const chart = { markup, width: layout.width, height: layout.height };
  return {
    ...framedSvg(chart, req.drawing.legend, req.drawing.id, req.frame, { ...opts, height: p.height }),
    scale: p.scale,
  };
}

export async function chartSvgBlob(req: ChartExport): Promise<Blob> {
  return new Blob([(await exportSvg(req)).text], { type: 'image/svg+xml;charset=utf-8' });
}

export async function chartPng(req: ChartExport, screenScale = 2): Promise<Blob> {
  const started = performance.now();
  const { text, width, height, scale } = await exportSvg(req, screenScale);
  const png = await svgToPng(text, width, height, scale);
  // Read by the benchmark (npm run bench): time from chart to PNG Blob.
  performance.measure('export-png', { start: started, end: performance.now() });
  return png;
}

/** Where a table came from, written into every row so a copied sheet keeps it. */
export interface CsvContext {
  reportId: string;
  report: string;
  url: string;
  filters: string;
  /** ISO date the data was taken from the dashboard. */
  retrieved: string;
}

const contextColumns = ['report_id', 'report', 'view_url', 'filters', 'retrieved'] as const;
const contextCells = (c: CsvContext): Cell[] => [c.reportId, c.report, c.url, c.filters, c.retrieved];

/**
 * The chart's data as filtered: one row per bar, plain numbers. The header row is
 * ids, the same in every language, so a script reads any export; labels in the
 * reader's language are columns of their own.
 */
export function chartCsv(model: ChartModel, ctx: CsvContext): Blob {
  const header = [
    'category_id',
    'category',
    'series_id',
    'series',
    'value',
    'unit',
    'written',
    'share_stated_pct',
    'approximate',
    'section',
    'fact_id',
    ...contextColumns,
    // Added after the context columns, so the columns scripts already read keep their places.
    'counted_together',
    'check',
    'unit_as_written',
  ];
  const rows = model.bars.map((b): Cell[] => [
    b.key,
    b.keyLabel,
    b.series ?? '',
    b.seriesLabel ?? '',
    b.value,
    b.unitLabel,
    b.written,
    b.share?.value,
    b.approx,
    b.section,
    b.factId,
    ...contextCells(ctx),
    b.together.map((v) => v.id).join(' '),
    b.check,
    b.unit,
  ]);
  return csvBlob([header, ...rows]);
}

/** A total a chart adds up from its bars: not a figure of the report, so marked with what it was computed from. */
export interface ComputedSum {
  id: string;
  label: string;
  value: number;
  unit: string | undefined;
  unitLabel: string;
  from: readonly string[];
}

/** Every figure of a panel with its provenance, for a researcher's spreadsheet; the same id header row. */
export function factsCsv(
  facts: readonly Fact[],
  lang: Lang,
  d: Pick<Dataset, 'units' | 'facts' | 'lists' | 'relations'>,
  ctx: CsvContext,
  sums: readonly ComputedSum[] = [],
): Blob {
  const header = [
    'fact_id',
    'label',
    'value',
    'unit',
    'written',
    'approximate',
    'section',
    'section_source',
    'quote',
    'offset',
    ...DIMENSIONS,
    ...contextColumns,
    'check',
    // drafted: found in the text, not reviewed; confirmed / relabelled by a reader; empty: read from a table.
    'review',
    'unit_as_written',
    // A sum the dashboard computed: the figures it adds up; empty for a figure the report states.
    'computed_from',
  ];
  const rows = facts.map((f): Cell[] => [
    f.id,
    f.label[lang],
    f.kind === 'date' ? f.date : f.kind === 'blank' ? '' : plainValue(f.value, f.unit, d.units),
    f.kind === 'quantity' ? plainUnit(f.unit, d.units, lang, f.noun) : '',
    f.written,
    f.kind === 'quantity' ? (f.approx ?? '') : '',
    formatSection(f.section, lang),
    f.section,
    f.quote,
    f.offset,
    ...DIMENSIONS.map((dim) => f.tags?.[dim]?.join(' ') ?? ''),
    ...contextCells(ctx),
    factCheck(d, f.id).state,
    f.reviewed ?? (f.drafted ? 'drafted' : ''),
    f.kind === 'quantity' ? f.unit : '',
    '',
  ]);
  const computed = sums.map((s): Cell[] => {
    const cells: Cell[] = header.map(() => '');
    const put = (column: string, v: Cell) => (cells[header.indexOf(column)] = v);
    put('fact_id', s.id);
    put('label', s.label);
    put('value', s.value);
    put('unit', s.unitLabel);
    put('unit_as_written', s.unit);
    put('computed_from', s.from.join(' '));
    contextColumns.forEach((c, i) => put(c, contextCells(ctx)[i]));
    return cells;
  });
  return csvBlob([header, ...rows, ...computed]);
}

/** A series over the years: one row per year, gaps kept as gaps with their reason. */
export function seriesCsv(
  rows: readonly {
    year: number;
    value: number | undefined;
    state: string;
    report: string;
    facts: readonly string[];
    fromText: boolean;
    check: string;
    /** As the report prints it, where not the indicator's. */
    unit?: string;
  }[],
  indicator: { id: string; label: Record<Lang, string>; unit?: string },
  lang: Lang,
  ctx: CsvContext,
  /** A unit as the reader's language names it (件 -> "cases"); the report's own beside it. */
  unitLabel: (unit: string | undefined) => string,
): Blob {
  const header = ['year', 'indicator_id', 'indicator', 'value', 'unit', 'state', 'from_text', 'report_id', 'fact_ids'];
  const body = rows.map((r): Cell[] => [
    r.year,
    indicator.id,
    indicator.label[lang],
    r.value,
    unitLabel(r.unit ?? indicator.unit),
    r.state,
    r.fromText,
    r.report,
    r.facts.join(' '),
  ]);
  // The check column after the context columns, as in a chart's CSV.
  return csvBlob([
    [...header, 'view_url', 'retrieved', 'check', 'unit_as_written'],
    ...body.map((b, i) => [...b, ctx.url, ctx.retrieved, rows[i]?.check, rows[i]?.unit ?? indicator.unit]),
  ]);
}

import type { ChartDrawing } from '../../charts/drawing';
import type { MenuGroup, MenuItem } from '../../components/Menu';
import type { ChartExport, CsvContext, SizePreset } from '../../export/chart';
import { clipboardImageSupport, copyPng } from '../../export/clipboard';
import { useLang, useT } from '../../state/hooks';
import { useStore } from '../../state/store';
import type { embedCode as EmbedCode } from './embedCode';

// The export code (and fflate) is its own chunk, fetched when a reader reaches for an export menu.
const loadExport = () => Promise.all([import('../../export/chart'), import('../../export/download')]);
// The embed code too (the first screen's script has no room to spare), kept once here so that a copy made
// after the menu was reached for writes in the click itself, as a browser's clipboard wants.
let embedCodeOf: typeof EmbedCode | undefined;
const loadEmbed = () => import('./embedCode').then((m) => (embedCodeOf = m.embedCode));

/** What any chart needs to be exported: a report's grouping, a series over the years, a comparison. */
export interface ExportInput {
  /** File-name parts: report or library, chart id, filters (read when an export runs). */
  name: () => string[];
  title: string;
  drawing: ChartDrawing;
  /** The chart's notes as on screen: every export carries them. */
  notes: string[];
  /** The active filters in words, or '' (read when an export runs, so the menu never re-renders for them). */
  filters: () => string;
  sourceLine: string;
  /** The chart's width on screen. */
  width: number;
  /** The chart's table (the CSV code is in the export chunk); `ctx` says where it came from. */
  csv: (ctx: CsvContext) => Promise<Blob>;
  /** The report (or library) the table comes from, for the CSV's own columns. */
  report: { id: string; title: string };
  /** The chart alone for another site: the embed page's address (read when copied). */
  embedUrl?: () => string;
}

/** Where a table comes from, for its rows: the report, this view's link, its filters and today. */
export function csvContext(reportId: string, report: string, filters: string): CsvContext {
  return { reportId, report, url: window.location.href, filters, retrieved: new Date().toISOString().slice(0, 10) };
}

/** The export menu of one chart: size and background, then PNG 2x/3x, SVG, CSV and copy. */
export function useExportMenu(input: ExportInput) {
  const lang = useLang();
  const t = useT();
  const toast = useStore((s) => s.toast);
  const prefs = useStore((s) => s.exportPrefs);
  const setPrefs = useStore((s) => s.setExportPrefs);

  const request = (): ChartExport => {
    const { size, theme } = useStore.getState().exportPrefs;
    return {
      drawing: input.drawing,
      frame: {
        title: input.title,
        subtitle: input.filters() ? t('export.filters', { filters: input.filters() }) : '',
        notes: input.notes,
        source: input.sourceLine,
        lang,
      },
      theme,
      size,
      screenWidth: input.width,
    };
  };
  // The file's name is made by the export chunk (export/name.ts), as the file is.
  const name = async (ext: string, suffix = '', variant = true) => {
    const [{ exportName }] = await loadExport();
    const { size, theme } = useStore.getState().exportPrefs;
    const kind = variant
      ? [size === 'screen' ? '' : size, theme === 'light' ? '' : theme].filter(Boolean).join('-')
      : '';
    return exportName(input.name(), ext, `${kind ? `-${kind}` : ''}${suffix}`);
  };
  const png = async (scale = 2) => {
    const [{ chartPng }] = await loadExport();
    return { name: await name('png', scale === 3 ? '@3x' : ''), blob: await chartPng(request(), scale) };
  };
  const svg = async () => {
    const [{ chartSvgBlob }] = await loadExport();
    return { name: await name('svg'), blob: await chartSvgBlob(request()) };
  };
  const csv = async () => ({
    name: await name('csv', '', false),
    blob: await input.csv(csvContext(input.report.id, input.report.title, input.filters())),
  });

  const run = (work: () => Promise<string>) => () => {
    work().then(
      (message) => toast(message),
      (e: unknown) => toast(t('export.failed', { message: e instanceof Error ? e.message : String(e) }), 'error'),
    );
  };
  const save = async (file: Promise<{ name: string; blob: Blob }>) => {
    const [[, { downloadBlob }], { name: filename, blob }] = await Promise.all([loadExport(), file]);
    downloadBlob(blob, filename);
    return t('export.saved', { name: filename });
  };
  const copySupport = clipboardImageSupport();

  const groups: MenuGroup[] = [
    {
      id: 'size',
      label: t('export.size'),
      value: prefs.size,
      options: (['screen', 'social', 'print'] as const).map((id) => ({ id, label: t(`export.size.${id}`) })),
      onChange: (id) => setPrefs({ size: id as SizePreset }),
    },
    {
      id: 'theme',
      label: t('export.background'),
      value: prefs.theme,
      options: (['light', 'dark'] as const).map((id) => ({ id, label: t(`theme.${id}`) })),
      onChange: (id) => setPrefs({ theme: id === 'dark' ? 'dark' : 'light' }),
    },
  ];
  const items: MenuItem[] = [
    { id: 'png', label: t('export.png2'), run: run(() => save(png(2))) },
    { id: 'png3', label: t('export.png3'), run: run(() => save(png(3))) },
    { id: 'svg', label: t('export.svg'), run: run(() => save(svg())) },
    { id: 'csv', label: t('export.csv'), run: run(() => save(csv())) },
    ...(input.embedUrl
      ? [
          {
            id: 'embed',
            label: t('embed.copy'),
            unavailable: navigator.clipboard ? undefined : t('export.copyUnavailable.no-clipboard'),
            run: run(async () => {
              const url = input.embedUrl?.() ?? '';
              const embedCode = embedCodeOf ?? (await loadEmbed());
              await navigator.clipboard.writeText(embedCode(url, input.title, input.drawing.id));
              return t('embed.copied');
            }),
          },
        ]
      : []),
    {
      id: 'copy',
      label: t('export.copy'),
      unavailable: copySupport === 'ok' ? undefined : t(`export.copyUnavailable.${copySupport}`),
      run: run(async () => {
        await copyPng(png(2).then((p) => p.blob));
        return t('export.copied');
      }),
    },
  ];
  const prefetch = () => {
    void loadExport();
    if (input.embedUrl) void loadEmbed();
  };
  return { items, groups, png, svg, csv, prefetch };
}

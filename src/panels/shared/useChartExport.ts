import { useCallback } from 'react';
import { preloadChartRenderer } from '../../charts/ChartFigure';
import { MOUNT_EVENT } from '../../charts/useInView';
import type { ChartModel } from '../../charts/model';
import { seriesFill, seriesStyle } from '../../charts/palette';
import type { MenuItem } from '../../components/Menu';
import type { ExportFrame } from '../../export/svg';
import { DIMENSIONS } from '../../data/vocab';
import { clipboardImageSupport, copyPng } from '../../export/clipboard';
import { exportName } from '../../export/name';
import { useDataset, useLang, useT } from '../../state/hooks';
import { useStore } from '../../state/store';
import { describeFilters } from './useFilterSummary';

// The export code (and fflate) is its own chunk, fetched when a reader reaches for an export menu.
const loadExport = () => Promise.all([import('../../export/chart'), import('../../export/download')]);

/** Draws the chart if it is not yet (below the fold, or its code still loading) and waits for it. */
async function chartElement(chartId: string, getSvg: () => SVGSVGElement | null): Promise<SVGSVGElement> {
  document.querySelector(`figure[data-chart-id="${CSS.escape(chartId)}"]`)?.dispatchEvent(new Event(MOUNT_EVENT));
  await preloadChartRenderer();
  for (let i = 0; i < 120; i++) {
    const svg = getSvg();
    if (svg) return svg;
    await new Promise((r) => requestAnimationFrame(r));
  }
  throw new Error('the chart is not drawn');
}

/** The export menu of one chart: PNG 2x/3x, SVG, CSV and copy, named by what they are. */
export function useChartExport(model: ChartModel, getSvg: () => SVGSVGElement | null, sourceLine: string) {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  const toast = useStore((s) => s.toast);
  // Filters are read when an export runs, not subscribed to: the menu does not re-render the chart's figure.
  const filters = () => useStore.getState().view;

  const frame = (): ExportFrame => {
    const summary = describeFilters(d, filters(), lang, t);
    return {
      title: model.title,
      subtitle: summary ? t('export.filters', { filters: summary }) : '',
      legend:
        model.kind === 'grouped-bar'
          ? model.series.map((s, i) => ({ label: s.label, color: seriesStyle(i).color, fill: seriesFill(model.id, i) }))
          : [],
      source: sourceLine,
      lang,
    };
  };
  const name = (ext: string, suffix = '') =>
    exportName(
      [d.meta.id, model.id, ...DIMENSIONS.flatMap((dim) => filters()[dim].map((v) => `${dim}-${v}`))],
      ext,
      suffix,
    );
  const png = useCallback(
    async (scale = 2) => {
      const [{ chartPng }] = await loadExport();
      return {
        name: name('png'),
        blob: await chartPng({ svg: await chartElement(model.id, getSvg), frame: frame() }, scale),
      };
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- frame and name read the same inputs listed here
    [model, getSvg, lang, sourceLine, d, t],
  );

  const run = (work: () => Promise<string>) => () => {
    work().then(
      (message) => toast(message),
      (e: unknown) => toast(t('export.failed', { message: e instanceof Error ? e.message : String(e) }), 'error'),
    );
  };
  const save = async (blob: Blob, filename: string) => {
    const [, { downloadBlob }] = await loadExport();
    downloadBlob(blob, filename);
    return t('export.saved', { name: filename });
  };
  const csvHeaders = {
    label: t('csv.label'),
    series: t('csv.series'),
    value: t('csv.value'),
    unit: t('csv.unit'),
    written: t('csv.written'),
    share: t('csv.share'),
    approx: t('csv.approx'),
    section: t('csv.section'),
    fact: t('csv.fact'),
  };
  const copySupport = clipboardImageSupport();

  const items: MenuItem[] = [
    {
      id: 'png',
      label: t('export.png2'),
      run: run(async () => {
        const p = await png(2);
        return save(p.blob, p.name);
      }),
    },
    {
      id: 'png3',
      label: t('export.png3'),
      run: run(async () => save((await png(3)).blob, name('png', '@3x'))),
    },
    {
      id: 'svg',
      label: t('export.svg'),
      run: run(async () => {
        const [{ chartSvg }] = await loadExport();
        return save(chartSvg({ svg: await chartElement(model.id, getSvg), frame: frame() }).blob, name('svg'));
      }),
    },
    {
      id: 'csv',
      label: t('export.csv'),
      run: run(async () => {
        const [{ chartCsv }] = await loadExport();
        return save(chartCsv(model, csvHeaders), name('csv'));
      }),
    },
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
  return { items, png, prefetch: () => void loadExport() };
}

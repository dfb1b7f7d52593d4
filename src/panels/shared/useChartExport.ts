import { barDrawing } from '../../charts/drawing';
import type { ChartModel } from '../../charts/model';
import { serializeView } from '../../data/url';
import { DIMENSIONS } from '../../data/vocab';
import { useDataset, useLang, useT } from '../../state/hooks';
import { useStore } from '../../state/store';
import { useExportMenu } from './useExportMenu';
import { describeFilters } from './useFilterSummary';

export { csvContext } from './useExportMenu';

export interface ChartExportInput {
  model: ChartModel;
  valueLabel: (bar: ChartModel['bars'][number]) => string;
  tick: (value: number, axisMax: number) => string;
  /** The chart's notes as on screen (note, computed sum): every export carries them. */
  notes: string[];
  sourceLine: string;
  /** The chart's width on screen. */
  width: number;
}

/** The export menu of one of the open report's charts, named by report, chart and filters. */
export function useChartExport(input: ChartExportInput) {
  const { model, valueLabel, tick } = input;
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  // Filters are read when an export runs, not subscribed to: the menu does not re-render with them.
  const view = () => useStore.getState().view;
  return useExportMenu({
    name: () => [d.meta.id, model.id, ...DIMENSIONS.flatMap((dim) => view()[dim].map((v) => `${dim}-${v}`))],
    title: model.title,
    drawing: barDrawing(model, model.bars.map(valueLabel), tick),
    notes: input.notes,
    filters: () => describeFilters(d, view(), lang, t),
    sourceLine: input.sourceLine,
    width: input.width,
    csv: async (ctx) => (await import('../../export/chart')).chartCsv(model, ctx),
    report: { id: d.meta.id, title: d.meta.title[lang] },
    embedUrl: () => {
      const v = view();
      // The same report, language and filters; no area, figure or selection: the chart stands alone.
      const query = serializeView({ ...v, view: null, area: null, fact: null, select: null, lang: v.lang ?? lang });
      return `${window.location.origin}${import.meta.env.BASE_URL}embed.html${query}&embed=${encodeURIComponent(model.id)}`;
    },
  });
}

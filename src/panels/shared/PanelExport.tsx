import { useState } from 'react';
import { filterFacts, indexDataset } from '../../data/selectors';
import { DIMENSIONS } from '../../data/vocab';
import { exportName } from '../../export/name';
import { useDataset, useFilters, useLang, useT } from '../../state/hooks';
import { useStore } from '../../state/store';
import { useExportRegistry } from './exportRegistry';
import { csvContext } from './useChartExport';
import { describeFilters } from './useFilterSummary';

/**
 * One button for a whole panel: every chart on it as PNG and SVG, its figures as
 * CSV and a README saying what is inside and which view it came from, zipped in
 * the browser.
 */
export function PanelExport({ areaId, title }: { areaId: string; title: string }) {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  const filters = useFilters();
  const registry = useExportRegistry();
  const toast = useStore((s) => s.toast);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      const [{ zipBlob }, { factsCsv }, { downloadBlob }] = await Promise.all([
        import('../../export/zip'),
        import('../../export/chart'),
        import('../../export/download'),
      ]);
      const files: { name: string; blob: Blob }[] = [];
      for (const [id, exporter] of registry ?? []) {
        files.push({ name: `${id}.png`, blob: (await exporter.png()).blob });
        files.push({ name: `${id}.svg`, blob: (await exporter.svg()).blob });
      }
      const facts = filterFacts(indexDataset(d).factsByArea.get(areaId) ?? [], filters);
      const ctx = csvContext(d.meta.id, d.meta.title[lang], describeFilters(d, filters, lang, t));
      files.push({ name: 'facts.csv', blob: factsCsv(facts, lang, d, ctx) });
      const readme = t('export.readme', {
        panel: title,
        report: d.meta.title[lang],
        url: ctx.url,
        filters: ctx.filters || t('export.noFilters'),
        date: ctx.retrieved,
        files: files.map((f) => `- ${f.name}`).join('\n'),
      });
      files.unshift({ name: 'README.txt', blob: new Blob([readme.replaceAll('\n', '\r\n')], { type: 'text/plain' }) });
      const filterParts = DIMENSIONS.flatMap((dim) => filters[dim].map((v) => `${dim}-${v}`));
      const name = exportName([d.meta.id, areaId, ...filterParts], 'zip');
      downloadBlob(await zipBlob(files), name);
      toast(t('export.saved', { name }));
    } catch (e) {
      toast(t('export.failed', { message: e instanceof Error ? e.message : String(e) }), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <button
      type="button"
      onClick={() => void run()}
      disabled={busy}
      className="no-print rounded border border-[var(--border)] px-3 py-1 text-sm"
      data-testid="panel-export"
    >
      {busy ? t('export.working') : t('export.panel')}
      {!busy && <span className="sr-only">{t('export.panelRest')}</span>}
    </button>
  );
}

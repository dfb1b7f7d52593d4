import { useState } from 'react';
import { filterFacts, indexDataset } from '../../data/selectors';
import { DIMENSIONS } from '../../data/vocab';
import { exportName } from '../../export/name';
import { useDataset, useFilters, useLang, useT } from '../../state/hooks';
import { useStore } from '../../state/store';
import { useExportRegistry } from './exportRegistry';

/** One button for a whole panel: every chart on it as PNG and its figures as CSV, zipped in the browser. */
export function PanelExport({ areaId }: { areaId: string }) {
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
      for (const [id, exporter] of registry ?? []) files.push({ name: `${id}.png`, blob: (await exporter.png()).blob });
      const facts = filterFacts(indexDataset(d).factsByArea.get(areaId) ?? [], filters);
      const headers = {
        fact: t('csv.fact'),
        label: t('csv.label'),
        value: t('csv.value'),
        unit: t('csv.unit'),
        written: t('csv.written'),
        approx: t('csv.approx'),
        section: t('csv.section'),
        quote: t('csv.quote'),
        offset: t('csv.offset'),
        channel: t('dim.channel'),
        category: t('dim.category'),
        level: t('dim.level'),
      };
      files.push({ name: 'facts.csv', blob: factsCsv(facts, lang, headers, d) });
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

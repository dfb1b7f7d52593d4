import { useState } from 'react';
import { useDataset, useFilters, useLang, useT } from '../../state/hooks';
import { useStore } from '../../state/store';
import { useExportRegistry } from './exportRegistry';

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
      const [{ panelZip }, { downloadBlob }] = await Promise.all([
        import('./panelZip'),
        import('../../export/download'),
      ]);
      const { name, blob } = await panelZip({ d, areaId, title, lang, t, filters, charts: registry ?? [] });
      downloadBlob(blob, name);
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
      // aria-disabled, not disabled: a disabled button loses the keyboard's focus while the ZIP is made.
      onClick={() => !busy && void run()}
      aria-disabled={busy || undefined}
      className="no-print rounded border border-[var(--border)] px-3 py-1 text-sm"
      data-testid="panel-export"
    >
      {busy ? t('export.working') : t('export.panel')}
      {!busy && <span className="sr-only">{t('export.panelRest')}</span>}
    </button>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useT } from '../state/hooks';

const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');

/** Dropping files or a folder anywhere on the page opens them (openFiles); an overlay says so while they are dragged over. */
export function DropZone() {
  const t = useT();
  const client = useQueryClient();
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setOver(true);
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overHandler = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const data = e.dataTransfer;
      // Reading files is its own chunk: the first screen's script stays small.
      if (!data) return;
      const entries = [...data.items].map((i) => i.webkitGetAsEntry?.() ?? null);
      const dropped = [...data.files];
      void import('./openFiles').then((m) => m.openDropped(entries, dropped, t, client));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overHandler);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overHandler);
      window.removeEventListener('drop', drop);
    };
  }, [t, client]);
  if (!over) return null;
  return (
    <div
      className="pointer-events-none fixed inset-0 z-50 flex items-center justify-center bg-black/50"
      aria-hidden="true"
    >
      <p className="rounded-lg border-2 border-dashed border-white bg-[var(--bg)] p-8 text-lg">{t('open.drop')}</p>
    </div>
  );
}

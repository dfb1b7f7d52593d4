import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { LoadedData, LocalFile } from '../data/loader';
import { useT } from '../state/hooks';
import { useStore } from '../state/store';
import { correctView } from './urlSync';

/** A report file opened on its own is kept in My reports once it has been read (mine/keep.ts). */
export function useKeepOpened(file: LocalFile | null, loaded: LoadedData | undefined): void {
  const client = useQueryClient();
  const t = useT();
  useEffect(() => {
    if (!file?.bytes || !loaded) return;
    let live = true;
    void import('../mine/keep')
      .then((m) => m.keepOpened(file, loaded, client))
      .then(
        (id) => live && id !== null && useStore.getState().toast(t('mine.keptOne', { id })),
        // Storage refused (private window, quota): the report stays open, only not kept.
        (e: unknown) => live && useStore.getState().toast(t('mine.notKept', { message: String(e) }), 'error'),
      );
    return () => {
      live = false;
    };
  }, [file, loaded, client, t]);
}

/**
 * A `local:<name>` link after a reload: the report kept from that file opens in
 * its place. undefined while looking, null when none is kept.
 */
export function useKeptFromFile(name: string | null): string | null | undefined {
  const [found, setFound] = useState<{ name: string; id: string | null } | null>(null);
  useEffect(() => {
    if (name === null) return;
    let live = true;
    void import('../mine/keep')
      .then((m) => m.keptFromFile(name))
      .catch(() => null)
      .then((id) => {
        if (!live) return;
        setFound({ name, id });
        if (id !== null) correctView({ ...useStore.getState().view, data: `mine:${id}` });
      });
    return () => {
      live = false;
    };
  }, [name]);
  return found?.name === name ? found.id : undefined;
}

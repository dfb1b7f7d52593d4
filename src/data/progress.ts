/** Bytes received per dataset URL while it downloads, for a progress line. A tiny external store. */

export interface Progress {
  loaded: number;
  /** From Content-Length; null when the server does not say. */
  total: number | null;
}

const state = new Map<string, Progress>();
const listeners = new Set<() => void>();

export const downloadProgress = {
  get: (url: string): Progress | undefined => state.get(url),
  set(url: string, p: Progress): void {
    state.set(url, p);
    for (const l of listeners) l();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/// <reference lib="webworker" />
import { importReport } from './index';

/**
 * Imports a report off the main thread: decoding, table reading and the dataset
 * build (and pdf.js, loaded only for a PDF) never block the page.
 */
self.onmessage = async (event: MessageEvent<{ bytes: ArrayBuffer; name: string; partial: boolean }>) => {
  const { bytes, name, partial } = event.data;
  try {
    self.postMessage(await importReport(new Uint8Array(bytes), name, { partial }));
  } catch (e) {
    self.postMessage({ ok: false, message: e instanceof Error ? e.message : String(e) });
  }
};

/// <reference lib="webworker" />
import { parseDataset } from './parse';

/**
 * JSON.parse and schema validation off the main thread: a large report is
 * read while the page stays responsive (and zod never costs first paint).
 */
self.onmessage = (event: MessageEvent<string>) => {
  let json: unknown;
  try {
    json = JSON.parse(event.data);
  } catch (e) {
    self.postMessage({ ok: false, json: e instanceof Error ? e.message : String(e) });
    return;
  }
  self.postMessage(parseDataset(json));
};

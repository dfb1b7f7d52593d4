/// <reference lib="webworker" />
import { giveEarly } from './early';
import { openParquet, readRows } from './parquet';
import type { TableAsk, TableAnswer } from './tablesOffMain';

/**
 * The library's Parquet parts read off the page's thread: a body's trends
 * decode four tables (tens of milliseconds on a phone, several long tasks) while
 * the page draws. The page hands over what its boot script already fetched.
 */
self.onmessage = async ({ data: ask }: MessageEvent<TableAsk>) => {
  for (const e of ask.early)
    giveEarly(ask.url, e.range, Promise.resolve(new Response(e.body, { status: e.status, headers: e.headers })));
  let answer: TableAnswer;
  try {
    const file = await openParquet(ask.url);
    answer = { id: ask.id, rows: file && (await readRows(file, ask.where, ask.columns)) };
  } catch (e) {
    answer = { id: ask.id, error: e instanceof Error ? e.message : String(e) };
  }
  self.postMessage(answer);
};

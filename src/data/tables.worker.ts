/// <reference lib="webworker" />
import { giveEarly } from './early';
import { readFileRows as read } from './parquet';
import { readAhead, takeAhead } from './readAhead';
import type { GivenMessage, TableAnswer, TablesMessage } from './tablesOffMain';

/**
 * The library's Parquet parts read off the page's thread: a body's trends
 * decode four tables (tens of milliseconds on a phone, several long tasks) while
 * the page draws. The page hands over what its boot script already fetched; on a
 * body's trends the boot script has the worker read the body's rows before the
 * app asks (readAhead.ts).
 */

// The tails the boot script is fetching, each settled when its bytes come (or it could not fetch them).
const coming = new Map<string, (given: GivenMessage['given']) => void>();

self.onmessage = async ({ data }: MessageEvent<TablesMessage>) => {
  if ('ahead' in data) {
    const { body, parts, base, tails, range } = data.ahead;
    for (const url of tails)
      giveEarly(
        url,
        range,
        new Promise((resolve, reject) =>
          coming.set(`${url}#${range}`, (g) =>
            g.body ? resolve(new Response(g.body, { status: g.status, headers: g.headers })) : reject(new Error(url)),
          ),
        ),
      );
    readAhead(body, parts, base, read);
    return;
  }
  if ('given' in data) {
    const key = `${data.given.url}#${data.given.range}`;
    coming.get(key)?.(data.given);
    coming.delete(key);
    return;
  }
  const ask = data;
  for (const e of ask.early)
    giveEarly(ask.url, e.range, Promise.resolve(new Response(e.body, { status: e.status, headers: e.headers })));
  let answer: TableAnswer;
  try {
    const rows = await (takeAhead(ask.url, ask.where, ask.columns)?.catch(() =>
      read(ask.url, ask.where, ask.columns),
    ) ?? read(ask.url, ask.where, ask.columns));
    answer = { id: ask.id, rows };
  } catch (e) {
    answer = { id: ask.id, error: e instanceof Error ? e.message : String(e) };
  }
  self.postMessage(answer);
};

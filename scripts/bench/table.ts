import type { BatchResult } from './batchImport';
import type { ScaleRow } from './scale';
import type { LibraryBench } from './library';
import type { Stats } from './stats';

interface Report {
  machine?: { node: string; chromium: string; cpus: number; cpu?: string };
  initialJs: { gzipBytes: number; files: unknown[] };
  embedJs?: { gzipBytes: number; files: unknown[] };
  filterLatency4x?: Record<string, { latency: Stats; settled: Stats }>;
  exportPng2x?: { all: Stats };
  batch?: BatchResult[];
  importMs?: Record<string, { first: number; warm: Stats }>;
  library?: LibraryBench;

  scale: ScaleRow[];
}

const s = (x: Stats, unit = ' ms') => `${x.median}${unit} (min ${x.min}, max ${x.max}, n=${x.runs})`;

/** The README's benchmark table, in Markdown. */
export function table(r: Report): string {
  const lines = [
    r.machine
      ? `Node ${r.machine.node}, Chromium ${r.machine.chromium}, ${r.machine.cpus} CPUs (${r.machine.cpu ?? '?'})`
      : '',
    '',
    '| measure | target | result (median, min, max, runs) |',
    '| --- | --- | --- |',
    `| initial JS (entry + modulepreloads, gzip -9) | ≤ 113 KB | ${(r.initialJs.gzipBytes / 1024).toFixed(1)} KB in ${r.initialJs.files.length} file(s) |`,
    ...(r.embedJs
      ? [
          `| embed page JS (embed.html, gzip -9) | less than the dashboard | ${(r.embedJs.gzipBytes / 1024).toFixed(1)} KB in ${r.embedJs.files.length} file(s) |`,
        ]
      : []),
    ...Object.entries(r.filterLatency4x ?? {}).flatMap(([k, v]) => [
      `| filter or select click → next paint, 4x CPU, ${k} | ≤ 50 ms | ${s(v.latency)} |`,
      `| filter or select click → last change (charts redrawn), 4x CPU, ${k} | (not a target) | ${s(v.settled)} |`,
    ]),
    ...(r.exportPng2x ? [`| PNG export at 2x, per chart | ≤ 100 ms | ${s(r.exportPng2x.all)} |`] : []),
    ...Object.entries(r.importMs ?? {}).map(
      ([k, v]) =>
        `| import in the browser, ${k} | ${k.startsWith('PDF') ? '≤ 1.5 s' : '≤ 300 ms'} | ${s(v.warm)}; first open ${v.first} ms |`,
    ),
    ...(r.batch ?? []).map(
      (b) =>
        `| ${b.reports.toLocaleString('en')} ${b.tiny ? 'tiny files (not reports) in a .zip' : 'reports'} imported at once (My reports), pool of ${b.pool} | ${b.tiny ? '(not a target)' : b.reports <= 100 ? '≤ 40 s' : 'heap < 1 GB'} | ${(b.totalMs / 1000).toFixed(1)} s, ${b.perReportMs} ms a report; ${b.imported} kept, ${b.refused} refused; main-thread heap peak ${b.peakHeapMB} MB, after ${b.finalHeapMB} MB |`,
    ),
  ];
  if (r.library) {
    const l = r.library;
    const at = `${l.reports.toLocaleString('en')} reports, Parquet tables ${l.tablesMB} MB, 4x CPU, Fast 4G`;
    const kb = (x: Stats) => `${Math.round(x.median).toLocaleString('en')} KB of the tables fetched`;
    const or = (view: keyof LibraryBench['failed'], x: Stats) =>
      l.failed[view] ? `not drawn: ${l.failed[view]}` : s(x);
    lines.push(
      `| library ready to search, every body's names read (${at}) | (not a target) | ${or('library', l.libraryFirstPaintMs)}; ${kb(l.libraryKB)} with one body's reports |`,
      `| library search keystroke → next paint (${at}) | ≤ 100 ms | ${l.failed.library ? 'not measured' : s(l.keystrokeMs)} |`,
      `| library: last keystroke of a body's id → its reports listed (${at}) | (not a target) | ${or('found', l.foundMs)} |`,
      ...(l.trendsAgainMs
        ? [
            `| trends of one body drawn, the app's files cached, the body's tables not (a return visit; ${at}) | ≤ 1 s, ≤ 200 KB | ${or('trendsAgain', l.trendsAgainMs)}${l.trendsAgainKB ? `; ${kb(l.trendsAgainKB)}` : ''} |`,
          ]
        : []),
      `| trends of one body drawn on a first visit, nothing cached, from navigation (${at}) | (not a target: the app's scripts come first) | ${or('trends', l.trendsDrawnMs)}; ${kb(l.trendsKB)} |`,
      `| trends of one body, its tables' first request to last answer (${at}) | (the part that grows) | ${s(l.trendsTablesMs)} |`,
      `| compare of one year drawn (${at}) | ≤ 1.5 s, ≤ 2 MB | ${or('compare', l.compareDrawnMs)}; ${kb(l.compareKB)} |`,
      `| compare, its tables' first request to last answer (${at}) | (the part that grows) | ${s(l.compareTablesMs)} |`,
      `| compare kept by a province, every body's province read (${at}) | (not a target) | ${or('compareKept', l.compareKeptDrawnMs)}; ${kb(l.compareKeptKB)} |`,
      ...(l.boardFoundMs
        ? [
            `| review board opened with a body searched (\`q=\`), its reports listed (${at}) | (not a target) | ${or('board', l.boardFoundMs)}; ${kb(l.boardKB)} |`,
          ]
        : []),
    );
  }
  lines.push(
    '',
    '| scale | facts | areas | JSON | load + validate | filter → paint (4x CPU) | charts drawn / on page |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const row of r.scale)
    lines.push(
      `| ${row.factor}x | ${row.facts} | ${row.areas} | ${row.megabytes} MB | ${s(row.loadAndValidateMs)} | ${s(row.filterLatencyMs)} | ${row.chartsDrawn} / ${row.chartsOnPage} |`,
    );
  return lines.join('\n');
}

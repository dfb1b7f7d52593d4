import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDICATORS } from '../../src/library/indicators';
import {
  BodyFile,
  Catalogue,
  YearFile,
  type Body,
  type LibraryEntry,
  type Point,
  type ReportSummary,
} from '../../src/library/types';

/**
 * A synthetic library of N reports (default 10,000) in the real layout —
 * catalogue.json, bodies/<body>.json, years/<year>.json — for the benchmark.
 * Each body follows the real 平潭 reports year by year (same formats, same
 * facts, same gaps), its numbers scaled by a factor of its own and jittered,
 * from a seeded generator: the same arguments give the same files. Derived
 * indicators are recomputed from the jittered stated ones, so shares still
 * match their parts. No per-report datasets: every `data` points at one file.
 *
 *   tsx scripts/bench/synthLibrary.ts <out-dir> [--reports=10000] [--seed=1]
 *     [--from=public/data/library] [--data=../luzhou-2018.json]
 */

export interface SynthOptions {
  reports: number;
  seed: number;
  /** The `data` path of every entry, relative to the catalogue. */
  data: string;
}

/** mulberry32: small, fast, seeded. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(4, '0');

function synthBody(i: number): Body {
  const n = pad(i);
  return {
    id: `synthetic-${n}`,
    name: { 'zh-Hant': `合成機關 ${n}`, 'zh-Hans': `合成机关 ${n}`, en: `Synthetic body ${n}` },
    region: { 'zh-Hant': `合成地區 ${n}`, 'zh-Hans': `合成地区 ${n}`, en: `Synthetic region ${n}` },
  };
}

/** A template's values, scaled and jittered; derived indicators recomputed from the new stated ones. */
function jitter(t: ReportSummary, body: string, scale: number, rnd: () => number): ReportSummary {
  const values: Record<string, Point> = {};
  for (const ind of INDICATORS) {
    const p = t.values[ind.id];
    if (!p || ind.kind !== 'stated') continue;
    const v = p.value * scale * (0.8 + 0.4 * rnd());
    // Counts stay whole; an amount (万元) keeps two decimals.
    values[ind.id] = { ...p, value: ind.unit === '万元' ? Math.round(v * 100) / 100 : Math.round(v) };
  }
  for (const ind of INDICATORS) {
    const p = t.values[ind.id];
    if (!p || ind.kind !== 'derived') continue;
    const sum = (ids: readonly string[]) => ids.reduce((s, id) => s + (values[id]?.value ?? NaN), 0);
    const num = sum(ind.numerator ?? []);
    const den = ind.denominator ? sum(ind.denominator) : undefined;
    const value = den === undefined ? num : (num / den) * 100;
    if (Number.isFinite(value)) values[ind.id] = { ...p, value };
  }
  const id = `${body}-${t.year}`;
  return { ...t, report: id, body, values };
}

export function synthesizeLibrary(catalogue: Catalogue, template: BodyFile, opts: SynthOptions): Map<string, string> {
  const rnd = random(opts.seed);
  const entries = new Map(catalogue.reports.map((e) => [e.id, e]));
  const years = [...template.reports].sort((a, b) => a.year - b.year);
  const bodies: Body[] = [];
  const reports: { entry: LibraryEntry; summary: ReportSummary }[] = [];
  for (let i = 1; reports.length < opts.reports; i++) {
    const body = synthBody(i);
    bodies.push(body);
    const scale = Math.exp((rnd() - 0.5) * 3);
    for (const t of years) {
      if (reports.length >= opts.reports) break;
      // About one year in twenty is missing, as in real archives.
      if (rnd() < 0.05) continue;
      const summary = jitter(t, body.id, scale, rnd);
      const real = entries.get(t.report);
      const entry: LibraryEntry = {
        id: summary.report,
        body: body.id,
        year: t.year,
        format: t.format,
        title: {
          'zh-Hant': `${body.name['zh-Hant']}${t.year}年政府信息公開工作年度報告`,
          'zh-Hans': `${body.name['zh-Hans']}${t.year}年政府信息公开工作年度报告`,
          en: `Government information disclosure annual report ${t.year} (${body.name.en})`,
        },
        data: opts.data,
        checks: real?.checks ?? { total: 0, fails: 0 },
        facts: real?.facts ?? 1,
      };
      reports.push({ entry, summary });
    }
  }
  const json = (v: unknown) => `${JSON.stringify(v)}\n`;
  const files = new Map<string, string>();
  const cat = Catalogue.parse({
    schemaVersion: 1,
    reports: reports.map((r) => r.entry),
    bodies,
    indicators: catalogue.indicators,
  });
  files.set('catalogue.json', json(cat));
  const group = <K>(key: (r: (typeof reports)[number]) => K) => {
    const m = new Map<K, ReportSummary[]>();
    for (const r of reports) {
      const list = m.get(key(r));
      if (list) list.push(r.summary);
      else m.set(key(r), [r.summary]);
    }
    return m;
  };
  const byBody = group((r) => r.entry.body);
  for (const body of bodies) {
    const file = BodyFile.parse({ body, reports: byBody.get(body.id) ?? [] });
    files.set(`bodies/${body.id}.json`, json(file));
  }
  const byYear = group((r) => r.entry.year);
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
    const file = YearFile.parse({ year, reports: byYear.get(year) ?? [] });
    files.set(`years/${year}.json`, json(file));
  }
  return files;
}

function main() {
  const args = process.argv.slice(2);
  const flag = (name: string, fallback: string) =>
    args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
  const out = args.find((a) => !a.startsWith('--'));
  if (!out) throw new Error('usage: tsx scripts/bench/synthLibrary.ts <out-dir> [--reports=10000] [--seed=1]');
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const from = resolve(root, flag('from', 'public/data/library'));
  const catalogue = Catalogue.parse(JSON.parse(readFileSync(join(from, 'catalogue.json'), 'utf8')));
  const template = BodyFile.parse(JSON.parse(readFileSync(join(from, 'bodies/pingtan.json'), 'utf8')));
  const started = performance.now();
  const files = synthesizeLibrary(catalogue, template, {
    reports: Number(flag('reports', '10000')),
    seed: Number(flag('seed', '1')),
    data: flag('data', '../luzhou-2018.json'),
  });
  let bytes = 0;
  for (const [rel, content] of files) {
    mkdirSync(dirname(join(out, rel)), { recursive: true });
    writeFileSync(join(out, rel), content);
    bytes += Buffer.byteLength(content);
  }
  const ms = Math.round(performance.now() - started);
  console.log(`wrote ${files.size} files (${(bytes / 1e6).toFixed(1)} MB) to ${resolve(out)} in ${ms} ms`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

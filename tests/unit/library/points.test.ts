import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asyncBufferFromFile, parquetMetadataAsync } from 'hyparquet';
import { afterAll, describe, expect, it } from 'vitest';
import { BODIES } from '../../../reports/library';
import { SYNTH_INDICATOR, synthesizeViews } from '../../../scripts/bench/synthTables';
import { writeTop } from '../../../scripts/library/points';
import { compareYear, provinceOf, rankRows, type CompareRow } from '../../../src/library/compare';
import { INDICATORS, indicatorById } from '../../../src/library/indicators';
import {
  joinYear,
  pointsPath,
  readTopYear,
  readYearPoints,
  SHOWN,
  topPath,
  type Keep,
} from '../../../src/library/points';
import type { Indicator } from '../../../src/library/types';
import { body, summary, yearFile } from './fixtures';
import { readPartsFile, writePartsFile } from '../../../scripts/library/partsFile';

/** The compare view's points: the top of a year read from one file, equal to the year's reports summarized whole. */

const T = 120_000;
const TABLES = join(import.meta.dirname, '../../../public/data/tables');
const layout = readPartsFile(TABLES);
const provinces = new Map(layout.provinces.map((p) => [p.id, p.name]));
const ALL: Keep = { level: '', province: '' };

async function open(dir: string, indicator: string, path = pointsPath) {
  const file = await asyncBufferFromFile(join(dir, path(indicator))).catch(() => undefined);
  return file && { file, metadata: await parquetMetadataAsync(file) };
}

const shape = (r: CompareRow) => [r.body.id, r.report, r.state, r.point ?? null];

describe('the points table', () => {
  it(
    'gives every year and indicator as the reports summarized whole: values largest first, then the blanks',
    async () => {
      let compared = 0;
      for (const year of Object.keys(layout.years).map(Number)) {
        const reference = await yearFile(year);
        for (const ind of INDICATORS) {
          const expected = rankRows(compareYear(reference, ind, BODIES)).filter(
            (r) => r.state === 'value' || r.state === 'blank',
          );
          const got = await readYearPoints(await open(TABLES, ind.id), ind, year, ALL, provinces);
          const values = expected.filter((r) => r.point);
          expect(got.rows.filter((r) => r.point).map(shape), `${year} ${ind.id}`).toEqual(values.map(shape));
          const blanks = (rows: CompareRow[]) =>
            rows
              .filter((r) => !r.point)
              .map(shape)
              .sort();
          expect(blanks(got.rows), `${year} ${ind.id}`).toEqual(blanks(expected));
          expect([got.values, got.blanks]).toEqual([values.length, expected.length - values.length]);
          compared += expected.length;
        }
      }
      // Not a comparison of nothing: the library's reports give hundreds of values.
      expect(compared).toBeGreaterThan(500);
    },
    T,
  );

  it('its top gives each year what the points give when nothing is kept, from a file of a few rows a year', async () => {
    let compared = 0;
    for (const ind of INDICATORS) {
      const [points, top] = await Promise.all([open(TABLES, ind.id), open(TABLES, ind.id, topPath)]);
      expect(Boolean(top), ind.id).toBe(Boolean(points));
      for (const year of Object.keys(layout.years).map(Number)) {
        const want = await readYearPoints(points, ind, year, ALL, provinces);
        const got = await readTopYear(top, ind, year, provinces);
        expect(got, `${year} ${ind.id}`).toEqual(want);
        compared += want.rows.length;
      }
      if (top) expect(top.metadata.num_rows).toBeLessThanOrEqual(BigInt(2 * SHOWN * Object.keys(layout.years).length));
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('reports that give no figure (a shard of free-text reports) have an empty top, as their points', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'top-'));
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    try {
      mkdirSync(join(dir, 'points'));
      await writeTop(db, dir);
      expect(readdirSync(join(dir, 'top'))).toEqual([]);
    } finally {
      db.closeSync();
      instance.closeSync();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names each body and its province in three languages, and keeps a province or a kind of body', async () => {
    const ind = indicatorById('applications.new.all') as Indicator;
    const file = await open(TABLES, ind.id);
    const all = await readYearPoints(file, ind, 2023, ALL, provinces);
    for (const r of all.rows) {
      const registered = BODIES.find((b) => b.id === r.body.id);
      expect(r.body.name).toEqual(registered?.name);
      expect(provinceOf(r.body)?.id).toBe(registered && provinceOf(registered)?.id);
      expect(r.body.level).toBe(registered?.level);
    }
    const jiangsu = await readYearPoints(file, ind, 2023, { level: '', province: 'jiangsu' }, provinces);
    expect(jiangsu.rows.length).toBeGreaterThan(0);
    expect(jiangsu.rows.every((r) => provinceOf(r.body)?.id === 'jiangsu')).toBe(true);
    expect(jiangsu.rows.length).toBeLessThan(all.rows.length);
    const zone = await readYearPoints(file, ind, 2023, { level: 'zone', province: '' }, provinces);
    expect(zone.rows.map((r) => r.body.id)).toEqual(['pingtan']);
    // An indicator with no file (no report gives it) is no points, not an error.
    expect(await readYearPoints(undefined, ind, 2023, ALL, provinces)).toEqual({ rows: [], values: 0, blanks: 0 });
  });

  describe('at scale: 10,000 bodies a year', () => {
    const dir = mkdtempSync(join(tmpdir(), 'points-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it(
      'shows the 30 largest values of all, counts every one, and fetches the names of only the row group shown',
      async () => {
        writePartsFile(dir, layout);
        await synthesizeViews(dir, 100_000);
        const ind = indicatorById(SYNTH_INDICATOR) as Indicator;
        const opened = await open(dir, SYNTH_INDICATOR);
        if (!opened) throw new Error('no synthetic points');
        // Every byte range read, to see which row groups' columns were fetched.
        const read: [number, number][] = [];
        const file = {
          byteLength: opened.file.byteLength,
          slice: (start: number, end?: number) => {
            read.push([start, end ?? opened.file.byteLength]);
            return opened.file.slice(start, end);
          },
        };
        const got = await readYearPoints({ file, metadata: opened.metadata }, ind, 2020, ALL, provinces);
        expect(got.values).toBe(10_000);
        expect(got.blanks).toBe(0);
        expect(got.rows).toHaveLength(SHOWN);
        // Body b's value is the template's times 1 + b % 5: the largest are the bodies with b % 5 = 4, by id.
        const largest = Array.from({ length: SHOWN }, (_, i) => `s${String(4 + 5 * i).padStart(6, '0')}`);
        expect(got.rows.map((r) => r.body.id)).toEqual(largest);
        expect(got.rows.map((r) => r.report)).toEqual(largest.map((b) => `${b}-2020`));
        expect(got.rows.every((r) => /^[A-Z][a-z]{4} County People's Government$/.test(r.body.name.en))).toBe(true);
        expect(got.rows.every((r) => /^\p{Script=Han}{3}县人民政府$/u.test(r.body.name['zh-Hans']))).toBe(true);
        // The year's 10,000 rows span several row groups; the names of only the first were fetched.
        const groups = opened.metadata.row_groups;
        expect(groups.length).toBeGreaterThan(40);
        const names = groups.map((g) => {
          const c = g.columns.find((x) => x.meta_data?.path_in_schema[0] === 'name_en')?.meta_data;
          const start = Number(c?.dictionary_page_offset ?? c?.data_page_offset);
          return [start, start + Number(c?.total_compressed_size)] as const;
        });
        const fetched = names.filter(([a, b]) => read.some(([s, e]) => s < b && e > a));
        expect(fetched).toHaveLength(1);
        // Its top: the same year from a file of 60 rows a year at most, with the year's counts.
        const top = await open(dir, SYNTH_INDICATOR, topPath);
        expect(await readTopYear(top, ind, 2020, provinces)).toEqual(got);
        expect(top?.metadata.num_rows).toBe(BigInt(SHOWN * 10));
        const outline = readPartsFile(dir);
        expect(outline.years['2020']).toBe(10_000);
        expect(outline.provinces.map((p) => p.id)).toEqual(['fujian']);
      },
      T,
    );
  });
});

describe('a year joined with the reader’s reports', () => {
  const ind = indicatorById('applications.new.all') as Indicator;
  const rows = (reports: ReturnType<typeof summary>[]) =>
    compareYear(
      { year: 2024, reports },
      ind,
      reports.map((r) => body(r.body)),
    );

  it('ranks the reader’s values among the library’s, counts both, and drops a value the reader rejected', () => {
    const library = rows([
      summary('a', 2024, '2021', { 'applications.new.all': 50 }),
      summary('b', 2024, '2021', { 'applications.new.all': 10 }),
      summary('c', 2024, '2021', {}, ['applications.new.all']),
    ]);
    const points = { rows: rankRows(library).filter((r) => r.state !== 'not-stated'), values: 2, blanks: 1 };
    const mine = rows([summary('m', 2024, '2021', { 'applications.new.all': 20 })]);
    const joined = joinYear(points, mine, () => false);
    expect(joined.values.map((r) => r.body.id)).toEqual(['a', 'm', 'b']);
    expect(joined.blanks.map((r) => r.body.id)).toEqual(['c']);
    expect([joined.valueCount, joined.blankCount]).toEqual([3, 1]);
    const rejected = joinYear(points, mine, (r) => r.body.id === 'a');
    expect(rejected.values.map((r) => r.body.id)).toEqual(['m', 'b']);
    expect(rejected.valueCount).toBe(2);
  });
});

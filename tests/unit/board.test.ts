import { describe, expect, it } from 'vitest';
import { Catalogue } from '../../src/library/types';
import { tablesCatalogue } from './library/fixtures';
import { boardRows, findingsOf, keep, parseSort, sortParam, sortRows } from '../../src/review/board';
import { boardCsv } from '../../src/review/boardCsv';

// The library's list as the board has it: from the open tables.
const catalogue = Catalogue.parse(await tablesCatalogue());

describe('the review board', () => {
  const rows = boardRows(catalogue, 'en');

  it('has one row per report with what its checks find, counted when it was read', () => {
    expect(rows).toHaveLength(catalogue.reports.length);
    const hongze = rows.find((r) => r.entry.id === 'hongze-2023');
    expect(hongze?.counts).toMatchObject({ errors: 2, confirm: 0 });
    expect(rows.find((r) => r.entry.id === 'pingtan-2022')?.counts.confirm).toBe(1);
    expect(hongze?.entry.read).toBe('pdf');
  });

  it('sorts by most findings by default, and by any column either way', () => {
    const byDefault = sortRows(rows, parseSort(null)!, 'en');
    const counts = byDefault.map(findingsOf);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const byYear = sortRows(rows, parseSort('year.asc')!, 'en');
    expect(byYear[0]?.entry.year).toBe(Math.min(...rows.map((r) => r.entry.year)));
    const byErrors = sortRows(rows, parseSort('errors')!, 'en');
    expect(byErrors[0]?.counts.errors).toBe(Math.max(...rows.map((r) => r.counts.errors ?? 0)));
  });

  it('reads its sort from a link and writes it back; junk is refused', () => {
    for (const s of ['errors', 'errors.asc', 'body', 'body.desc', 'year.asc', 'not-run'])
      expect(sortParam(parseSort(s)!)).toBe(s);
    expect(parseSort('body.asc')).toEqual({ column: 'body', descending: false });
    expect(sortParam(parseSort('body.asc')!)).toBe('body');
    for (const junk of ['nope', 'errors.up', 'errors.asc.x']) expect(parseSort(junk)).toBeNull();
  });

  it('keeps reports with findings, or with drafted figures', () => {
    const found = keep(rows, ['findings']);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(rows.length);
    expect(found.every((r) => findingsOf(r) > 0)).toBe(true);
    expect(keep(rows, ['mine'])).toEqual([]);
  });

  it('exports a CSV Excel and WPS open: a BOM, ids in the header, a row per report', async () => {
    const bytes = new Uint8Array(await boardCsv(rows, (r) => `http://x/?data=${r.entry.id}`).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'report_id,body_id,body,year,format,read,checks_holding,errors,to_confirm,across_years,parts_not_read,checks_not_run,drafted_not_reviewed,mine,checks_url',
    );
    expect(lines).toHaveLength(rows.length + 1);
    expect(lines.find((l) => l.startsWith('hongze-2023,'))).toMatch(/,2023,2021,pdf,39,2,0,0,0,0,5,false,/);
  });

  it('counts breaks across years for the reader’s reports when given; otherwise says not counted (null), never 0', () => {
    const base = catalogue.reports.find((r) => r.id === 'pingtan-2024')!;
    const review = { ...base.review! };
    delete review.across;
    const mine = { ...base, id: 'fuqingshi-2024', data: 'mine:fuqingshi-2024', review };
    const withMine = { ...catalogue, reports: [...catalogue.reports, mine] };
    const row = (rows: ReturnType<typeof boardRows>) => rows.find((r) => r.entry.id === 'fuqingshi-2024');
    expect(row(boardRows(withMine, 'en'))?.counts.across).toBeNull();
    expect(row(boardRows(withMine, 'en', new Map(), new Map([['fuqingshi-2024', 1]])))?.counts.across).toBe(1);
    // The library's own count stays its own.
    const shipped = boardRows(withMine, 'en', new Map(), new Map([['pingtan-2024', 7]]));
    expect(shipped.find((r) => r.entry.id === 'pingtan-2024')?.counts.across).toBe(1);
  });
});

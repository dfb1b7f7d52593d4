import { describe, expect, it } from 'vitest';
import { compareYear } from '../../../src/library/compare';
import { buildSeries } from '../../../src/library/series';
import { seriesCsv } from '../../../src/export/chart';
import { failingNote } from '../../../src/i18n/checks';
import { enAll } from '../../../src/i18n/en-all';
import { makeTranslate } from '../../../src/i18n/messages';
import { indicatorById } from '../../../src/library/indicators';
import { indicatorUnit, inUnit } from '../../../src/panels/shared/indicatorFormat';
import { bodyFile, catalogue, summaryOf, yearFile } from './fixtures';

/**
 * A library value carries what its report's own checks say of it, so trends
 * and compare can mark it: 平潭 2020 states 21 handled where its result rows
 * add to 27; 洪泽 2023 states 0 reviews where its rows say 1 + 10 = 11.
 */

const T = 120_000;

describe('check results follow library values', () => {
  it(
    '平潭 2020’s total handled (21, its rows say 27) and every rate read from it do not hold',
    async () => {
      const s = await summaryOf('pingtan-2020');
      const total = s.values['applications.total.all'];
      expect(total).toMatchObject({ value: 21, check: 'does-not-hold' });
      expect(total?.failing?.map((f) => [f.stated, f.computed])).toEqual([[21, 27]]);
      // A rate read from a failing figure is marked too, and says its base.
      expect(s.values['rates.disclosed']).toMatchObject({ check: 'does-not-hold', n: 21 });
    },
    T,
  );

  it(
    '洪泽 2023’s review total 0 does not hold; a value whose checks all hold says so',
    async () => {
      const hongze = await summaryOf('hongze-2023');
      expect(hongze.values['review.total']).toMatchObject({ value: 0, check: 'does-not-hold' });
      expect(hongze.values['review.total']?.failing?.[0]).toMatchObject({ stated: 0, computed: 11 });
      const pingtan = await summaryOf('pingtan-2021');
      expect(pingtan.values['applications.total.all']?.check).toBe('holds');
    },
    T,
  );

  it(
    'the compare rows of 2023 and the trends CSV say which values fail their checks',
    async () => {
      const rows = compareYear(await yearFile(2023), 'review.total', (await catalogue()).bodies);
      const hongze = rows.find((r) => r.body.id === 'hongze');
      expect(hongze?.point?.check).toBe('does-not-hold');
      const note = failingNote(hongze!.point!.failing![0]!, 'en', makeTranslate(enAll));
      expect(note).toContain('11 computed, 0 stated');

      const series = buildSeries(await bodyFile('pingtan'), 'applications.total.all');
      const csv = await seriesCsv(
        series.years.map((y) => ({
          year: y.year,
          value: y.point?.value,
          state: y.state,
          report: y.report ?? '',
          facts: y.point?.facts ?? [],
          fromText: y.point?.fromText === true,
          check: y.point?.check ?? 'not-checked',
        })),
        indicatorById('applications.total.all')!,
        'en',
        { reportId: 'library', report: 'Library', url: 'http://x/', filters: '', retrieved: '2026-12-03' },
        (unit) => indicatorUnit(inUnit(indicatorById('applications.total.all')!, unit), 'en'),
      ).text();
      const [header, ...lines] = csv
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n')
        .map((l) => l.split(','));
      const col = (name: string, year: number) => lines.find((l) => l[0] === String(year))?.[header!.indexOf(name)];
      expect(col('check', 2020)).toBe('does-not-hold');
      expect(col('check', 2021)).toBe('holds');
      // The unit in the CSV's language, the report's own beside it.
      expect(col('unit', 2021)).toBe('applications');
      expect(col('unit_as_written', 2021)).toBe('件');
    },
    T,
  );
});

import { describe, expect, it } from 'vitest';
import { acrossInto, acrossYears } from '../../../src/library/acrossYears';
import type { BodyFile } from '../../../src/library/types';
import { body, bodyFile, summary, tablesBodyFile } from './fixtures';

const T = 120_000;

describe('across-year checks', () => {
  it('carried in this year = carried over last year, per column where both years state it; a broken pair fails', () => {
    const file: BodyFile = {
      body: body('x'),
      reports: [
        summary('x', 2020, '2019', {
          'applications.carried-over.all': 5,
          'applications.carried-over.natural-person': 5,
          'applications.carried-over.business': 0,
        }),
        summary('x', 2021, '2021', {
          'applications.carried-in.all': 3,
          'applications.carried-in.natural-person': 3,
          'applications.carried-in.business': 0,
          'applications.carried-in.research': 0,
        }),
      ],
    };
    const results = acrossYears(file);
    expect(results.map((r) => [r.id, r.verdict, r.stated, r.computed, r.difference])).toEqual([
      ['across.carried.all.2021', 'fails', 3, 5, 2],
      ['across.carried.natural-person.2021', 'fails', 3, 5, 2],
      ['across.carried.business.2021', 'exact', 0, 0, 0],
    ]);
    const all = results[0]!;
    expect(all.kind).toBe('carried');
    expect(all.year).toBe(2021);
    expect(all.facts).toEqual({
      stated: [{ report: 'x-2021', fact: 'applications.carried-in.all' }],
      computed: [{ report: 'x-2020', fact: 'applications.carried-over.all' }],
    });
    expect(all.label.en).toBe('Carried in 2021 = carried over 2020 (all applicants)');
    expect(all.label['zh-Hans']).toBe('2021 年上年结转 = 2020 年结转下年度（总计）');
  });

  it('in force = last year’s + issued − repealed, 2021-format years only, consecutive years only', () => {
    const docs = (inForce: number, issued: number, repealed: number) => ({
      'proactive.normative-docs.in-force': inForce,
      'proactive.normative-docs.issued': issued,
      'proactive.normative-docs.repealed': repealed,
      'proactive.rules.in-force': 0,
      'proactive.rules.issued': 0,
      'proactive.rules.repealed': 0,
    });
    const file: BodyFile = {
      body: body('x'),
      reports: [
        summary('x', 2020, '2019', docs(50, 1, 1)),
        summary('x', 2021, '2021', docs(100, 10, 2)),
        summary('x', 2022, '2021', docs(105, 8, 3)),
        summary('x', 2023, '2021', docs(100, 1, 1)),
        summary('x', 2025, '2021', docs(100, 0, 0)),
      ],
    };
    const results = acrossYears(file).filter((r) => r.kind === 'in-force');
    expect(results.map((r) => [r.id, r.verdict, r.stated, r.computed, r.difference])).toEqual([
      ['across.in-force.rules.2022', 'exact', 0, 0, 0],
      ['across.in-force.normative-docs.2022', 'exact', 105, 105, 0],
      ['across.in-force.rules.2023', 'exact', 0, 0, 0],
      ['across.in-force.normative-docs.2023', 'fails', 100, 105, 5],
    ]);
    expect(results[3]!.facts.computed).toEqual([
      { report: 'x-2022', fact: 'proactive.normative-docs.in-force' },
      { report: 'x-2023', fact: 'proactive.normative-docs.issued' },
      { report: 'x-2023', fact: 'proactive.normative-docs.repealed' },
    ]);
    expect(results[3]!.label.en).toBe('Normative documents in force 2023 = in force 2022 + issued − repealed 2023');
  });

  it(
    '平潭: carried over always matches; normative documents in force fail in 2023, 2024 and 2025',
    async () => {
      const results = acrossYears(await bodyFile('pingtan'));
      const carried = results.filter((r) => r.kind === 'carried');
      expect(carried.every((r) => r.verdict === 'exact')).toBe(true);
      expect([...new Set(carried.map((r) => r.year))]).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
      expect(results.find((r) => r.id === 'across.carried.all.2022')?.stated).toBe(1);
      const fails = results.filter((r) => r.verdict === 'fails');
      expect(fails.map((r) => [r.id, r.stated, r.computed, r.difference])).toEqual([
        ['across.in-force.normative-docs.2023', 470, 643, 173],
        ['across.in-force.normative-docs.2024', 440, 499, 59],
        ['across.in-force.normative-docs.2025', 546, 453, -93],
      ]);
      // 2021 is the first 2021-format year: nothing before it to check in force against.
      expect(results.some((r) => r.kind === 'in-force' && r.year <= 2021)).toBe(false);
    },
    T,
  );

  it('one report against the year before it (an import beside the library) finds what the whole body finds', async () => {
    const file = await tablesBodyFile('pingtan');
    for (const cur of file.reports) {
      const whole = acrossYears(file).filter((r) => r.year === cur.year);
      expect(acrossInto(cur, file.reports), String(cur.year)).toEqual(whole);
    }
    // 平潭 2024: its normative documents in force do not follow from 2023's (the library counts 1).
    const y2024 = file.reports.find((r) => r.year === 2024)!;
    expect(acrossInto(y2024, file.reports).filter((r) => r.verdict === 'fails')).toHaveLength(1);
    // The first year has nothing before it.
    expect(
      acrossInto(
        file.reports.find((r) => r.year === 2011)!,
        file.reports,
      ),
    ).toEqual([]);
  });
});

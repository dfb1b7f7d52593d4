import { describe, expect, it } from 'vitest';
import type { Dataset, Fact } from '../../../src/data/schema';
import { importReport } from '../../../src/import';
import { CROSSWALK_2019 } from '../../../src/import/crosswalk2019';
import { summarize } from '../../../src/library/summary';
import { ReportSummary } from '../../../src/library/types';
import { bodyFile, summaryOf } from './fixtures';

/**
 * Summaries against the cells typed by hand in tests/unit/import/tables.test.ts
 * (from the HTML's <td>s, the row dumps, the Markdown), not against the importer.
 */

const T = 120_000;
const value = (s: ReportSummary, id: string) => s.values[id]?.value;

describe('summaries of 2021-format reports', () => {
  it(
    '平潭 2021: stated cells, outcome groups as sums, shares of the total handled',
    async () => {
      const s = await summaryOf('pingtan-2021');
      expect(ReportSummary.safeParse(s).success).toBe(true);
      expect(s).toMatchObject({ report: 'pingtan-2021', body: 'pingtan', year: 2021, format: '2021' });
      expect(value(s, 'applications.new.all')).toBe(70);
      expect(value(s, 'applications.carried-in.all')).toBe(0);
      expect(value(s, 'applications.total.all')).toBe(69);
      expect(value(s, 'applications.carried-over.all')).toBe(1);
      expect(value(s, 'applications.carried-over.natural-person')).toBe(1);
      expect(value(s, 'applications.disclosed.all')).toBe(30);
      expect(value(s, 'applications.partly-disclosed.all')).toBe(5);
      // 三（三）: 5 internal affairs 1, 7 enforcement files 6, 8 inquiries 1.
      expect(value(s, 'outcomes.withheld')).toBe(8);
      expect(value(s, 'outcomes.unavailable')).toBe(25);
      expect(value(s, 'outcomes.not-processed')).toBe(0);
      expect(value(s, 'outcomes.other')).toBe(1);
      expect(value(s, 'rates.disclosed')).toBeCloseTo((30 / 69) * 100, 10);
      expect(value(s, 'rates.partly-disclosed')).toBeCloseTo((5 / 69) * 100, 10);
      expect(value(s, 'rates.withheld')).toBeCloseTo((8 / 69) * 100, 10);
      // Reviews 1 upheld, 0 corrected, 2 other, 0 pending, 3 in all.
      expect(value(s, 'review.total')).toBe(3);
      expect(value(s, 'rates.review-corrected')).toBe(0);
      expect(value(s, 'litigation-direct.upheld')).toBe(12);
      expect(value(s, 'proactive.normative-docs.in-force')).toBe(665);
      expect(value(s, 'proactive.fees.amount')).toBe(24252.311082);
      expect(s.values['outcomes.withheld']?.facts).toHaveLength(8);
      expect(s.values['rates.disclosed']?.facts).toEqual(['applications.disclosed.all', 'applications.total.all']);
      expect(s.blank).toBeUndefined();
    },
    T,
  );

  it(
    '沭阳 2025 (OCR): withheld share and review correction rate',
    async () => {
      const s = await summaryOf('shuyang-2025');
      expect(value(s, 'applications.new.all')).toBe(713);
      expect(value(s, 'applications.carried-in.all')).toBe(36);
      expect(value(s, 'applications.total.all')).toBe(718);
      expect(value(s, 'outcomes.withheld')).toBe(2 + 2 + 13 + 2 + 4 + 9);
      expect(value(s, 'rates.withheld')).toBeCloseTo((32 / 718) * 100, 10);
      expect(value(s, 'rates.review-corrected')).toBeCloseTo((10 / 61) * 100, 10);
      expect(value(s, 'proactive.licensing.decisions')).toBe(517645);
    },
    T,
  );

  it(
    '洪泽 2023 prints 三（六） as one row: “handled otherwise” is a gap, not a sum of missing rows',
    async () => {
      const s = await summaryOf('hongze-2023');
      expect(value(s, 'applications.new.all')).toBe(21);
      // 三（三）: 1 state secrets, 6 process information, 7 enforcement files.
      expect(value(s, 'outcomes.withheld')).toBe(3);
      expect(s.values['outcomes.other']).toBeUndefined();
      expect(value(s, 'proactive.fees.amount')).toBe(7730.28);
    },
    T,
  );
});

describe('summaries of 2019-format reports: through the crosswalk only', () => {
  it(
    '平潭 2019: applications and decisions join; part 二’s documents and 三（六） do not',
    async () => {
      const s = await summaryOf('pingtan-2019');
      expect(s.format).toBe('2019');
      expect(value(s, 'applications.new.all')).toBe(23);
      expect(value(s, 'applications.disclosed.all')).toBe(7);
      expect(value(s, 'outcomes.unavailable')).toBe(12);
      expect(value(s, 'outcomes.not-processed')).toBe(3);
      expect(value(s, 'rates.disclosed')).toBeCloseTo((7 / 23) * 100, 10);
      expect(value(s, 'proactive.licensing.decisions')).toBe(181);
      // 对外公开总数量 (89) is not 现行有效件数; 其他处理 is one row, not the three of 2021.
      expect(s.values['proactive.normative-docs.in-force']).toBeUndefined();
      expect(s.values['proactive.fees.amount']).toBeUndefined();
      expect(s.values['outcomes.other']).toBeUndefined();
      // No reviews: a correction rate of 0 of 0 is no rate.
      expect(value(s, 'review.total')).toBe(0);
      expect(s.values['rates.review-corrected']).toBeUndefined();
    },
    T,
  );

  it(
    '上海市政府办公厅 2019: blank cells are listed as blank, never 0, and block what reads them',
    async () => {
      const s = await summaryOf('shanghai-office-2019');
      expect(value(s, 'applications.new.all')).toBe(859);
      expect(value(s, 'applications.carried-in.all')).toBe(18);
      expect(value(s, 'applications.carried-over.all')).toBe(72);
      expect(value(s, 'applications.carried-in.natural-person')).toBe(18);
      expect(value(s, 'applications.total.all')).toBe(805);
      expect(s.blank).toEqual(
        expect.arrayContaining([
          'applications.disclosed.all',
          'applications.partly-disclosed.all',
          'applications.carried-in.business',
          'review.corrected',
        ]),
      );
      expect(s.blank).not.toContain('applications.new.all');
      for (const id of ['rates.disclosed', 'outcomes.withheld', 'rates.review-corrected', 'applications.disclosed.all'])
        expect(s.values[id], id).toBeUndefined();
      expect(value(s, 'review.total')).toBe(7);
    },
    T,
  );

  it('reads a 2019 report only through the crosswalk’s “same” entries', () => {
    const same = CROSSWALK_2019.filter((c) => c.kind === 'same');
    const none = CROSSWALK_2019.filter((c) => c.kind === 'none');
    // A 2019 report that (wrongly) holds 2021 ids of part 二 beside its own cells.
    const d = minimal('2019', [
      quantity('proactive.normative-docs.published-total', 89),
      quantity('proactive.normative-docs.in-force', 665),
      quantity('proactive.fees.amount', 12),
      quantity('applications.other-handling.all', 4),
      quantity('proactive.licensing.decisions', 181),
    ]);
    const s = summarize(d, 'x', 'x-2019');
    expect(Object.keys(s.values)).toEqual(['proactive.licensing.decisions']);
    expect(same.some((c) => c.from === 'proactive.licensing.decisions')).toBe(true);
    expect(none.some((c) => c.from === 'proactive.normative-docs.published-total')).toBe(true);
    // The same cells in a 2021 report are read by their ids.
    const s21 = summarize(minimal('2021', d.facts), 'x', 'x-2021');
    expect(Object.keys(s21.values).sort()).toEqual([
      'proactive.fees.amount',
      'proactive.licensing.decisions',
      'proactive.normative-docs.in-force',
    ]);
  });
});

describe('summaries of free-text reports', () => {
  it(
    'the 平潭 free-text years (2011-2018) state no number of new applications in a sentence',
    async () => {
      const reports = (await bodyFile('pingtan')).reports.filter((r) => r.format === 'free');
      expect(reports.map((r) => r.year)).toEqual([2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018]);
      // Their statistics tables' rows are indicators of their own (old.*), never a standard one.
      for (const r of reports)
        expect(
          Object.keys(r.values).filter((k) => !k.startsWith('old.')),
          r.report,
        ).toEqual([]);
      expect((await summaryOf('luzhou-2018')).values).toEqual({});
    },
    T,
  );

  it('a sentence in the applications part that says exactly how many came in joins, marked fromText', async () => {
    const text = [
      '某县人民政府2016年政府信息公开工作年度报告',
      '一、概述',
      '2016年，全县共受理行政审批申请3000件。',
      '二、主动公开政府信息情况',
      '全年主动公开政府信息1200条。',
      '三、政府信息依申请公开情况',
      '2016年全县共收到政府信息公开申请12件，均已按时答复。另收到行政复议申请2件。',
      '四、政府信息公开的收费及减免情况',
      '未收取任何费用。',
    ].join('\n');
    const r = await importReport(new TextEncoder().encode(text), 'x-2016.txt');
    if (!r.ok) throw new Error(r.message);
    const s = summarize(r.value.dataset, 'x', 'x-2016');
    expect(s.format).toBe('free');
    expect(Object.keys(s.values)).toEqual(['applications.new.all']);
    const p = s.values['applications.new.all'];
    expect(p?.value).toBe(12);
    expect(p?.fromText).toBe(true);
    const fact = r.value.dataset.facts.find((f) => f.id === p?.facts[0]);
    expect(fact?.quote).toBe('2016年全县共收到政府信息公开申请12件，均已按时答复。');
  });
});

function quantity(id: string, value: number): Fact {
  const base = { id, area: 'x', label: { 'zh-Hant': id, 'zh-Hans': id, en: id }, section: '二', quote: `${value}` };
  return { ...base, offset: 0, written: `${value}`, valueText: `${value}`, valueOffset: 0, kind: 'quantity', value };
}

function minimal(format: '2019' | '2021', facts: Fact[]): Dataset {
  const l = { 'zh-Hant': 'x', 'zh-Hans': 'x', en: 'x' };
  return {
    schemaVersion: 1,
    meta: {
      id: 'x',
      title: l,
      region: l,
      publisher: l,
      period: { start: `2020-01-01`, end: `2020-12-31` },
      language: 'zh-Hans',
      languages: ['zh-Hans'],
      coverage: [],
      headline: [],
      format,
      year: format === '2019' ? 2019 : 2021,
    },
    dimensions: { channel: [], category: [], level: [], applicant: [], outcome: [] },
    units: {},
    areas: [{ id: 'x', title: l, summary: l, sections: ['二'] }],
    facts,
    lists: [],
    groupings: [],
    relations: [],
    nonFigures: [],
  };
}

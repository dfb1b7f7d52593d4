import type { L10n } from '../data/schema';
import { APPLICANT_COLUMNS } from './indicators';
import type { BodyFile, Point, ReportSummary } from './types';

/**
 * The identities REPORTS.md sets across two consecutive years of one body:
 * 二 this year = 四 last year (carried in = carried over, per applicant column
 * where both years state it), and 现行有效 this year = last year's + 制发 − 废止
 * for rules and normative documents (2021 format in both years: the 2019
 * format's 对外公开总数量 is not 现行有效件数). Like a report's own checks, a
 * failing identity is a finding shown with both sides, never corrected.
 */

export interface ReportFact {
  report: string;
  fact: string;
}

export interface AcrossYearResult {
  id: string;
  kind: 'carried' | 'in-force';
  /** The later year; the other side reads the year before. */
  year: number;
  label: L10n;
  verdict: 'exact' | 'fails';
  /** This year's stated figure: carried in, or in force. */
  stated: number;
  /** From the other side: last year's carried over, or last year's in force + issued − repealed. */
  computed: number;
  /** computed − stated. */
  difference: number;
  facts: { stated: ReportFact[]; computed: ReportFact[] };
}

const EPS = 1e-9;
const ref = (r: ReportSummary, p: Point): ReportFact[] => p.facts.map((fact) => ({ report: r.report, fact }));

function result(
  base: Pick<AcrossYearResult, 'id' | 'kind' | 'year' | 'label'>,
  stated: number,
  computed: number,
  facts: AcrossYearResult['facts'],
): AcrossYearResult {
  const difference = computed - stated;
  return { ...base, verdict: Math.abs(difference) <= EPS ? 'exact' : 'fails', stated, computed, difference, facts };
}

const COLUMNS: readonly (readonly [string, string, string, string])[] = [
  ['all', '總計', '总计', 'all applicants'],
  ...APPLICANT_COLUMNS,
];

function carried(prev: ReportSummary, cur: ReportSummary): AcrossYearResult[] {
  return COLUMNS.flatMap(([col, hant, hans, en]) => {
    const over = prev.values[`applications.carried-over.${col}`];
    const into = cur.values[`applications.carried-in.${col}`];
    if (!over || !into) return [];
    const label: L10n = {
      'zh-Hant': `${cur.year} 年上年結轉 = ${prev.year} 年結轉下年度（${hant}）`,
      'zh-Hans': `${cur.year} 年上年结转 = ${prev.year} 年结转下年度（${hans}）`,
      en: `Carried in ${cur.year} = carried over ${prev.year} (${en})`,
    };
    const id = `across.carried.${col}.${cur.year}`;
    return [
      result({ id, kind: 'carried', year: cur.year, label }, into.value, over.value, {
        stated: ref(cur, into),
        computed: ref(prev, over),
      }),
    ];
  });
}

const DOCS: readonly (readonly [string, string, string, string])[] = [
  ['rules', '規章', '规章', 'Rules'],
  ['normative-docs', '行政規範性文件', '行政规范性文件', 'Normative documents'],
];

function inForce(prev: ReportSummary, cur: ReportSummary): AcrossYearResult[] {
  if (prev.format !== '2021' || cur.format !== '2021') return [];
  return DOCS.flatMap(([doc, hant, hans, en]) => {
    const before = prev.values[`proactive.${doc}.in-force`];
    const issued = cur.values[`proactive.${doc}.issued`];
    const repealed = cur.values[`proactive.${doc}.repealed`];
    const now = cur.values[`proactive.${doc}.in-force`];
    if (!before || !issued || !repealed || !now) return [];
    const label: L10n = {
      'zh-Hant': `${hant}：${cur.year} 年現行有效 = ${prev.year} 年現行有效 + 本年制發 − 本年廢止`,
      'zh-Hans': `${hans}：${cur.year} 年现行有效 = ${prev.year} 年现行有效 + 本年制发 − 本年废止`,
      en: `${en} in force ${cur.year} = in force ${prev.year} + issued − repealed ${cur.year}`,
    };
    const id = `across.in-force.${doc}.${cur.year}`;
    return [
      result({ id, kind: 'in-force', year: cur.year, label }, now.value, before.value + issued.value - repealed.value, {
        stated: ref(cur, now),
        computed: [...ref(prev, before), ...ref(cur, issued), ...ref(cur, repealed)],
      }),
    ];
  });
}

/** Every across-year identity the body's reports allow, by year. */
export function acrossYears(file: BodyFile): AcrossYearResult[] {
  const byYear = new Map<number, ReportSummary>();
  for (const r of [...file.reports].sort((a, b) => a.year - b.year)) if (!byYear.has(r.year)) byYear.set(r.year, r);
  return [...byYear.values()].flatMap((cur) => {
    const prev = byYear.get(cur.year - 1);
    return prev ? [...carried(prev, cur), ...inForce(prev, cur)] : [];
  });
}

/**
 * The identities where `cur` is the later year, against the first report of the
 * year before in `reports` (the library's come first, as in its views): what the
 * board counts for a report the reader imported.
 */
export function acrossInto(cur: ReportSummary, reports: readonly ReportSummary[]): AcrossYearResult[] {
  const prev = reports.find((r) => r.year === cur.year - 1 && r.body === cur.body);
  return prev ? [...carried(prev, cur), ...inForce(prev, cur)] : [];
}

/** One of the reader's reports against the year before: its body's library file first (null: not shipped), then the reader's. */
export function acrossOfMine<M extends { body: { id: string }; summary: ReportSummary }>(
  me: M,
  mine: readonly M[],
  library: BodyFile | null | undefined,
): AcrossYearResult[] {
  const others = mine.filter((m) => m !== me && m.body.id === me.body.id).map((m) => m.summary);
  return acrossInto(me.summary, [...(library?.reports ?? []), ...others]);
}

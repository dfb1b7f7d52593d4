import { APPLICANTS, APPLICATION_ROWS, APPLICATION_SUBROWS, RESULTS, REVIEW_GROUPS } from './tables2021';

/**
 * Which ids of the 2019 format mean exactly what a 2021 id means. Only 'same'
 * entries may join one series across the change of format; 'sum' and 'none'
 * say why a number does not join. Part 三 and 四 kept their meaning (same ids);
 * 三（六） was one row in 2019 and is three in 2021; part 二 changed its
 * columns, and only the count of decisions kept its meaning.
 */

export type Crosswalk =
  | { from: string; kind: 'same'; to: string }
  | { from: string; kind: 'sum'; of: string[]; note: string }
  | { from: string; kind: 'none'; note: string };

const APPLICATION_ROW_IDS = [
  ...APPLICATION_ROWS.map((r) => r.id),
  ...APPLICATION_SUBROWS.filter((s) => s.group !== 'other').map((s) => s.id),
];

const same = (id: string): Crosswalk => ({ from: id, kind: 'same', to: id });

export const CROSSWALK_2019: readonly Crosswalk[] = [
  ...APPLICATION_ROW_IDS.flatMap((row) => APPLICANTS.map((c) => same(`applications.${row}.${c.id}`))),
  ...APPLICANTS.map((c): Crosswalk => ({
    from: `applications.other-handling.${c.id}`,
    kind: 'sum',
    of: APPLICATION_SUBROWS.filter((s) => s.group === 'other').map((s) => `applications.${s.id}.${c.id}`),
    note: '2019 prints 三（六）其他处理 as one row; 2021 splits it into three.',
  })),
  ...REVIEW_GROUPS.flatMap((g) => RESULTS.map((r) => same(`${g.id}.${r.id}`))),
  // 处理决定数量 (2019) and 本年处理决定数量 (2021) both count the decisions made in the year.
  same('proactive.licensing.decisions'),
  same('proactive.penalties.decisions'),
  same('proactive.coercion.decisions'),
  ...['rules', 'normative-docs'].flatMap((r): Crosswalk[] => [
    {
      from: `proactive.${r}.made`,
      kind: 'none',
      note: '本年新制作数量 counts documents made, published or not; 2021 counts 本年制发件数.',
    },
    { from: `proactive.${r}.published`, kind: 'none', note: '本年新公开数量 has no 2021 column.' },
    {
      from: `proactive.${r}.published-total`,
      kind: 'none',
      note: '对外公开总数量 counts all published to date, not 现行有效件数 (in force).',
    },
  ]),
  ...['licensing', 'other-services', 'penalties', 'coercion', 'fees'].flatMap((r): Crosswalk[] => [
    { from: `proactive.${r}.items-last-year`, kind: 'none', note: '2021 dropped the count of items.' },
    { from: `proactive.${r}.items-change`, kind: 'none', note: '2021 dropped the count of items.' },
  ]),
  { from: 'proactive.other-services.decisions', kind: 'none', note: '2021 has no row 其他对外管理服务事项.' },
  { from: 'proactive.procurement.projects', kind: 'none', note: '2021 has no row 政府集中采购.' },
  { from: 'proactive.procurement.amount', kind: 'none', note: '2021 has no row 政府集中采购.' },
];

/** The 2021 id a 2019 id joins, if it means the same thing. */
export function sameIn2021(id2019: string): string | undefined {
  const c = CROSSWALK_2019.find((x) => x.from === id2019);
  return c?.kind === 'same' ? c.to : undefined;
}

import type { LabelDef } from './tables2021';

/**
 * The 2019 format (国办公开办函〔2019〕60号) where it differs from 2021: part 二
 * counts documents made / published / published in total, items last year /
 * change / decisions, and adds 其他对外管理服务事项 and 政府集中采购; part 三 has
 * （六）其他处理 as one row. Ids follow the same style; crosswalk2019.ts says
 * which of them mean the same as a 2021 id.
 */

export const PROACTIVE_ROWS_2019: readonly LabelDef[] = [
  { id: 'other-services', zh: '其他对外管理服务事项', en: 'Other public services', pattern: /^其他对外管理服务事项$/ },
  { id: 'procurement', zh: '政府集中采购', en: 'Central government procurement', pattern: /^政府集中采购$/ },
];

export const PROACTIVE_COLUMNS_2019: readonly LabelDef[] = [
  { id: 'made', zh: '本年新制作数量', en: 'made this year', pattern: /新制作/ },
  { id: 'published', zh: '本年新公开数量', en: 'newly published this year', pattern: /新公开/ },
  { id: 'published-total', zh: '对外公开总数量', en: 'published in total', pattern: /对外公开总/ },
  { id: 'items-last-year', zh: '上一年项目数量', en: 'items last year', pattern: /上一年项目/ },
  { id: 'items-change', zh: '本年增/减', en: 'change in items this year', pattern: /增.?减/ },
  { id: 'projects', zh: '采购项目数量', en: 'procurement projects', pattern: /采购项目/ },
  { id: 'amount', zh: '采购总金额', en: 'procurement total', pattern: /采购总金额/ },
];

export const PROACTIVE_IDS_2019: readonly string[] = [
  'rules.made',
  'rules.published',
  'rules.published-total',
  'normative-docs.made',
  'normative-docs.published',
  'normative-docs.published-total',
  ...['licensing', 'other-services', 'penalties', 'coercion'].flatMap((r) => [
    `${r}.items-last-year`,
    `${r}.items-change`,
    `${r}.decisions`,
  ]),
  'fees.items-last-year',
  'fees.items-change',
  'procurement.projects',
  'procurement.amount',
].map((s) => `proactive.${s}`);

/** 三（六）其他处理 printed as one row (the 2019 format, and some 2021 reports that kept its layout). */
export const OTHER_HANDLING: LabelDef = {
  id: 'other-handling',
  zh: '（六）其他处理',
  en: 'Handled otherwise',
  pattern: /^(?:\(六\))?其他处理$/,
};

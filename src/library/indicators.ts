import type { L10n } from '../data/schema';
import { OLD_INDICATORS, withOld } from './oldIndicators';
import type { Indicator } from './types';

/** The figure compare shows when the address names none. */
export const DEFAULT_INDICATOR = 'applications.new.all';

/**
 * The indicators a series or a comparison can show. A stated indicator is a
 * fact id of the 2021 format (REPORTS.md); a derived one reads stated facts
 * (a sum, or a share: numerator over denominator, in %). Chinese labels follow
 * the format's printed wording; zh-Hant is written out here (OpenCC belongs to
 * the importer) and a test checks it against OpenCC's conversion.
 */

type Text = readonly [zhHant: string, zhHans: string, en: string];
const l10n = ([hant, hans, en]: Text): L10n => ({ 'zh-Hant': hant, 'zh-Hans': hans, en });

const APPLICATIONS = { one: 'application', other: 'applications' };
const CASES = { one: 'case', other: 'cases' };
const DOCUMENTS = { one: 'document', other: 'documents' };
const DECISIONS = { one: 'decision', other: 'decisions' };

const stated = (
  id: string,
  group: Indicator['group'],
  label: Text,
  unit: string,
  noun?: Indicator['noun'],
): Indicator => ({ id, group, label: l10n(label), ...(noun ? { noun } : {}), unit, kind: 'stated' });

/** The applicant columns, for the per-column across-year check (二 this year = 四 last year). */
export const APPLICANT_COLUMNS: readonly (readonly [id: string, hant: string, hans: string, en: string])[] = [
  ['natural-person', '自然人', '自然人', 'natural persons'],
  ['business', '商業企業', '商业企业', 'businesses'],
  ['research', '科研機構', '科研机构', 'research institutions'],
  ['ngo', '社會公益組織', '社会公益组织', 'non-profit organisations'],
  ['legal-service', '法律服務機構', '法律服务机构', 'legal services'],
  ['other-org', '其他', '其他', 'other organisations'],
];

const CARRIED_IN: Text = ['上年結轉政府信息公開申請', '上年结转政府信息公开申请', 'Carried in from last year'];
const CARRIED_OVER: Text = ['結轉下年度繼續辦理', '结转下年度继续办理', 'Carried over to next year'];

const byColumn = (row: string, [hant, hans, en]: Text): Indicator[] =>
  APPLICANT_COLUMNS.map(([col, cHant, cHans, cEn]) =>
    stated(
      `applications.${row}.${col}`,
      'applications',
      [`${hant}：${cHant}`, `${hans}：${cHans}`, `${en}: ${cEn}`],
      '件',
      APPLICATIONS,
    ),
  );

const WITHHELD = [
  'state-secret',
  'prohibited-by-law',
  'three-safeties',
  'third-party',
  'internal-affairs',
  'process-info',
  'enforcement-files',
  'inquiry-matters',
].map((r) => `applications.withheld.${r}.all`);
const UNAVAILABLE = ['not-held', 'needs-creation', 'unclear'].map((r) => `applications.unavailable.${r}.all`);
const NOT_PROCESSED = ['petition', 'repeated', 'publications', 'excessive', 'confirmation'].map(
  (r) => `applications.not-processed.${r}.all`,
);
const OTHER = ['no-correction', 'unpaid-fee', 'other'].map((r) => `applications.other.${r}.all`);
const TOTAL = ['applications.total.all'];

const outcome = (id: string, rows: string[], label: Text, formula: Text): Indicator => ({
  id,
  group: 'outcomes',
  label: l10n(label),
  noun: APPLICATIONS,
  unit: '件',
  kind: 'derived',
  numerator: rows,
  formula: l10n(formula),
});

const rate = (id: string, numerator: string[], denominator: string[], label: Text, formula: Text): Indicator => ({
  id,
  group: 'rates',
  label: l10n(label),
  unit: '%',
  kind: 'derived',
  numerator,
  denominator,
  formula: l10n(formula),
});

const REVIEW_GROUPS: readonly (readonly [string, string, string, string])[] = [
  ['review', '行政複議', '行政复议', 'Administrative reviews'],
  [
    'litigation-direct',
    '行政訴訟（未經複議直接起訴）',
    '行政诉讼（未经复议直接起诉）',
    'Lawsuits without prior review',
  ],
  ['litigation-after-review', '行政訴訟（複議後起訴）', '行政诉讼（复议后起诉）', 'Lawsuits after review'],
];
const RESULTS: readonly (readonly [string, string, string, string])[] = [
  ['total', '總計', '总计', 'total'],
  ['upheld', '結果維持', '结果维持', 'upheld'],
  ['corrected', '結果糾正', '结果纠正', 'corrected'],
  ['other', '其他結果', '其他结果', 'other result'],
  ['pending', '尚未審結', '尚未审结', 'pending'],
];

const PROACTIVE: readonly (readonly [string, Text, string, Indicator['noun']])[] = [
  ['proactive.rules.issued', ['規章：本年制發件數', '规章：本年制发件数', 'Rules issued'], '件', DOCUMENTS],
  ['proactive.rules.repealed', ['規章：本年廢止件數', '规章：本年废止件数', 'Rules repealed'], '件', DOCUMENTS],
  ['proactive.rules.in-force', ['規章：現行有效件數', '规章：现行有效件数', 'Rules in force'], '件', DOCUMENTS],
  [
    'proactive.normative-docs.issued',
    ['行政規範性文件：本年制發件數', '行政规范性文件：本年制发件数', 'Normative documents issued'],
    '件',
    DOCUMENTS,
  ],
  [
    'proactive.normative-docs.repealed',
    ['行政規範性文件：本年廢止件數', '行政规范性文件：本年废止件数', 'Normative documents repealed'],
    '件',
    DOCUMENTS,
  ],
  [
    'proactive.normative-docs.in-force',
    ['行政規範性文件：現行有效件數', '行政规范性文件：现行有效件数', 'Normative documents in force'],
    '件',
    DOCUMENTS,
  ],
  [
    'proactive.licensing.decisions',
    ['行政許可：本年處理決定數量', '行政许可：本年处理决定数量', 'Licensing decisions'],
    '件',
    DECISIONS,
  ],
  [
    'proactive.penalties.decisions',
    ['行政處罰：本年處理決定數量', '行政处罚：本年处理决定数量', 'Penalty decisions'],
    '件',
    DECISIONS,
  ],
  [
    'proactive.coercion.decisions',
    ['行政強制：本年處理決定數量', '行政强制：本年处理决定数量', 'Coercive-measure decisions'],
    '件',
    DECISIONS,
  ],
  [
    'proactive.fees.amount',
    ['行政事業性收費：本年收費金額', '行政事业性收费：本年收费金额', 'Administrative fees collected'],
    '万元',
    undefined,
  ],
];

const STANDARD: readonly Indicator[] = [
  stated(
    'applications.new.all',
    'applications',
    ['本年新收政府信息公開申請', '本年新收政府信息公开申请', 'New applications'],
    '件',
    APPLICATIONS,
  ),
  stated('applications.carried-in.all', 'applications', CARRIED_IN, '件', APPLICATIONS),
  stated(
    'applications.total.all',
    'applications',
    ['本年度辦理結果總計', '本年度办理结果总计', 'Total handled'],
    '件',
    APPLICATIONS,
  ),
  stated('applications.carried-over.all', 'applications', CARRIED_OVER, '件', APPLICATIONS),
  ...byColumn('carried-in', CARRIED_IN),
  ...byColumn('carried-over', CARRIED_OVER),

  stated('applications.disclosed.all', 'outcomes', ['予以公開', '予以公开', 'Disclosed'], '件', APPLICATIONS),
  stated(
    'applications.partly-disclosed.all',
    'outcomes',
    ['部分公開', '部分公开', 'Partly disclosed'],
    '件',
    APPLICATIONS,
  ),
  outcome(
    'outcomes.withheld',
    WITHHELD,
    ['不予公開', '不予公开', 'Withheld'],
    [
      '三（三）不予公開第 1–8 項之和（總計列）',
      '三（三）不予公开第 1–8 项之和（总计列）',
      'Sum of the eight rows of Part III(3) “withheld”, all applicants',
    ],
  ),
  outcome(
    'outcomes.unavailable',
    UNAVAILABLE,
    ['無法提供', '无法提供', 'Could not be provided'],
    [
      '三（四）無法提供第 1–3 項之和（總計列）',
      '三（四）无法提供第 1–3 项之和（总计列）',
      'Sum of the three rows of Part III(4) “could not be provided”, all applicants',
    ],
  ),
  outcome(
    'outcomes.not-processed',
    NOT_PROCESSED,
    ['不予處理', '不予处理', 'Not processed'],
    [
      '三（五）不予處理第 1–5 項之和（總計列）',
      '三（五）不予处理第 1–5 项之和（总计列）',
      'Sum of the five rows of Part III(5) “not processed”, all applicants',
    ],
  ),
  outcome(
    'outcomes.other',
    OTHER,
    ['其他處理', '其他处理', 'Handled otherwise'],
    [
      '三（六）其他處理第 1–3 項之和（總計列）',
      '三（六）其他处理第 1–3 项之和（总计列）',
      'Sum of the three rows of Part III(6) “handled otherwise”, all applicants',
    ],
  ),

  ...REVIEW_GROUPS.flatMap(([g, gHant, gHans, gEn]) =>
    RESULTS.map(([r, rHant, rHans, rEn]) =>
      stated(`${g}.${r}`, 'reviews', [`${gHant}：${rHant}`, `${gHans}：${rHans}`, `${gEn}: ${rEn}`], '件', CASES),
    ),
  ),

  ...PROACTIVE.map(([id, label, unit, noun]) => stated(id, 'proactive', label, unit, noun)),

  rate(
    'rates.disclosed',
    ['applications.disclosed.all'],
    TOTAL,
    ['予以公開比例', '予以公开比例', 'Share disclosed in full'],
    [
      '三（一）予以公開 ÷ 三（七）總計（總計列）',
      '三（一）予以公开 ÷ 三（七）总计（总计列）',
      'Disclosed (Part III(1)) ÷ total handled (Part III(7)), all applicants',
    ],
  ),
  rate(
    'rates.partly-disclosed',
    ['applications.partly-disclosed.all'],
    TOTAL,
    ['部分公開比例', '部分公开比例', 'Share partly disclosed'],
    [
      '三（二）部分公開 ÷ 三（七）總計（總計列）',
      '三（二）部分公开 ÷ 三（七）总计（总计列）',
      'Partly disclosed (Part III(2)) ÷ total handled (Part III(7)), all applicants',
    ],
  ),
  rate(
    'rates.withheld',
    WITHHELD,
    TOTAL,
    ['不予公開比例', '不予公开比例', 'Share withheld'],
    [
      '三（三）不予公開第 1–8 項之和 ÷ 三（七）總計（總計列）',
      '三（三）不予公开第 1–8 项之和 ÷ 三（七）总计（总计列）',
      'Sum of the eight “withheld” rows (Part III(3)) ÷ total handled (Part III(7)), all applicants',
    ],
  ),
  rate(
    'rates.review-corrected',
    ['review.corrected'],
    ['review.total'],
    ['行政複議糾錯率', '行政复议纠错率', 'Review correction rate'],
    [
      '行政複議結果糾正 ÷ 行政複議總計',
      '行政复议结果纠正 ÷ 行政复议总计',
      'Administrative reviews with the decision corrected ÷ all administrative reviews',
    ],
  ),
];

/** Every indicator: the 2021 format's, with the pre-2019 table's rows beside them (oldIndicators.ts). */
export const INDICATORS: readonly Indicator[] = withOld(STANDARD, OLD_INDICATORS);

const BY_ID = new Map(INDICATORS.map((i) => [i.id, i]));

export function indicatorById(id: string): Indicator | undefined {
  return BY_ID.get(id);
}

/** Every fact an indicator reads: its own id when stated, numerator then denominator when derived. */
export function factsRead(i: Indicator): string[] {
  return i.kind === 'stated' ? [i.id] : [...(i.numerator ?? []), ...(i.denominator ?? [])];
}

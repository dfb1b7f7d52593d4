/**
 * The 2021 format's tables (国办公开办函〔2021〕30号) as data: each row and
 * column with its fixed id (REPORTS.md), the label as printed, an English
 * label, and a pattern over the normalised label (norm.ts) that tolerates the
 * variants found in real reports (规范性文件 for 行政规范性文件, typos such as
 * 其他法律行政止公开, OCR'd or split labels).
 */

export interface LabelDef {
  id: string;
  /** As printed in the format. */
  zh: string;
  en: string;
  pattern: RegExp;
}

export interface SubRowDef extends LabelDef {
  /** The group (三（三）…三（六）) the numbered sub-row belongs to. */
  group: string;
  /** The reason alone, without its number, for chart keys ("国家秘密"). */
  short: string;
}

export const APPLICANTS: readonly LabelDef[] = [
  { id: 'natural-person', zh: '自然人', en: 'Natural persons', pattern: /自然人/ },
  { id: 'business', zh: '商业企业', en: 'Businesses', pattern: /商业企业|^商业$/ },
  { id: 'research', zh: '科研机构', en: 'Research institutions', pattern: /科研机构|^科研$/ },
  { id: 'ngo', zh: '社会公益组织', en: 'Non-profit organisations', pattern: /社会公益/ },
  { id: 'legal-service', zh: '法律服务机构', en: 'Legal services', pattern: /法律服务/ },
  { id: 'other-org', zh: '其他', en: 'Other organisations', pattern: /^其他$/ },
  { id: 'all', zh: '总计', en: 'All applicants', pattern: /^总计$/ },
];

/** Words that only a header of the application table holds. */
export const APPLICATION_HEADER = /自然人|商业企业|科研机构|社会公益|法律服务机构|法人或其他组织|申请人情况|勾稽关系/;

export const APPLICATION_ROWS: readonly LabelDef[] = [
  { id: 'new', zh: '一、本年新收政府信息公开申请数量', en: 'New applications this year', pattern: /本年新收/ },
  {
    id: 'carried-in',
    zh: '二、上年结转政府信息公开申请数量',
    en: 'Carried over from last year',
    pattern: /上年结转|上年度结转/,
  },
  { id: 'disclosed', zh: '三、本年度办理结果（一）予以公开', en: 'Disclosed', pattern: /予以公开/ },
  { id: 'partly-disclosed', zh: '三、本年度办理结果（二）部分公开', en: 'Partly disclosed', pattern: /部分公开/ },
  { id: 'total', zh: '三、本年度办理结果（七）总计', en: 'Total handled', pattern: /^(?:\(七\))?总计$|^\(七\)/ },
  {
    id: 'carried-over',
    zh: '四、结转下年度继续办理',
    en: 'Carried over to next year',
    pattern: /结转下年度|下年度继续|结转下一年/,
  },
];

export const APPLICATION_GROUPS: readonly LabelDef[] = [
  { id: 'withheld', zh: '（三）不予公开', en: 'Withheld', pattern: /^(?:\(三\))?不予公开$|^\(三\)不/ },
  { id: 'unavailable', zh: '（四）无法提供', en: 'Could not be provided', pattern: /^(?:\(四\))?无法提供$|^\(四\)无/ },
  { id: 'not-processed', zh: '（五）不予处理', en: 'Not processed', pattern: /^(?:\(五\))?不予处理$|^\(五\)不/ },
  { id: 'other', zh: '（六）其他处理', en: 'Handled otherwise', pattern: /^(?:\(六\))?其他处理$|^\(六\)其/ },
];

const sub = (group: string, id: string, zh: string, en: string, pattern: RegExp, short: string): SubRowDef => ({
  group,
  id: `${group}.${id}`,
  zh,
  en,
  pattern,
  short,
});

export const APPLICATION_SUBROWS: readonly SubRowDef[] = [
  sub('withheld', 'state-secret', '1.属于国家秘密', 'State secrets', /国家秘密/, '国家秘密'),
  sub(
    'withheld',
    'prohibited-by-law',
    '2.其他法律行政法规禁止公开',
    'Barred by other laws',
    /其他法律|法规禁止/,
    '其他法律行政法规禁止公开',
  ),
  sub(
    'withheld',
    'three-safeties',
    '3.危及“三安全一稳定”',
    'Security and stability',
    /三安全|一稳定/,
    '危及“三安全一稳定”',
  ),
  sub('withheld', 'third-party', '4.保护第三方合法权益', 'Third-party rights', /第三方/, '保护第三方合法权益'),
  sub('withheld', 'internal-affairs', '5.属于三类内部事务信息', 'Internal affairs', /内部事务/, '三类内部事务信息'),
  sub('withheld', 'process-info', '6.属于四类过程性信息', 'Process information', /过程性/, '四类过程性信息'),
  sub('withheld', 'enforcement-files', '7.属于行政执法案卷', 'Enforcement files', /执法案卷/, '行政执法案卷'),
  sub('withheld', 'inquiry-matters', '8.属于行政查询事项', 'Administrative inquiries', /查询事项/, '行政查询事项'),
  sub('unavailable', 'not-held', '1.本机关不掌握相关政府信息', 'Not held by this body', /不掌握/, '本机关不掌握'),
  sub(
    'unavailable',
    'needs-creation',
    '2.没有现成信息需要另行制作',
    'Would need to be created',
    /另行制作|没有现成/,
    '需要另行制作',
  ),
  sub(
    'unavailable',
    'unclear',
    '3.补正后申请内容仍不明确',
    'Still unclear after correction',
    /仍不明确|补正后申请/,
    '补正后仍不明确',
  ),
  sub(
    'not-processed',
    'petition',
    '1.信访举报投诉类申请',
    'Petitions and complaints',
    /信访|举报投诉/,
    '信访举报投诉类',
  ),
  sub('not-processed', 'repeated', '2.重复申请', 'Repeated applications', /重复申请/, '重复申请'),
  sub('not-processed', 'publications', '3.要求提供公开出版物', 'Published material', /出版物/, '要求提供公开出版物'),
  sub(
    'not-processed',
    'excessive',
    '4.无正当理由大量反复申请',
    'Excessive repeated applications',
    /大量反复/,
    '无正当理由大量反复申请',
  ),
  sub(
    'not-processed',
    'confirmation',
    '5.要求行政机关确认或重新出具已获取信息',
    'Confirmation or re-issue',
    /重新出具|确认或/,
    '要求确认或重新出具',
  ),
  sub(
    'other',
    'no-correction',
    '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    'No correction in time',
    /逾期不补正/,
    '逾期不补正',
  ),
  sub(
    'other',
    'unpaid-fee',
    '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    'Fee not paid in time',
    /收费通知|缴纳费用/,
    '逾期未缴纳费用',
  ),
  sub('other', 'other', '3.其他', 'Other', /^(?:3\.)?其他$/, '其他'),
];

export const REVIEW_GROUPS: readonly LabelDef[] = [
  { id: 'review', zh: '行政复议', en: 'Administrative review', pattern: /行政复议/ },
  {
    id: 'litigation-direct',
    zh: '行政诉讼：未经复议直接起诉',
    en: 'Lawsuit without prior review',
    pattern: /未经复议|直接起诉/,
  },
  { id: 'litigation-after-review', zh: '行政诉讼：复议后起诉', en: 'Lawsuit after review', pattern: /复议后起诉/ },
];

export const RESULTS: readonly LabelDef[] = [
  { id: 'upheld', zh: '结果维持', en: 'Upheld', pattern: /维持/ },
  { id: 'corrected', zh: '结果纠正', en: 'Corrected', pattern: /纠正/ },
  { id: 'other', zh: '其他结果', en: 'Other result', pattern: /其他结果/ },
  { id: 'pending', zh: '尚未审结', en: 'Pending', pattern: /尚未|审结/ },
  { id: 'total', zh: '总计', en: 'Total', pattern: /^总计$/ },
];

export const REVIEW_HEADER = /行政复议|行政诉讼|结果维持|结果纠正|尚未审结|未经复议|复议后起诉/;

/** Part 二: rows and columns; a cell's id is proactive.<row>.<column> when the pair is in PROACTIVE_IDS_2021. */
export const PROACTIVE_ROWS: readonly LabelDef[] = [
  { id: 'rules', zh: '规章', en: 'Rules', pattern: /^规章$/ },
  { id: 'normative-docs', zh: '行政规范性文件', en: 'Normative documents', pattern: /^(?:行政)?规范性文件$/ },
  { id: 'licensing', zh: '行政许可', en: 'Licensing', pattern: /^行政许可$/ },
  { id: 'penalties', zh: '行政处罚', en: 'Penalties', pattern: /^行政处罚$/ },
  { id: 'coercion', zh: '行政强制', en: 'Coercive measures', pattern: /^行政强制$/ },
  { id: 'fees', zh: '行政事业性收费', en: 'Administrative fees', pattern: /^行政事业性收费$/ },
];

export const PROACTIVE_COLUMNS: readonly LabelDef[] = [
  { id: 'issued', zh: '本年制发件数', en: 'issued this year', pattern: /制发/ },
  { id: 'repealed', zh: '本年废止件数', en: 'repealed this year', pattern: /废止/ },
  { id: 'in-force', zh: '现行有效件数', en: 'in force', pattern: /现行有效/ },
  { id: 'decisions', zh: '本年处理决定数量', en: 'decisions this year', pattern: /处理决定/ },
  { id: 'amount', zh: '本年收费金额（单位：万元）', en: 'fees collected this year', pattern: /收费金额/ },
];

export const PROACTIVE_IDS_2021: readonly string[] = [
  'rules.issued',
  'rules.repealed',
  'rules.in-force',
  'normative-docs.issued',
  'normative-docs.repealed',
  'normative-docs.in-force',
  'licensing.decisions',
  'penalties.decisions',
  'coercion.decisions',
  'fees.amount',
].map((s) => `proactive.${s}`);

/** Rows and captions of part 二 that carry no values of their own. */
export const PROACTIVE_CONTEXT = /^信息内容$|第二十条/;

import type { Area, L10n } from '../data/schema';
import { l10nZh } from './facts';

/**
 * The standard report's six parts and the dataset's areas, with their titles
 * and summaries in both scripts and English.
 */

export const PARTS: readonly [string, string, string][] = [
  ['一', '总体情况', 'Overview'],
  ['二', '主动公开政府信息情况', 'Proactive disclosure'],
  ['三', '收到和处理政府信息公开申请情况', 'Applications received and handled'],
  ['四', '政府信息公开行政复议、行政诉讼情况', 'Administrative reviews and lawsuits'],
  ['五', '存在的主要问题及改进情况', 'Problems and improvements'],
  ['六', '其他需要报告的事项', 'Other matters'],
];

const AREAS: Record<string, [zh: string, en: string, summaryZh: string, summaryEn: string]> = {
  proactive: [
    '主动公开',
    'Proactive disclosure',
    '规章、规范性文件，行政许可、处罚、强制的处理决定和行政事业性收费（第二部分的表格）。',
    'Rules and normative documents, decisions on licensing, penalties and coercion, and fees (the table of Part II).',
  ],
  applications: [
    '依申请公开',
    'Applications',
    '收到和处理的政府信息公开申请，按申请人类型和办理结果（第三部分的表格）。',
    'Applications received and how they were handled, by type of applicant (the table of Part III).',
  ],
  'reviews-lawsuits': [
    '行政复议和行政诉讼',
    'Reviews and lawsuits',
    '因政府信息公开引起的行政复议和行政诉讼，按结果（第四部分的表格）。',
    'Administrative reviews and lawsuits about disclosure, by outcome (the table of Part IV).',
  ],
  'old-statistics': [
    '统计表',
    'Statistics table',
    '2019年以前格式的政府信息公开情况统计表，各项指标按报告原文。',
    'The statistics table of the pre-2019 reports, each indicator as the report words it.',
  ],
  text: [
    '正文中的数字',
    'Figures in the text',
    '正文中的数字，由导入程序找出，未经人工核对。',
    'Numbers found in the text by the importer and not yet checked by a person.',
  ],
};

export function area(id: string, sections: readonly string[]): Area {
  const [zh, en, summaryZh, summaryEn] = AREAS[id] ?? [id, id, id, id];
  return { id, title: l10nZh(zh, en), summary: l10nZh(summaryZh, summaryEn), sections: [...new Set(sections)] };
}

export const partTitle = (zh: string, en: string): L10n => l10nZh(zh, en);

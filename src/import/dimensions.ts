import type { Dataset, Tags } from '../data/schema';
import { toHant } from './hant';
import { OTHER_HANDLING } from './tables2019';
import { APPLICANTS, APPLICATION_SUBROWS } from './tables2021';

/**
 * The filter dimensions of the application table: `applicant` (the six
 * applicant columns; 总计 is all of them, so it is no value) and `outcome`
 * (the six result groups of 三（一）…（六）; rows 一, 二, 三（七）, 四 are no
 * outcome). A cell is tagged with its column and its row's group.
 */

export const OUTCOMES: readonly { id: string; zh: string; en: string }[] = [
  { id: 'disclosed', zh: '予以公开', en: 'Disclosed' },
  { id: 'partly-disclosed', zh: '部分公开', en: 'Partly disclosed' },
  { id: 'withheld', zh: '不予公开', en: 'Withheld' },
  { id: 'unavailable', zh: '无法提供', en: 'Could not be provided' },
  { id: 'not-processed', zh: '不予处理', en: 'Not processed' },
  { id: 'other', zh: '其他处理', en: 'Handled otherwise' },
];

// Not facts.ts#l10nZh: facts.ts reads the tags from here.
const label = (zh: string, en: string) => ({ 'zh-Hant': toHant(zh), 'zh-Hans': zh, en });

export const APPLICANT_TYPES = APPLICANTS.filter((c) => c.id !== 'all');

/** The outcome group of an application row id, or undefined for 一, 二, 三（七）, 四. */
export function outcomeOf(row: string): string | undefined {
  if (row === 'disclosed' || row === 'partly-disclosed') return row;
  if (row === OTHER_HANDLING.id) return 'other';
  return APPLICATION_SUBROWS.find((s) => s.id === row)?.group;
}

/** Tags of a fixed id: applications.<row>.<column> -> its applicant column and outcome group. */
export function tagsOf(dottedId: string): Tags | undefined {
  const parts = dottedId.split('.');
  if (parts[0] !== 'applications' || parts.length < 3) return undefined;
  const col = parts.at(-1) ?? '';
  const outcome = outcomeOf(parts.slice(1, -1).join('.'));
  const applicant = APPLICANT_TYPES.some((c) => c.id === col) ? col : undefined;
  if (!applicant && !outcome) return undefined;
  return { ...(applicant ? { applicant: [applicant] } : {}), ...(outcome ? { outcome: [outcome] } : {}) };
}

/** The dataset's dimensions: applicant and outcome when the application table was read. */
export function dimensionsOf(hasApplications: boolean): Dataset['dimensions'] {
  return {
    channel: [],
    category: [],
    level: [],
    applicant: hasApplications ? APPLICANT_TYPES.map((c) => ({ id: c.id, label: label(c.zh, c.en) })) : [],
    outcome: hasApplications ? OUTCOMES.map((o) => ({ id: o.id, label: label(o.zh, o.en) })) : [],
  };
}

import { OTHER_HANDLING, PROACTIVE_COLUMNS_2019, PROACTIVE_ROWS_2019 } from './tables2019';
import {
  APPLICANTS,
  APPLICATION_GROUPS,
  APPLICATION_ROWS,
  APPLICATION_SUBROWS,
  PROACTIVE_COLUMNS,
  PROACTIVE_ROWS,
  RESULTS,
  REVIEW_GROUPS,
  type LabelDef,
} from './tables2021';

/**
 * Labels of the fixed ids, in Simplified Chinese as the format prints them and
 * in English, composed from the row and column definitions.
 */

export interface Label {
  zh: string;
  en: string;
}

const byId = (defs: readonly LabelDef[], id: string) => defs.find((d) => d.id === id);

/** Label of an application row id (new, withheld.state-secret, other-handling, …). */
export function applicationRow(row: string): Label | undefined {
  const main = byId(APPLICATION_ROWS, row) ?? (row === OTHER_HANDLING.id ? OTHER_HANDLING : undefined);
  if (main) return main;
  const sub = APPLICATION_SUBROWS.find((s) => s.id === row);
  const group = sub && byId(APPLICATION_GROUPS, sub.group);
  return sub && group
    ? { zh: `三、本年度办理结果${group.zh}${sub.zh}`, en: `${group.en}: ${sub.en.toLowerCase()}` }
    : undefined;
}

/** Label of a fixed id (applications.*, review.*, litigation-*.*, proactive.*), or undefined. */
export function fixedLabel(id: string): Label | undefined {
  const parts = id.split('.');
  const [head] = parts;
  if (head === 'applications' && parts.length >= 3) {
    const row = applicationRow(parts.slice(1, -1).join('.'));
    const col = byId(APPLICANTS, parts.at(-1) ?? '');
    return row && col ? { zh: `${row.zh}：${col.zh}`, en: `${row.en}: ${col.en.toLowerCase()}` } : undefined;
  }
  const group = byId(REVIEW_GROUPS, head ?? '');
  if (group && parts.length === 2) {
    const result = byId(RESULTS, parts[1] ?? '');
    return result ? { zh: `${group.zh}：${result.zh}`, en: `${group.en}: ${result.en.toLowerCase()}` } : undefined;
  }
  if (head === 'proactive' && parts.length === 3) {
    const row = byId([...PROACTIVE_ROWS, ...PROACTIVE_ROWS_2019], parts[1] ?? '');
    const col = byId([...PROACTIVE_COLUMNS, ...PROACTIVE_COLUMNS_2019], parts[2] ?? '');
    return row && col ? { zh: `${row.zh}：${col.zh}`, en: `${row.en}, ${col.en}` } : undefined;
  }
  return undefined;
}

/** What an English reader calls the things a fixed id counts; none for an amount of money. */
export function nounOf(id: string, unit?: string): { one: string; other: string } | undefined {
  if (unit && /元/.test(unit)) return undefined;
  const n = (one: string, other: string) => ({ one, other });
  if (id.startsWith('applications.')) return n('application', 'applications');
  if (/^(review|litigation-direct|litigation-after-review)\./.test(id)) return n('case', 'cases');
  if (/^proactive\.[a-z-]+\.decisions$/.test(id)) return n('decision', 'decisions');
  if (/^proactive\.(rules|normative-docs)\./.test(id)) return n('document', 'documents');
  if (/^proactive\.[a-z-]+\.(items-last-year|items-change)$/.test(id)) return n('item', 'items');
  if (id === 'proactive.procurement.projects') return n('project', 'projects');
  // The old statistics table: its rows that count the same things.
  if (/^old\.proactive-docs\./.test(id)) return n('document', 'documents');
  if (/^old\.requests\./.test(id)) return n('application', 'applications');
  if (/^old\.replies\./.test(id)) return n('reply', 'replies');
  if (/^old\.(reviews|lawsuits|appeals|appeals-reports|lawsuits-reports)\./.test(id)) return n('case', 'cases');
  return undefined;
}

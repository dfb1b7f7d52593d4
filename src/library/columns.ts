import type { TableName } from './parts';

/** The columns the views read of each open table (fromTables.ts); a read asks only for these. */

export const CELL_COLUMNS = [
  'report_id',
  'year',
  'format',
  'fact_id',
  'indicator',
  'value',
  'unit',
  'approx',
  'from_text',
  'check',
] as const;

export const CHECK_COLUMNS = [
  'report_id',
  'check_id',
  'kind',
  'label_zh_hant',
  'label_zh_hans',
  'label_en',
  'verdict',
  'stated',
  'computed',
  'difference',
  'facts',
  'other_report',
] as const;

export const BODY_COLUMNS = [
  'body_id',
  'name_zh_hant',
  'name_zh_hans',
  'name_en',
  'level',
  'region_zh_hant',
  'region_zh_hans',
  'region_en',
  'parent_zh_hant',
  'parent_zh_hans',
  'parent_en',
  'aliases',
] as const;

export const REPORT_COLUMNS = [
  'report_id',
  'body_id',
  'year',
  'format',
  'title_zh_hant',
  'title_zh_hans',
  'title_en',
  'read_from',
  'dataset',
  'facts',
  'checks',
  'checks_failing',
  'across_failing',
  'to_confirm',
  'incomplete',
  'not_run',
  'drafted',
  'applications_new',
  'applications_disclosed',
  'reviews',
  'lawsuits',
  'normative_docs_in_force',
] as const;

/**
 * What a body's trends read of its part, table by table (where body_id is the body): the catalogue's reports and
 * bodies, then its file's bodies, cells and checks. The page's tables worker starts these reads as soon as the
 * page knows the body (scripts/prerender/early.ts), before the app asks for them.
 */
export const BODY_READS: readonly (readonly [TableName, readonly string[]])[] = [
  ['reports', REPORT_COLUMNS],
  ['bodies', BODY_COLUMNS],
  ['cells', CELL_COLUMNS],
  ['checks', CHECK_COLUMNS],
];

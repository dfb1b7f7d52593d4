/** The open tables, as the site serves them in /data/tables/ (scripts/library/tables.ts writes them). */
export const TABLE_NAMES = ['cells', 'reports', 'bodies', 'checks'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

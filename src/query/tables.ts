/** The open tables, as the site serves them in /data/tables/ (scripts/library/tables.ts writes them). */
export const TABLE_NAMES = ['cells', 'reports', 'bodies', 'checks'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** Where the site serves them. */
export const TABLES_BASE = `${import.meta.env.BASE_URL}data/tables/`;

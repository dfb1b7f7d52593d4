/** The open tables, as the site serves them in /data/tables/ (scripts/library/tables.ts writes them, parts.ts splits them). */
export { TABLE_NAMES, type TableName } from '../library/parts';

/** Where the site serves them. */
export const TABLES_BASE = `${import.meta.env.BASE_URL}data/tables/`;

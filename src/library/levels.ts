/**
 * Administrative levels of a body, for filtering and for telling a pilot zone from a district. Apart from the
 * schema (types.ts) so a view that only lists them does not load the schema library with them.
 */
export const LEVELS = ['province', 'city', 'county', 'district', 'department', 'township', 'zone'] as const;
export type LevelName = (typeof LEVELS)[number];

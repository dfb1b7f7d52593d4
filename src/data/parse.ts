import type { z } from 'zod';
import { Dataset } from './schema';

export interface SchemaError {
  /** JSON path of the offending value, e.g. `$.facts[12].area`. */
  path: string;
  message: string;
}

export type ParseResult = { ok: true; data: Dataset } | { ok: false; errors: SchemaError[] };

export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`), '$');
}

function flatten(issues: readonly z.core.$ZodIssue[]): SchemaError[] {
  return issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message }));
}

/** Validates unknown JSON against the dataset schema; never throws. */
export function parseDataset(json: unknown): ParseResult {
  const result = Dataset.safeParse(json);
  return result.success ? { ok: true, data: result.data } : { ok: false, errors: flatten(result.error.issues) };
}

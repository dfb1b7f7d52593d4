import { DataType, type DataType as Type } from 'apache-arrow';

/**
 * One value of a query's result as the console shows it and writes it to CSV:
 * numbers stay numbers (a BIGINT beyond 2^53 stays exact, as text), dates as
 * ISO dates, lists and structs as JSON, NULL as null (an empty cell, never 0).
 */

export type QueryCell = string | number | boolean | null;

const json = (v: unknown) =>
  JSON.stringify(v, (_, x: unknown) => (typeof x === 'bigint' ? x.toString() : x instanceof Uint8Array ? [...x] : x));

export function toCell(value: unknown, type: Type | undefined): QueryCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint')
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  if (type && DataType.isDate(type) && typeof value === 'number') return new Date(value).toISOString().slice(0, 10);
  if (type && DataType.isTimestamp(type) && typeof value === 'number')
    return new Date(value).toISOString().replace('.000Z', 'Z');
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  const toJSON = (value as { toJSON?: () => unknown }).toJSON;
  return json(typeof toJSON === 'function' ? toJSON.call(value) : value);
}

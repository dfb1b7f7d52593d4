import {
  Bool,
  DateDay,
  Float32,
  Float64,
  Int16,
  Int32,
  Int64,
  makeData,
  makeVector,
  Table,
  Utf8,
  type DataType,
  type Vector,
} from 'apache-arrow';
import { parquetReadObjects, parquetSchema, type SchemaElement } from 'hyparquet';
import { compressors, type ParquetFile } from '../data/parquet';
import { COLUMNS, type Column, type Row, type TableName } from '../library/tableRows';

/**
 * A Parquet table as an Arrow table for DuckDB-WASM (its build has no Parquet
 * reader of its own: that extension would be fetched from DuckDB's servers).
 * Column types follow the file's schema, so a SMALLINT stays a SMALLINT.
 * Columns are laid out by hand: Arrow's builders compile code with `new Function`,
 * which the page's CSP forbids.
 */

function arrowType(e: SchemaElement): DataType {
  const logical = e.logical_type?.type;
  if (e.type === 'BOOLEAN') return new Bool();
  if (e.type === 'DOUBLE') return new Float64();
  if (e.type === 'FLOAT') return new Float32();
  if (e.type === 'INT64') return new Int64();
  if (e.type === 'INT32') {
    if (logical === 'DATE' || e.converted_type === 'DATE') return new DateDay();
    if (e.converted_type === 'INT_16' || (e.logical_type?.type === 'INTEGER' && e.logical_type.bitWidth === 16))
      return new Int16();
    return new Int32();
  }
  return new Utf8();
}

/** Bit i set for each value that is not null (Arrow's validity bitmap). */
function validity(values: readonly unknown[]): { bitmap: Uint8Array; nulls: number } {
  const bitmap = new Uint8Array(Math.ceil(values.length / 8));
  let nulls = 0;
  values.forEach((v, i) => {
    if (v === null || v === undefined) nulls++;
    else bitmap[i >> 3] = (bitmap[i >> 3] ?? 0) | (1 << (i & 7));
  });
  return { bitmap, nulls };
}

const DAY = 86_400_000;

function column(type: DataType, values: readonly unknown[]): Vector {
  const length = values.length;
  const { bitmap: nullBitmap, nulls: nullCount } = validity(values);
  const base = { length, nullCount, nullBitmap };
  if (type instanceof Utf8) {
    const encoder = new TextEncoder();
    const parts = values.map((v) => (v === null || v === undefined ? new Uint8Array() : encoder.encode(String(v))));
    const valueOffsets = new Int32Array(length + 1);
    parts.forEach((p, i) => (valueOffsets[i + 1] = (valueOffsets[i] ?? 0) + p.length));
    const data = new Uint8Array(valueOffsets[length] ?? 0);
    parts.forEach((p, i) => data.set(p, valueOffsets[i]));
    return makeVector(makeData({ type, ...base, valueOffsets, data }));
  }
  if (type instanceof Bool) {
    const data = new Uint8Array(Math.ceil(length / 8));
    values.forEach((v, i) => {
      if (v === true) data[i >> 3] = (data[i >> 3] ?? 0) | (1 << (i & 7));
    });
    return makeVector(makeData({ type, ...base, data }));
  }
  if (type instanceof Int64) {
    const data = new BigInt64Array(values.map((v) => (typeof v === 'bigint' ? v : BigInt(Number(v ?? 0)))));
    return makeVector(makeData({ type, ...base, data }));
  }
  if (type instanceof DateDay) {
    const day = (v: unknown) =>
      v instanceof Date
        ? Math.floor(v.getTime() / DAY)
        : typeof v === 'string'
          ? Math.floor(Date.parse(v) / DAY)
          : Number(v ?? 0);
    const days = values.map(day);
    return makeVector(makeData({ type, ...base, data: new Int32Array(days) }));
  }
  const numbers = values.map((v) => Number(v ?? 0));
  const data =
    type instanceof Int16
      ? new Int16Array(numbers)
      : type instanceof Int32
        ? new Int32Array(numbers)
        : type instanceof Float32
          ? new Float32Array(numbers)
          : new Float64Array(numbers);
  return makeVector(makeData({ type: type as Float64, ...base, data }));
}

const OF_SQL: Record<Column['sql'], () => DataType> = {
  VARCHAR: () => new Utf8(),
  INTEGER: () => new Int32(),
  SMALLINT: () => new Int16(),
  DOUBLE: () => new Float64(),
  BOOLEAN: () => new Bool(),
  DATE: () => new DateDay(),
};

/** Rows of one of the tables as Arrow, typed as the tables declare their columns (what their Parquet holds). */
export function rowsToArrow(table: TableName, rows: readonly Row[]): Table {
  const columns: Record<string, Vector> = {};
  for (const c of COLUMNS[table])
    columns[c.name] = column(
      OF_SQL[c.sql](),
      rows.map((r) => r[c.name]),
    );
  return new Table(columns);
}

export async function parquetToArrow({ file, metadata }: ParquetFile): Promise<Table> {
  const fields = parquetSchema(metadata).children.map((c) => c.element);
  const rows = await parquetReadObjects({ file, metadata, compressors });
  const columns: Record<string, Vector> = {};
  for (const f of fields)
    columns[f.name] = column(
      arrowType(f),
      rows.map((r) => r[f.name]),
    );
  return new Table(columns);
}

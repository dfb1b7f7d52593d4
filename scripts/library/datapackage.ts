import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { NAMES_PATH } from '../../src/library/names';
import { partPath } from '../../src/library/parts';
import { readPartsFile } from './partsFile';
import { COLUMNS, DERIVED, TABLES, type DerivedName, type TableName } from '../../src/library/tableRows';

/**
 * datapackage.json for the tables (Frictionless Tabular Data Package, v1): every
 * resource and field with its meaning, the keys that join the tables, the terms of
 * the sources, the version (build date and commit) and how to cite it. Each table
 * is listed twice, as CSV and as Parquet, with the same schema; each is the files
 * of its parts (a path list: the rows of all of them, in order, are the table).
 */

export interface Version {
  /** YYYY-MM-DD. */
  date: string;
  /** The commit the tables were built from (short hash). */
  commit: string;
}

const TITLES: Record<TableName, { title: string; description: string }> = {
  cells: {
    title: 'Cells',
    description:
      "One row per table cell and per figure drafted from a sentence of every report in the library. A blank cell is a row with an empty value, never 0. quote_start and quote_end locate the figure's quote in the report's text.",
  },
  reports: {
    title: 'Reports',
    description:
      'One row per report: titles, period, where it was published, how it was read, and how many of its own identities hold.',
  },
  bodies: { title: 'Bodies', description: 'One row per body that publishes reports: names, level and region.' },
  checks: {
    title: 'Checks',
    description:
      "One row per identity checked: a report's own (its parts add up to its totals) and across two years of one body (carried over = carried in). A failing identity is a finding about the report; nothing is corrected.",
  },
};

const KEYS: Record<TableName, { primaryKey: string[]; foreignKeys: { fields: string[]; resource: TableName }[] }> = {
  cells: {
    primaryKey: ['report_id', 'fact_id'],
    foreignKeys: [
      { fields: ['report_id'], resource: 'reports' },
      { fields: ['body_id'], resource: 'bodies' },
    ],
  },
  reports: { primaryKey: ['report_id'], foreignKeys: [{ fields: ['body_id'], resource: 'bodies' }] },
  bodies: { primaryKey: ['body_id'], foreignKeys: [] },
  checks: {
    primaryKey: ['report_id', 'check_id'],
    foreignKeys: [{ fields: ['report_id'], resource: 'reports' }],
  },
};

/** A resource's files: their paths, total bytes, and each file's size and hash (`files`, our own property). */
function files(dir: string, paths: readonly string[]) {
  const each = paths.map((path) => ({
    path,
    bytes: statSync(join(dir, path)).size,
    hash: `sha256:${createHash('sha256')
      .update(readFileSync(join(dir, path)))
      .digest('hex')}`,
  }));
  return { path: [...paths], bytes: each.reduce((n, f) => n + f.bytes, 0), files: each };
}

const DERIVED_ABOUT: Record<DerivedName, { title: string; description: string; primaryKey?: string[] }> = {
  points: {
    title: 'Points (Parquet): one indicator of every report',
    description:
      "Derived from cells and checks by the summary the dashboard's views use: one row per report and indicator the report gives a value for or prints blank, one file per indicator (points/indicator=…/data_0.parquet; the folder names the indicator), ordered by year and largest value first. The compare view reads the top of a year from it. Parquet only: cells holds every figure as CSV.",
  },
  top: {
    title: 'Top (Parquet): the largest values of each figure and year',
    description:
      "Derived from points: of each figure and year, its 30 largest values and its first 30 blanks in the points' order, each row with how many reports of the year give the figure a value (year_values) and print it blank (year_blanks); one file per indicator (top/indicator=…/data_0.parquet). The compare view reads it first; a kind of body or province kept reads points. Parquet only.",
  },
  names: {
    title: 'Names (Parquet): every body once',
    description:
      'Derived from bodies and reports: every body once, in one file ordered by body_id, with its names, the other names its reports use and how many reports it has. The library view of a library too large to list whole searches it. Parquet only: bodies holds the same names as CSV.',
    primaryKey: ['body_id'],
  },
};

/** A table the views made from the others (src/library/tableRows.ts#DERIVED): Parquet only. */
function derivedResource(dir: string, table: DerivedName, paths: string[]) {
  const { title, description, primaryKey } = DERIVED_ABOUT[table];
  const fields = DERIVED[table];
  const joins = (['report_id', 'body_id'] as const).filter((k) => fields.some((f) => f.name === k));
  return {
    profile: 'tabular-data-resource',
    name: `${table}-parquet`,
    title,
    description,
    format: 'parquet',
    mediatype: 'application/vnd.apache.parquet',
    ...files(dir, paths),
    schema: {
      fields: fields.map(({ name, type, description }) => ({ name, type, description })),
      missingValues: [''],
      ...(primaryKey ? { primaryKey } : {}),
      foreignKeys: joins.map((k) => ({
        fields: [k],
        reference: { resource: k === 'report_id' ? 'reports-parquet' : 'bodies-parquet', fields: [k] },
      })),
    },
  };
}

/** Every figure's file of a table split by figure (points, top), in the order of the figures' ids. */
const figureFiles = (dir: string, table: 'points' | 'top') =>
  readdirSync(join(dir, table))
    .filter((d) => d.startsWith('indicator='))
    .sort()
    .map((d) => `${table}/${d}/data_0.parquet`);

/** `rows`: each table's row count (a property of our own: the page and readers can say how big a table is). */
export function datapackage(dir: string, version: Version, rows: Record<TableName, number>): object {
  const { present } = readPartsFile(dir);
  const resources = TABLES.flatMap((table) => {
    const parts = (ext: 'csv' | 'parquet') => present[table].map((p) => partPath(table, p, ext));
    const keys = (suffix: string) =>
      KEYS[table].foreignKeys.length === 0
        ? {}
        : {
            foreignKeys: KEYS[table].foreignKeys.map((k) => ({
              fields: k.fields,
              reference: { resource: `${k.resource}${suffix}`, fields: k.fields },
            })),
          };
    const schema = {
      fields: COLUMNS[table].map((c) => ({
        name: c.name,
        type: c.type,
        description: c.description,
        ...(c.values || c.required
          ? { constraints: { ...(c.required ? { required: true } : {}), ...(c.values ? { enum: c.values } : {}) } }
          : {}),
      })),
      missingValues: [''],
      primaryKey: KEYS[table].primaryKey,
    };
    const { title, description } = TITLES[table];
    return [
      {
        profile: 'tabular-data-resource',
        name: table,
        title,
        description: `${description} Split by body into parts (${table}/part=…/data_0.csv, each with its header row); every body's rows are in one part.`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8-sig',
        rows: rows[table],
        dialect: { delimiter: ',', header: true, doubleQuote: true },
        ...files(dir, parts('csv')),
        schema: { ...schema, ...keys('') },
      },
      {
        profile: 'tabular-data-resource',
        name: `${table}-parquet`,
        title: `${title} (Parquet)`,
        description: `The same rows as the ${table} CSV files, as Parquet (zstd), in the same parts, ordered by body and year: read them as one table with read_parquet('${table}/*/*.parquet') in DuckDB.`,
        format: 'parquet',
        mediatype: 'application/vnd.apache.parquet',
        rows: rows[table],
        ...files(dir, parts('parquet')),
        schema: { ...schema, ...keys('-parquet') },
      },
    ];
  });
  return {
    profile: 'tabular-data-package',
    name: 'government-information-disclosure-annual-reports',
    title: 'Annual reports on government information disclosure: figures, checks and sources',
    description:
      'Every figure of the annual reports Chinese government bodies publish on government information disclosure (政府信息公开工作年度报告) in the library, as the reports write them, each with where its quote is in the report; every identity the reports should satisfy, checked. Built by `npm run data` with DuckDB.',
    version: `${version.date}+${version.commit}`,
    created: `${version.date}T00:00:00Z`,
    keywords: ['government information disclosure', '政府信息公开', 'annual reports', 'China', 'open government'],
    licenses: [
      {
        name: 'CC0-1.0',
        path: 'https://creativecommons.org/publicdomain/zero/1.0/',
        title: 'The tables (figures, ids, checks, offsets): no rights reserved',
      },
    ],
    sources: [
      {
        title:
          "The bodies' annual reports, public government documents published under the Regulations on the Disclosure of Government Information. The originals stay under their sites' own terms (the Pingtan pages say 版权所有：平潭综合实验区党工委管委会网站; the archive they were taken from states no licence). reports.source_url and reports.source_note say where each report was published or found.",
      },
    ],
    citation: `Government information disclosure annual reports: figures, checks and sources, version ${version.date}+${version.commit}. Open-government disclosure dashboard, ${version.date.slice(0, 4)}. Tables cells, reports, bodies, checks (CSV and Parquet), points, top and names (Parquet).`,
    resources: [
      ...resources,
      derivedResource(dir, 'points', figureFiles(dir, 'points')),
      derivedResource(dir, 'top', figureFiles(dir, 'top')),
      derivedResource(dir, 'names', [NAMES_PATH]),
    ],
  };
}

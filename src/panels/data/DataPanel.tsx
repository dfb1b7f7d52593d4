import { useQuery } from '@tanstack/react-query';
import { TakeOver } from '../../components/TakeOver';
import { enData } from '../../i18n/en-data';
import { formatNumber } from '../../i18n/format';
import { addEnglish, type MessageKey } from '../../i18n/messages';
import { TABLE_NAMES, TABLES_BASE, type TableName } from '../../query/tables';
import type { DerivedName } from '../../library/tableRows';
import { useLang, useT } from '../../state/hooks';
import { useTitle } from '../shared/useTitle';
import { ViewLink } from '../shared/ViewLink';

addEnglish(enData);

/** What the page reads of datapackage.json (scripts/library/datapackage.ts writes it). */
interface Resource {
  name: string;
  /** The files of the table's parts. */
  path: string[];
  format: string;
  bytes: number;
  rows: number;
  schema: { fields: { name: string; type: string }[] };
}
interface Package {
  version: string;
  citation: string;
  resources: Resource[];
}

async function fetchPackage(): Promise<Package> {
  const res = await fetch(`${TABLES_BASE}datapackage.json`);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const p = (await res.json()) as Package;
  if (!Array.isArray(p.resources)) throw new Error('datapackage.json lists no resources');
  return p;
}

/** ?view=data: the open tables, what each column means, their files, version and how to cite them. */
export function DataPanel() {
  const t = useT();
  useTitle([t('data.title')]);
  const query = useQuery({ queryKey: ['datapackage'], queryFn: fetchPackage, staleTime: Infinity });
  return (
    <section aria-labelledby="data-title" className="max-w-4xl space-y-4">
      {/* The page is shown (and prerendered) once it can list the tables: nothing moves after. */}
      {(query.data || query.isError) && <TakeOver />}
      <h1 id="data-title" className="text-xl font-semibold">
        {t('data.title')}
      </h1>
      <p className="max-w-prose">{t('data.intro')}</p>
      <p className="max-w-prose text-sm">{t('data.parts')}</p>
      <p>
        <ViewLink to={{ view: 'query' }} className="font-semibold underline">
          {t('data.queryLink')}
        </ViewLink>
      </p>
      <p className="max-w-prose text-sm">{t('data.license')}</p>
      <p className="max-w-prose text-sm">{t('data.batch')}</p>
      {query.isError && <p role="alert">{t('data.failed', { message: query.error.message })}</p>}
      {query.isPending && <p role="status">{t('library.loading')}</p>}
      {query.data && <Tables pkg={query.data} />}
    </section>
  );
}

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en')} KB`;

function Tables({ pkg }: { pkg: Package }) {
  const t = useT();
  const lang = useLang();
  const byName = new Map(pkg.resources.map((r) => [r.name, r]));
  return (
    <>
      {TABLE_NAMES.map((table) => {
        const csv = byName.get(table);
        const parquet = byName.get(`${table}-parquet`);
        if (!csv) return null;
        return (
          <section
            key={table}
            aria-labelledby={`table-${table}`}
            className="space-y-2 border-t border-[var(--border)] pt-3"
          >
            <h2 id={`table-${table}`} className="font-semibold">
              <code translate="no">{table}</code>{' '}
              <span className="font-normal text-[var(--muted)]">
                {formatNumber(csv.rows, lang)} {t('data.rows', { n: csv.rows })}
              </span>
            </h2>
            <p className="text-sm">{t(`data.table.${table}`)}</p>
            <div className="space-y-1 text-sm" data-testid={`files-${table}`}>
              <p>{t('data.download')}</p>
              {[csv, parquet].map((r) => r && <Files key={r.name} resource={r} />)}
            </div>
            <Columns table={table} fields={csv.schema.fields} />
          </section>
        );
      })}
      {(['points', 'top', 'names'] as const).map((table) => (
        <Derived key={table} table={table} resource={byName.get(`${table}-parquet`)} />
      ))}
      <section aria-labelledby="data-cite" className="space-y-2 border-t border-[var(--border)] pt-3 text-sm">
        <h2 id="data-cite" className="font-semibold">
          {t('data.cite')}
        </h2>
        <p>{t('data.version', { version: pkg.version })}</p>
        <p lang="en" className="rounded bg-[var(--surface)] p-2">
          {pkg.citation}
        </p>
        <p>
          {t('data.package')}{' '}
          <a href={`${TABLES_BASE}datapackage.json`} className="underline">
            datapackage.json
          </a>
        </p>
      </section>
    </>
  );
}

/** The views' own tables, made from the others: Parquet only. */
function Derived({ table, resource: r }: { table: DerivedName; resource: Resource | undefined }) {
  const t = useT();
  if (!r) return null;
  return (
    <section aria-labelledby={`table-${table}`} className="space-y-2 border-t border-[var(--border)] pt-3">
      <h2 id={`table-${table}`} className="font-semibold">
        <code translate="no">{table}</code>
      </h2>
      <p className="text-sm">{t(`data.table.${table}`)}</p>
      <div className="space-y-1 text-sm" data-testid={`files-${table}`}>
        <p>{t('data.download')}</p>
        <Files resource={r} />
      </div>
      <Columns table={table} fields={r.schema.fields} />
    </section>
  );
}

/** Files listed by name up to this many; the rest are in datapackage.json. */
const SHOWN = 8;

/** A table's files in one format: how many and how large, each a link (the first few). */
function Files({ resource: r }: { resource: Resource }) {
  const t = useT();
  const lang = useLang();
  return (
    <p className="flex flex-wrap gap-x-3 gap-y-1">
      <span>
        {t('data.files', {
          format: r.format === 'csv' ? 'CSV' : 'Parquet',
          n: r.path.length,
          count: formatNumber(r.path.length, lang),
          size: kb(r.bytes),
        })}
      </span>
      {r.path.slice(0, SHOWN).map((path) => (
        <a key={path} href={`${TABLES_BASE}${path}`} download className="underline">
          <span translate="no">{path}</span>
        </a>
      ))}
      {r.path.length > SHOWN && <span>{t('data.moreFiles', { n: r.path.length - SHOWN })}</span>}
    </p>
  );
}

function Columns({ table, fields }: { table: TableName | DerivedName; fields: Resource['schema']['fields'] }) {
  const t = useT();
  return (
    <details className="text-sm">
      <summary className="cursor-pointer">{t('data.columns', { n: fields.length })}</summary>
      <table className="mt-2 w-full">
        <thead>
          <tr className="text-left">
            <th scope="col" className="pr-3">
              {t('data.column')}
            </th>
            <th scope="col" className="pr-3">
              {t('data.type')}
            </th>
            <th scope="col">{t('data.meaning')}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f.name} className="border-t border-[var(--border)] align-top">
              <td className="py-1 pr-3 font-mono" translate="no">
                {f.name}
              </td>
              <td className="py-1 pr-3 font-mono">{f.type}</td>
              <td className="py-1">{t(`col.${table}.${f.name}` as MessageKey)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

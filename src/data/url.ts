import { DIMENSIONS, LANGS, type Lang, type Dimension, type Highlight } from './vocab';

/**
 * The URL contract: ?lang&area&channel&category&level&fact&data. Parsing is
 * tolerant: anything malformed is dropped, never thrown.
 */

/** The filters: for each dimension, the values kept (none: no filter). */
export type DimensionFilters = Record<Dimension, string[]>;

/** The library's views (no report open), and the open report's own text. */
export const LIBRARY_VIEWS = ['library', 'trends', 'compare', 'mine', 'review', 'data', 'query'] as const;
export type LibraryView = (typeof LIBRARY_VIEWS)[number];
export const VIEWS = [...LIBRARY_VIEWS, 'text'] as const;
export type View = (typeof VIEWS)[number];
export const isLibraryView = (v: View | null): v is LibraryView => v !== null && v !== 'text';

export interface ViewState extends DimensionFilters {
  /** null: follow the browser's language. */
  lang: Lang | null;
  /** The library's views (many reports), the report's text; null: the open report's dashboard. */
  view: View | null;
  /** Trends: the body whose years are shown. */
  body: string | null;
  /** Compare: the year and the indicator compared across bodies (trends: the indicator in focus). */
  year: number | null;
  indicator: string | null;
  /** The review board: the column it is sorted by (`errors`, `year.asc`), and what it keeps (`findings`, `mine`). */
  sort: string | null;
  only: string[];
  /** The library: the search typed, as typed (any language). */
  q: string | null;
  /** Compare: the province its bodies are in (with `level`, the kind of body). */
  region: string | null;
  /** The SQL console: the query last run, so a link runs it again. */
  sql: string | null;
  area: string | null;
  fact: string | null;
  /** The selected value or figure, lit on every chart: `select=channel:weibo`, `select=fact:<id>`. */
  select: Highlight | null;
  /**
   * Same-origin path of another dataset; `local:<file name>` while a file the
   * reader opened is shown (it cannot be fetched from a link); `mine:<id>` for
   * a report kept in this browser's My reports; null for the
   * embedded one.
   */
  data: string | null;
}

export const NO_FILTERS = Object.fromEntries(DIMENSIONS.map((d) => [d, []])) as unknown as DimensionFilters;

export const EMPTY_VIEW: ViewState = {
  lang: null,
  view: null,
  body: null,
  year: null,
  indicator: null,
  sort: null,
  only: [],
  q: null,
  region: null,
  sql: null,
  area: null,
  ...NO_FILTERS,
  fact: null,
  select: null,
  data: null,
};

const ID = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
const MAX_IDS = 20;
const isId = (s: string) => s.length <= 80 && ID.test(s);

function firstId(params: URLSearchParams, key: string): string | null {
  return params.getAll(key).find(isId) ?? null;
}

function idList(params: URLSearchParams, key: string): string[] {
  const ids = params
    .getAll(key)
    .flatMap((v) => v.split(','))
    .map((s) => s.trim())
    .filter(isId);
  return [...new Set(ids)].slice(0, MAX_IDS);
}

/** A same-origin path, or null. Absolute URLs to other origins and non-http schemes are refused. */
export function sameOriginPath(raw: string, origin: string): string | null {
  const controlOrBackslash = [...raw].some((c) => c === '\\' || c.charCodeAt(0) < 32);
  if (raw.length === 0 || raw.length > 500 || /^\s/.test(raw) || controlOrBackslash) return null;
  try {
    const url = new URL(raw, `${origin}/`);
    if (url.origin !== origin || (url.protocol !== 'http:' && url.protocol !== 'https:')) return null;
    return `${url.pathname}${url.search}`;
  } catch {
    return null;
  }
}

export const LOCAL_PREFIX = 'local:';

/** `local:<name>`, with a name that is safe to show; null otherwise. */
export function localDataName(data: string | null): string | null {
  if (!data?.startsWith(LOCAL_PREFIX)) return null;
  const name = data.slice(LOCAL_PREFIX.length);
  return name.length > 0 && name.length <= 200 && [...name].every((c) => c.charCodeAt(0) >= 32) ? name : null;
}

/** `mine:<report id>`: a report the reader imported, kept in this browser (IndexedDB). */
export const MINE_PREFIX = 'mine:';

export function mineDataId(data: string | null): string | null {
  if (!data?.startsWith(MINE_PREFIX)) return null;
  const id = data.slice(MINE_PREFIX.length);
  return isId(id) ? id : null;
}

function dataParam(raw: string | undefined, origin: string): string | null {
  if (raw === undefined) return null;
  return localDataName(raw) !== null || mineDataId(raw) !== null ? raw : sameOriginPath(raw, origin);
}

/** The `data` parameter when it names something that will not be fetched (another origin, a bad path). */
export function refusedData(search: string, origin: string): string | null {
  const raw = new URLSearchParams(search).getAll('data')[0];
  return raw !== undefined && dataParam(raw, origin) === null ? raw.slice(0, 300) : null;
}

function selectParam(raw: string | undefined): Highlight | null {
  const [dim, id, ...rest] = (raw ?? '').split(':');
  const dimension = [...DIMENSIONS, 'fact'].find((d) => d === dim) as Highlight['dimension'] | undefined;
  return dimension && id && rest.length === 0 && isId(id) ? { dimension, id } : null;
}

/** Free text (a search): trimmed, at most 100 characters, no control characters. */
function textParam(raw: string | undefined): string | null {
  const t = raw?.trim().slice(0, 100);
  return t && [...t].every((c) => c.charCodeAt(0) >= 32) ? t : null;
}

/** SQL: at most 4,000 characters, lines and tabs kept, no other control characters. */
function sqlParam(raw: string | undefined): string | null {
  const t = raw?.trim().slice(0, 4000);
  return t && [...t].every((c) => c.charCodeAt(0) >= 32 || c === '\n' || c === '\t') ? t : null;
}

export function parseView(search: string, origin: string): ViewState {
  const params = new URLSearchParams(search);
  const lang = params.getAll('lang').find((l): l is Lang => (LANGS as readonly string[]).includes(l)) ?? null;
  const year = Number(params.getAll('year').find((y) => /^(19|20|21)\d\d$/.test(y)));
  return {
    lang,
    view: VIEWS.find((v) => params.getAll('view').includes(v)) ?? null,
    body: firstId(params, 'body'),
    year: Number.isInteger(year) ? year : null,
    indicator: firstId(params, 'indicator'),
    sort: firstId(params, 'sort'),
    only: idList(params, 'only'),
    q: textParam(params.getAll('q')[0]),
    region: firstId(params, 'region'),
    sql: sqlParam(params.getAll('sql')[0]),
    area: firstId(params, 'area'),
    ...(Object.fromEntries(DIMENSIONS.map((d) => [d, idList(params, d)])) as DimensionFilters),
    fact: firstId(params, 'fact'),
    select: selectParam(params.getAll('select')[0]),
    data: dataParam(params.getAll('data')[0], origin),
  };
}

/** The query string for a view, in a fixed order so equal views give equal URLs. */
export function serializeView(v: ViewState): string {
  const params = new URLSearchParams();
  if (v.lang) params.set('lang', v.lang);
  if (v.view) params.set('view', v.view);
  if (v.body) params.set('body', v.body);
  if (v.year !== null) params.set('year', String(v.year));
  if (v.indicator) params.set('indicator', v.indicator);
  if (v.sort) params.set('sort', v.sort);
  if (v.only.length > 0) params.set('only', v.only.join(','));
  if (v.q) params.set('q', v.q);
  if (v.region) params.set('region', v.region);
  if (v.sql) params.set('sql', v.sql);
  if (v.area) params.set('area', v.area);
  for (const dim of DIMENSIONS) if (v[dim].length > 0) params.set(dim, v[dim].join(','));
  if (v.fact) params.set('fact', v.fact);
  if (v.select) params.set('select', `${v.select.dimension}:${v.select.id}`);
  if (v.data) params.set('data', v.data);
  // Commas, slashes and colons are legal in a query value; leaving them readable keeps links readable.
  const s = params.toString().replaceAll('%2C', ',').replaceAll('%2F', '/').replaceAll('%3A', ':');
  return s ? `?${s}` : '';
}

export type KnownIds = { areas: ReadonlySet<string>; facts: ReadonlySet<string> } & Record<
  Dimension,
  ReadonlySet<string>
>;

/** Drops ids the loaded dataset does not know. `checks` is the reconciliation view, always known. */
export function sanitizeView(v: ViewState, known: KnownIds): ViewState {
  const keep = (ids: string[], set: ReadonlySet<string>) => ids.filter((id) => set.has(id));
  return {
    ...v,
    // The report's 'overview' area is the overview page itself: one overview, not two.
    area: v.area !== null && v.area !== 'overview' && (v.area === 'checks' || known.areas.has(v.area)) ? v.area : null,
    ...(Object.fromEntries(DIMENSIONS.map((d) => [d, keep(v[d], known[d])])) as DimensionFilters),
    fact: v.fact !== null && known.facts.has(v.fact) ? v.fact : null,
    select:
      v.select !== null && known[v.select.dimension === 'fact' ? 'facts' : v.select.dimension].has(v.select.id)
        ? v.select
        : null,
  };
}

export function sameView(a: ViewState, b: ViewState): boolean {
  return serializeView(a) === serializeView(b);
}

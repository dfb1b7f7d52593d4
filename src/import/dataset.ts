import { note, refuse } from './notes';
import { parseDataset } from '../data/parse';
import type { Dataset, Fact, Relation } from '../data/schema';
import type { TableFact } from './context';
import type { Doc, Result } from './doc';
import { findDrafts } from './drafts';
import { draftFact, l10nZh, tableFact } from './facts';
import { formatOf } from './format';
import { groupings } from './groupings';
import { isTraditional } from './hant';
import { restatements, tableIdentities, type Identity } from './identities';
import { schemaId } from './ids';
import { guessBody, guessPublished, guessTitle, guessYear } from './meta';
import { dimensionsOf } from './dimensions';
import { area } from './parts';
import { recognize } from './recognize';
import { bodyIdOf, coverageOf, headlineOf, nonFiguresOf } from './summary';
import { unitEntry } from './units';

/**
 * A Doc -> the dataset the dashboard reads, validated by the same schema as a
 * hand-built one. When a table row cannot be read the import stops and says
 * which (unless `partial` is asked for: then the parts it touches are marked
 * partial and the rows are listed in the warnings).
 */

export interface ImportOptions {
  /** The file the report came from (meta.imported.file). */
  fileName: string;
  /** The report text's file name beside the JSON (meta.source.file); default <id>.txt. */
  textFile?: string;
  /** A publication date the page's metadata gives (YYYY-MM-DD). */
  published?: string;
  /** Import what was understood even when some table rows were not. */
  partial?: boolean;
}

function relation(i: Identity): Relation {
  const base = {
    id: schemaId(i.id),
    label: l10nZh(i.zh, i.en),
    ...(i.note ? { note: l10nZh(i.note.zh, i.note.en) } : {}),
  };
  switch (i.kind) {
    case 'equal':
      return { ...base, kind: 'equal', facts: [schemaId(i.facts[0]), schemaId(i.facts[1])] };
    case 'balance':
      return { ...base, kind: 'balance', left: i.left.map(schemaId), right: i.right.map(schemaId) };
    default:
      return { ...base, kind: i.kind, parts: i.parts.map(schemaId), total: schemaId(i.total) };
  }
}

export function buildDataset(doc: Doc, opts: ImportOptions): Result<{ dataset: Dataset; text: string }> {
  const rec = recognize(doc);
  const warnings = [...rec.notes];
  if (rec.problems.length > 0 && !opts.partial) {
    return refuse(note('importer.refuse.rows', { n: rec.problems.length }), rec.problems);
  }
  warnings.push(...rec.problems);
  const title = guessTitle(doc);
  const standard = rec.facts.some((f) => f.area !== 'old-statistics');
  if (!standard && !(title && /政府信息公[开開]/.test(title + doc.text.slice(0, 3000))))
    return refuse(note('importer.refuse.notReport'));
  const year = guessYear(title, doc, opts.fileName);
  if (year === undefined) return refuse(note('importer.refuse.noYear'));
  const traditional = isTraditional(doc.text);
  const { drafts, skipped } = findDrafts(doc);
  const facts: Fact[] = [
    ...rec.facts.map((f) => tableFact(doc.text, f)),
    ...drafts.map((d, i) => draftFact(doc.text, d, i + 1, traditional)),
  ];
  if (facts.length === 0) return refuse(note('importer.refuse.noFigures'));

  const values = new Map(
    rec.facts.map((f: TableFact, i) => [f.id, facts[i]?.kind === 'quantity' ? facts[i].value : undefined]),
  );
  const all = tableIdentities(values);
  const identities = all.filter((i) => i.missing === undefined);
  const unchecked = all.flatMap((i) =>
    i.missing ? [{ id: schemaId(i.id), label: l10nZh(i.zh, i.en), missing: i.missing.map(schemaId) }] : [],
  );
  const textFigures = drafts.flatMap((d, i) =>
    d.kind === 'quantity' && d.value !== undefined
      ? [{ id: `text.${i + 1}`, value: d.value, unit: d.unit, clause: d.clause }]
      : [],
  );
  const restated = restatements(textFigures, values);
  warnings.push(...restated.notes);

  const format = formatOf(rec.facts, doc.text, year);
  const body = guessBody(title);
  const bodyId = bodyIdOf(body, opts.fileName);
  const id = `${bodyId}-${year}`;
  const published =
    opts.published ??
    guessPublished(
      doc,
      year,
      drafts.flatMap((d) => (d.date ? [d.date] : [])),
    );
  // Never invented: without a stated date the dataset has none.
  if (!published) warnings.push(note('importer.noDate'));
  const bodyName = body ?? title ?? opts.fileName;

  const areaSections = (a: string) => facts.filter((f) => f.area === a).map((f) => f.section);
  const usedUnits = [...new Set(facts.flatMap((f) => (f.kind === 'quantity' && f.unit ? [f.unit] : [])))];
  const dataset: Dataset = {
    schemaVersion: 1,
    meta: {
      id,
      title: l10nZh(
        title ?? opts.fileName,
        `Government information disclosure annual report ${year}${body ? ` (${body})` : ''}`,
        traditional,
      ),
      region: l10nZh(bodyName, bodyName, traditional),
      publisher: l10nZh(bodyName, bodyName, traditional),
      period: { start: `${year}-01-01`, end: `${year}-12-31` },
      ...(published ? { published } : {}),
      language: traditional ? 'zh-Hant' : 'zh-Hans',
      languages: ['zh-Hant', 'zh-Hans', 'en'],
      source: { file: opts.textFile ?? `${id}.txt`, chars: Math.max(1, doc.text.length) },
      coverage: coverageOf(doc, rec.facts, format),
      headline: headlineOf(values),
      format,
      ...(body ? { body: { id: bodyId, name: l10nZh(body, body, traditional) } } : {}),
      year,
      imported: { from: doc.from, file: opts.fileName.slice(0, 200) },
    },
    dimensions: dimensionsOf(rec.facts.some((f) => f.area === 'applications')),
    units: Object.fromEntries(usedUnits.map((u) => [u, unitEntry(u)])),
    areas: ['proactive', 'applications', 'reviews-lawsuits', 'old-statistics', 'text']
      .filter((a) => areaSections(a).length > 0)
      .map((a) => area(a, areaSections(a))),
    facts,
    lists: [],
    groupings: groupings((dotted) => values.get(dotted) !== undefined),
    relations: [...identities, ...restated.identities].map(relation),
    nonFigures: nonFiguresOf(skipped),
    ...(unchecked.length > 0 ? { unchecked } : {}),
  };
  const checked = parseDataset(dataset);
  if (!checked.ok) {
    const first = checked.errors
      .slice(0, 5)
      .map((e) => `${e.path}: ${e.message}`)
      .join('; ');
    return refuse(note('importer.refuse.schema', { n: checked.errors.length, first }));
  }
  return { ok: true, value: { dataset: checked.data, text: doc.text }, warnings };
}

/**
 * REPORTS.md fixes dotted fact ids (applications.withheld.state-secret.natural-person)
 * and the schema's Id accepts them as they are: the dataset keeps REPORTS.md's ids
 * exactly. Every id the importer writes passes through here, the one place that
 * would decide otherwise.
 */
export function schemaId(dotted: string): string {
  return dotted;
}

/** A short stable hash, for ids of things named only in Chinese (a body's name). */
export function hashId(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** Lower-case words joined by "-" from any text (a file name), or undefined when nothing is left. */
export function slug(text: string): string | undefined {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || undefined;
}

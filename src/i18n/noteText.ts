import type { Lang } from '../data/schema';
import type { Note } from '../import/notes';
import { sectionEn } from '../import/english';
import type { Translate } from './messages';
import { formatSection } from './sections';

/** A part of the report as Chinese readers write it: 三（七） -> 第三部分（七）; English: Part III(7). */
export function partName(path: string, lang: Lang): string {
  return lang === 'en' ? sectionEn(path) : formatSection(path, lang);
}

/** An importer's note in the reader's language; one stored as English text before notes had ids stays as written. */
export function noteText(t: Translate, lang: Lang, n: Note | string): string {
  if (typeof n === 'string') return n;
  const params = Object.fromEntries(
    Object.entries(n.params ?? {}).map(([k, v]) => [
      k,
      typeof v === 'object' ? v[lang] : k === 'section' && typeof v === 'string' ? partName(v, lang) : v,
    ]),
  );
  return t(n.id, params);
}

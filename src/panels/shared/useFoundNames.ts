import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import type { Translate } from '../../i18n/messages';
import { formatNumber } from '../../i18n/format';
import { namesQuery } from '../../library/load';
import { bodySearchTexts, findBodies, queryWords } from '../../library/search';

/** Bodies whose reports are listed at once at national scale: those the search finds first. */
export const FOUND = 20;

/**
 * The library's bodies whose names hold every word typed (the first 20, and how many), searched in its names
 * table (names.ts). `eager`: the table is read at once (the library, whose list is the search); else once a
 * word is typed (2.8 MB at 150,000 bodies). Searching waits behind the keystroke's own paint.
 */
export function useFoundNames(typed: string, eager = false) {
  const search = useDeferredValue(typed);
  const words = useMemo(() => queryWords(search), [search]);
  const names = useQuery({ ...namesQuery(), enabled: eager || words.length > 0 });
  const texts = useMemo(() => (names.data ? bodySearchTexts(names.data) : []), [names.data]);
  const { found, total } = useMemo(() => findBodies(names.data ?? [], texts, words, FOUND), [names.data, texts, words]);
  return { names, found, total, words };
}

/** What a search of a national library found: a prompt before any body, then how many and how many listed. */
export function foundMessage(t: Translate, lang: 'en' | 'zh-Hans' | 'zh-Hant', found: number, listed: number): string {
  if (found === 0) return t('library.typeName');
  return t(found > listed ? 'library.foundMore' : 'library.found', {
    n: found,
    count: formatNumber(found, lang),
    listed,
  });
}

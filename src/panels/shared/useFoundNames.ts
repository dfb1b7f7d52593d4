import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { namesQuery } from '../../library/load';
import { bodySearchTexts, findBodies, queryWords } from '../../library/search';
import { FOUND } from './useFoundBodies';

/**
 * The library's bodies whose names hold every word typed (the first 20, and how many): its names table is read
 * once a word is typed. For pickers of a body at national scale, where no list of every body can be drawn.
 */
export function useFoundNames(typed: string) {
  const search = useDeferredValue(typed);
  const words = useMemo(() => queryWords(search), [search]);
  const names = useQuery({ ...namesQuery(), enabled: words.length > 0 });
  const texts = useMemo(() => (names.data ? bodySearchTexts(names.data) : []), [names.data]);
  const { found, total } = useMemo(() => findBodies(names.data ?? [], texts, words, FOUND), [names.data, texts, words]);
  return { names, found, total, words };
}

import { useEffect, useState } from 'react';
import type { Lang } from '../../data/schema';

type Convert = (s: string) => string;
const same: Convert = (s) => s;

/**
 * How the report's text reads in the chosen script: as written for its own
 * script and for English (the text is not translated); Traditional -> mainland
 * Simplified (character conversion plus the reviewed reversals), or Simplified ->
 * plain Traditional, each converter loaded only when asked for.
 */
export function useConverter(source: Lang, shown: Lang): Convert {
  const [convert, setConvert] = useState<{ key: string; fn: Convert } | null>(null);
  const key = `${source}>${shown}`;
  useEffect(() => {
    let live = true;
    const load =
      source === 'zh-Hant' && shown === 'zh-Hans'
        ? import('../../i18n/hans').then((m) => m.toHans)
        : source === 'zh-Hans' && shown === 'zh-Hant'
          ? import('../../import/hant').then((m) => m.toHant)
          : null;
    if (!load) return;
    void load.then((fn) => {
      if (live) setConvert({ key, fn: cached(fn) });
    });
    return () => {
      live = false;
    };
  }, [source, shown, key]);
  return convert?.key === key ? convert.fn : same;
}

/** Runs repeat (the same clause around each figure is cut at the same places): convert each once. */
function cached(fn: Convert): Convert {
  const memo = new Map<string, string>();
  return (s) => {
    let out = memo.get(s);
    if (out === undefined) memo.set(s, (out = fn(s)));
    return out;
  };
}

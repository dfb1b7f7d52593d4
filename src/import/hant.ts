import { Converter as Cn2t } from 'opencc-js/cn2t';
import { Converter as T2cn } from 'opencc-js/t2cn';

/**
 * Script conversion for labels, behind one door: OpenCC's dictionaries are
 * large (about 1 MB) and must load only with the importer, never in the app's
 * first chunk. Plain character conversion, no Taiwan phrasing (信息 stays 信息).
 */

let cn2t: ((s: string) => string) | undefined;
let t2cn: ((s: string) => string) | undefined;

export function toHant(s: string): string {
  cn2t ??= Cn2t({ from: 'cn', to: 't' });
  return cn2t(s);
}

export function toHans(s: string): string {
  t2cn ??= T2cn({ from: 't', to: 'cn' });
  return t2cn(s);
}

// Common characters that differ between the scripts, enough to tell which one a report uses.
const HANT_ONLY = /[們這個國會為開發與關於處理業務報說門網頁數據條萬經濟統計書]/g;
const HANS_ONLY = /[们这个国会为开发与关于处理业务报说门网页数据条万经济统计书]/g;

export function isTraditional(text: string): boolean {
  const sample = text.slice(0, 20000);
  return (sample.match(HANT_ONLY)?.length ?? 0) > (sample.match(HANS_ONLY)?.length ?? 0);
}

import { arabicValue, chineseValue } from './numerals';
import { unitAt } from './units';

/**
 * Is a numeral in running text a figure? It is when a measure word follows it
 * (件, 条, 万人次, %…); years, partial dates, document and phone numbers,
 * addresses, ordinals, names in quotes or book-title marks are not, and come
 * back as skipped with the reason, so the dataset can list them as non-figures.
 */

export type SkipReason = 'year' | 'date' | 'numbering' | 'name' | 'code' | 'ordinal';
export interface Skipped {
  text: string;
  reason: SkipReason;
}

export const NUMERAL =
  /[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?|[〇零○一二两兩三四五六七八九十百千万萬亿億]+/g;
const OPEN = '《“「【〔［[';
const CLOSE = '》”」】〕］]';
// Chinese numerals only count before these measure words (一起, 一部分, 一本 are words, not figures).
const CHINESE_UNITS = new Set(
  '个 個 件 条 條 次 名 项 項 家 场 場 场次 場次 期 类 類 级 級 套 份 所 批次 篇 个月 個月 天 年 个工作日 個工作日 工作日 人次 万 萬'.split(
    ' ',
  ),
);
const IDIOMS =
  /^(?:一条龙|一件事|一次性|一体化|一體化|一张网|一網|一网|一门式|一窗|两个维护|兩個維護|两个确立|四个意识|四个自信|三个一|一类|一級目|一级目|二級目|二级目|三級目|三级目|[一二三]级域名|[一二三]級域名|[一二三]级等保|[一二三]級等保|五年规划|五年規劃|一年一度)/;
// 一级抓一级, 一级带一级: a measure word said twice around a verb is a way of speaking, not two figures.
const TWICE_AHEAD = /^一([级級个個件项項次年家场場])[^一，。；、,;\s]{1,2}一\1/;
const TWICE_BEHIND = /一([级級个個件项項次年家场場])[^一，。；、,;\s]{1,2}$/;
const CONTACT = /邮编|郵編|邮政编码|电话|電話|传真|傳真|热线|熱線|编号|編號|代码|代碼|邮箱|郵箱|地址/;

export const digitValue = (s: string) => (/[0-9０-９]/.test(s) ? arabicValue(s) : chineseValue(s.replace(/○/g, '〇')));

export /**
 * Which characters of `t` sit inside quotes, book titles or brackets: names, not
 * figures. A mark without its closing mark within 120 characters encloses nothing.
 */
function enclosed(t: string): boolean[] {
  const out = new Array<boolean>(t.length).fill(false);
  for (let i = 0; i < t.length; i++) {
    const kind = OPEN.indexOf(t[i] ?? '');
    if (kind < 0) continue;
    const close = t.indexOf(CLOSE[kind] ?? '', i + 1);
    if (close < 0 || close - i > 120) continue;
    out.fill(true, i, close + 1);
  }
  return out;
}

/** The numeral with the code-like characters around it ("0591-23165370", "〔2021〕39号"), for naming a non-figure. */
function around(t: string, at: number, end: number, suffix?: RegExp): string {
  const code = /[-0-9０-９A-Za-z@._:/\\〔〕]/;
  let s = at;
  let e = end;
  while (s > 0 && code.test(t[s - 1] ?? '')) s--;
  while (e < t.length && (code.test(t[e] ?? '') || (suffix?.test(t[e] ?? '') ?? false))) e++;
  return t.slice(s, e).trim();
}

/** The quoted name or title a numeral sits in, when short enough to name. */
function enclosure(t: string, at: number): string | undefined {
  let s = at;
  while (s > 0 && !OPEN.includes(t[s] ?? '')) s--;
  const kind = OPEN.indexOf(t[s] ?? '');
  const e = t.indexOf(CLOSE[kind] ?? '', at);
  return kind >= 0 && e > at && e - s < 100 ? t.slice(s, e + 1) : undefined;
}

export interface Found {
  at: number;
  end: number;
  valueText: string;
  value: number;
  unit?: string;
  approx?: 'more-than' | 'exceeds';
}

/** Why the numeral at `at` is not a figure, or the figure it is; undefined when it is just a word (统一, 一是). */
export function classify(t: string, at: number, tok: string, inside: boolean): Found | Skipped | undefined {
  const before = t.slice(Math.max(0, at - 8), at);
  const after = t.slice(at + tok.length);
  const chinese = !/[0-9０-９]/.test(tok);
  const value = digitValue(tok);
  if (!Number.isFinite(value)) return undefined;
  const end = at + tok.length;
  if (/第\s*$/.test(before)) return { text: around(t, at - 1, end, /[号號条條项項次名届屆]/), reason: 'ordinal' };
  if (chinese && /^[〇零○一二三四五六七八九]{3,}$/.test(tok)) return { text: around(t, at, end, /年/), reason: 'year' };
  if (!chinese) {
    if (/[A-Za-z@_/\\:#-]$/.test(before) || /^[A-Za-z@_/\\]|^-[0-9]/.test(after))
      return { text: around(t, at, end), reason: 'code' };
    if (/^\s*年/.test(after) && Number.isInteger(value) && value >= 1900 && value <= 2100)
      return { text: around(t, at, end, /年/), reason: 'year' };
    if (/^\s*[月日]/.test(after)) return { text: around(t, at, end, /[月日]/), reason: 'date' };
    if (/^\s*[号號时時点點层層楼樓室栋棟]/.test(after) || CONTACT.test(before))
      return { text: around(t, at, end, /[号號时時点點层層楼樓室栋棟]/), reason: 'code' };
    if (/^\s*(?:热线|熱線|平台|專線|专线)/.test(after)) return { text: around(t, at, end), reason: 'name' };
  } else if (
    /^[百千万萬亿億]/.test(tok) ||
    /[第每逐唯统統进進同单單初周之其任某几幾各整计計上下前后後近本该該此]$/.test(before) ||
    IDIOMS.test(t.slice(at)) ||
    TWICE_AHEAD.test(t.slice(at, at + 6)) ||
    (tok === '一' && TWICE_BEHIND.exec(t.slice(Math.max(0, at - 4), at))?.[1] === t[at + 1])
  ) {
    return undefined;
  }
  if (inside) return { text: enclosure(t, at) ?? around(t, at, end), reason: 'name' };
  const gap = /^\s*/.exec(after)?.[0].length ?? 0;
  const more = /^(余|餘|多)/.exec(after.slice(gap))?.[0] ?? '';
  const unit = unitAt(after.slice(gap + more.length));
  if (!unit || (chinese && (!CHINESE_UNITS.has(unit) || value >= 1000))) return undefined;
  const rest = after.slice(gap + more.length + unit.length);
  if (chinese && /^[性化式]/.test(rest)) return undefined;
  const tail = more ? '' : (/^(余|餘|多)/.exec(rest)?.[0] ?? '');
  const prefix = /(突破|超过|超過|超)\s*$/.exec(before);
  const start = prefix ? at - prefix[0].length : at;
  return {
    at: start,
    end: at + tok.length + gap + more.length + unit.length + tail.length,
    valueText: tok,
    value,
    unit,
    ...(prefix ? { approx: 'exceeds' as const } : more || tail ? { approx: 'more-than' as const } : {}),
  };
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { charsToHans, REVERSALS, toHans } from '../../src/i18n/hans';
import { zhPunct } from '../../src/i18n/punct';
import { zhHans } from '../../src/i18n/zh-Hans';
import { zhHant } from '../../src/i18n/zh-Hant';

/**
 * zh-Hans is the character conversion plus reviewed reversals of Taiwan-only
 * words. These tests find every place the output differs from the character
 * conversion (by diffing the two, not by trusting the reversal table) and
 * compare them with the list below, so a new difference fails until reviewed.
 */

const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');
const reportText = read('public/data/luzhou-2018.txt');
const dataset = JSON.parse(read('public/data/luzhou-2018.json')) as unknown;

/** Every {zh-Hant, zh-Hans} pair of the dataset (labels, notes, titles, reasons). */
function datasetPairs(node: unknown, out: [string, string][] = []): [string, string][] {
  if (Array.isArray(node)) node.forEach((n) => datasetPairs(n, out));
  else if (node !== null && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o['zh-Hant'] === 'string' && typeof o['zh-Hans'] === 'string') out.push([o['zh-Hant'], o['zh-Hans']]);
    else Object.values(o).forEach((v) => datasetPairs(v, out));
  }
  return out;
}

const SYNC = 4;

/** Differences between two strings as [from, to] hunks, resynchronising on SYNC equal characters. */
function hunks(a: string, b: string): { from: string; to: string; at: number; bAt: number }[] {
  const found = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    let k = -1;
    let l = -1;
    search: for (let s = 1; s <= 40; s++)
      for (let x = 0; x <= s; x++) {
        const y = s - x;
        const ra = a.slice(i + x, i + x + SYNC);
        if (ra === b.slice(j + y, j + y + SYNC) && (ra.length === SYNC || i + x >= a.length - SYNC)) {
          k = x;
          l = y;
          break search;
        }
      }
    if (k < 0) throw new Error(`no resync after "${a.slice(i, i + 10)}" / "${b.slice(j, j + 10)}"`);
    found.push({ from: a.slice(i, i + k), to: b.slice(j, j + l), at: i, bAt: j });
    i += k;
    j += l;
  }
  return found;
}

const WORDS = REVERSALS.map(([tw, cn]) => [charsToHans(tw), cn] as const).sort((x, y) => y[0].length - x[0].length);
const LONGEST = Math.max(...WORDS.map(([from]) => from.length));

/**
 * The reversal words that explain a hunk: starting up to LONGEST characters
 * before it (a word may begin with characters both sides share), the region is
 * tiled by whole words and equal characters. Null when no tiling exists.
 */
function explain(a: string, b: string, h: ReturnType<typeof hunks>[number]): string[] | null {
  const aEnd = h.at + h.from.length;
  const bEnd = h.bAt + h.to.length;
  for (let back = 0; back < LONGEST; back++) {
    if (a.slice(h.at - back, h.at) !== b.slice(h.bAt - back, h.bAt)) break;
    let i = h.at - back;
    let j = h.bAt - back;
    const used: string[] = [];
    // A word may also end past the hunk, in characters both sides share (入口网站 -> 门户网站).
    while (i < aEnd || j < bEnd) {
      const w = WORDS.find(([from, to]) => a.startsWith(from, i) && b.startsWith(to, j));
      if (w) {
        used.push(`${w[0]} → ${w[1]}`);
        i += w[0].length;
        j += w[1].length;
      } else if (a[i] === b[j] && used.length > 0) {
        i++;
        j++;
      } else break;
    }
    if (i >= aEnd && i - aEnd === j - bEnd && used.length > 0) return used;
  }
  return null;
}

/** Each difference named by the reversal word that explains it, or flagged as unexplained. */
function differences(texts: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  const count = (key: string) => (counts[key] = (counts[key] ?? 0) + 1);
  for (const t of texts) {
    const a = charsToHans(t);
    const b = toHans(t);
    for (const h of hunks(a, b)) (explain(a, b, h) ?? [`UNEXPLAINED ${h.from} → ${h.to}`]).forEach(count);
  }
  return counts;
}

describe('zh-Hans: character conversion plus reviewed reversals', () => {
  it('the report text differs from the character conversion only at these words', () => {
    expect(differences(reportText.split('\n'))).toEqual({
      '网际网路协定 → 互联网协议': 1,
      '网际网路 → 互联网': 3,
      '网路 → 网络': 4,
      '入口网站 → 门户网站': 7,
      '最佳化 → 优化': 3,
      '模组 → 模块': 1,
      '程式 → 程序': 1,
      '简讯 → 短信': 4,
      '视窗 → 窗口': 1,
      '空气品质 → 空气质量': 1,
      '档案 → 文件': 12,
    });
  });

  it('the dataset labels differ from the character conversion only at these words', () => {
    const pairs = datasetPairs(dataset);
    for (const [hant, hans] of pairs) expect(hans).toBe(toHans(hant));
    expect(differences(pairs.map(([hant]) => hant))).toEqual({
      '入口网站 → 门户网站': 5,
      '网路 → 网络': 2,
      '空气品质 → 空气质量': 2,
      '档案 → 文件': 12,
    });
  });

  it('the UI strings differ from the character conversion only at these words', () => {
    for (const [key, hant] of Object.entries(zhHant)) expect(zhHans[key as keyof typeof zhHans]).toBe(toHans(hant));
    expect(differences(Object.values(zhHant))).toEqual({
      '汇出 → 导出': 11,
      '汇入 → 导入': 21,
      '列印 → 打印': 4,
      '搜寻 → 搜索': 7,
      '程式 → 程序': 7,
      '档案 → 文件': 35,
      '开启 → 打开': 31,
      '载入 → 加载': 13,
      '连结 → 链接': 8,
      '本机 → 本地': 3,
      '画面 → 页面': 4,
      '网路 → 网络': 1,
      '伺服器 → 服务器': 1,
      '储存 → 保存': 2,
      '储存空间 → 存储空间': 1,
      '剪贴簿 → 剪贴板': 1,
      '向量图 → 矢量图': 1,
      '字元 → 字符': 2,
      '预设 → 默认': 1,
      '压缩档 → 压缩文件': 6,
      '纯文字 → 纯文本': 2,
      '资料夹 → 文件夹': 5,
      '试算表 → 电子表格': 1,
      '储存格 → 单元格': 1,
      '栏位 → 字段': 4,
      '支援 → 支持': 2,
      '例外处理 → 异常处理': 1,
      '范例 → 示例': 1,
    });
  });

  it('every reversal has a reason, and its mainland word survives the character conversion', () => {
    for (const [tw, cn, why] of REVERSALS) {
      expect(why.length, tw).toBeGreaterThan(5);
      expect(charsToHans(cn), tw).toBe(cn);
    }
  });

  it('档案 stays 档案 where it means archives', () => {
    expect(toHans('在各級檔案館開設查閱點;市檔案局')).toBe('在各级档案馆开设查阅点;市档案局');
    expect(toHans('規範性檔案')).toBe('规范性文件');
  });

  it('words the mainland original used are never rewritten (OpenCC Taiwan phrases would)', () => {
    const wrong = [
      '智能泸州',
      '集成到',
      '批量',
      '决策、运行',
      '服务、运行',
      '宣传数据',
      '创建健全',
      '预算运行',
      '查找',
      '交互',
      '在线访谈',
      '枚举',
    ];
    const everything = [
      toHans(reportText),
      ...datasetPairs(dataset).map(([, hans]) => hans),
      ...Object.values(zhHans),
    ].join('\n');
    for (const w of wrong) expect(everything, w).not.toContain(w);
    for (const right of [
      '智慧泸州人社',
      '整合',
      '批次',
      '执行',
      '宣传资料',
      '建立健全',
      '预算执行情况',
      '查询',
      '互动',
    ])
      expect(everything, right).toContain(right);
  });
});

describe('Chinese punctuation and number format in labels, notes and UI strings', () => {
  const zhStrings = [
    ...Object.values(zhHant),
    ...Object.values(zhHans),
    ...datasetPairs(dataset).flatMap(([hant, hans]) => [hant, hans]),
  ];

  it('Chinese text uses full-width ，：；（）', () => {
    const halfWidth = zhStrings.filter((s) => zhPunct(s) !== s);
    expect(halfWidth).toEqual([]);
    expect(zhPunct('報告章節:前言、二')).toBe('報告章節：前言、二');
    expect(zhPunct('467,328條(約)')).toBe('467,328條（約）');
  });

  it('numbers of five or more digits are grouped (467,328), except the 12345 hotline and GB18030', () => {
    // GB18030 is the encoding's name, not a number.
    const ungrouped = zhStrings.filter((s) => /\d{5,}/.test(s.replaceAll('12345', '').replaceAll('GB18030', '')));
    expect(ungrouped).toEqual([]);
  });
});

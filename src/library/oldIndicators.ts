import type { L10n } from '../data/schema';
import { oldCrosswalk } from '../import/crosswalkOld';
import type { Indicator } from './types';

/**
 * The rows of the pre-2019 statistics table that trends chart (this year's
 * column). None means exactly what a 2019+ indicator means (src/import/
 * crosswalkOld.ts says why for each row), so each is its own series, placed
 * beside the nearest standard one and saying how it differs.
 */

type Text = readonly [zhHant: string, zhHans: string, en: string];
const l10n = ([hant, hans, en]: Text): L10n => ({ 'zh-Hant': hant, 'zh-Hans': hans, en });

const ITEMS = { one: 'item', other: 'items' };
const CASES = { one: 'case', other: 'cases' };

/** English, Chinese: what sets the row apart, said after "Statistics table of the reports before 2019:". */
const ROWS: readonly (readonly [slug: string, group: Indicator['group'], label: Text, unit: string, differs: Text])[] =
  [
    [
      'proactive-info',
      'proactive',
      ['主動公開信息數', '主动公开信息数', 'Information disclosed proactively'],
      '条',
      [
        '信息條數；2019 年起第二部分統計規章、規範性文件與處理決定，不計信息條數',
        '信息条数；2019 年起第二部分统计规章、规范性文件与处理决定，不计信息条数',
        'items of information; from 2019 Part II counts rules, normative documents and decisions, not items',
      ],
    ],
    [
      'proactive-docs',
      'proactive',
      ['主動公開文件數', '主动公开文件数', 'Documents disclosed proactively'],
      '条',
      [
        '所有主動公開的文件；2019 年起只統計規章與行政規範性文件',
        '所有主动公开的文件；2019 年起只统计规章与行政规范性文件',
        'every document disclosed; from 2019 only rules and normative documents are counted',
      ],
    ],
    [
      'requests',
      'applications',
      ['受理依申請公開信息總數', '受理依申请公开信息总数', 'Requests accepted'],
      '条',
      [
        '受理的申請，多按信息條數計；2019 年起統計收到的申請件數，不論是否受理',
        '受理的申请，多按信息条数计；2019 年起统计收到的申请件数，不论是否受理',
        'requests accepted, often counted in items of information; from 2019 applications received are counted, accepted or not',
      ],
    ],
    [
      'replies',
      'applications',
      ['對申請的答覆總數', '对申请的答复总数', 'Replies to requests'],
      '条',
      [
        '答覆的數量；2019 年起統計辦結的申請件數（含上年結轉）',
        '答复的数量；2019 年起统计办结的申请件数（含上年结转）',
        'replies given; from 2019 applications concluded are counted, those carried in included',
      ],
    ],
    [
      'replies.disclosed',
      'outcomes',
      ['同意公開答覆數', '同意公开答复数', 'Replies granting disclosure'],
      '条',
      ['按答覆計，2019 年起按申請件數計', '按答复计，2019 年起按申请件数计', 'counts replies; from 2019 applications'],
    ],
    [
      'replies.partly-disclosed',
      'outcomes',
      ['同意部分公開答覆數', '同意部分公开答复数', 'Replies granting part'],
      '条',
      ['按答覆計，2019 年起按申請件數計', '按答复计，2019 年起按申请件数计', 'counts replies; from 2019 applications'],
    ],
    [
      'replies.refused',
      'outcomes',
      ['否決公開答覆數', '否决公开答复数', 'Replies refusing disclosure'],
      '条',
      [
        '所有否決；2019 年起分成不予公開、無法提供、不予處理等',
        '所有否决；2019 年起分成不予公开、无法提供、不予处理等',
        'every refusal; from 2019 refusals are split into withheld, unavailable, not processed and others',
      ],
    ],
    [
      'replies.withheld',
      'outcomes',
      ['不予公開答覆數', '不予公开答复数', 'Replies withholding'],
      '条',
      [
        '按答覆計；2019 年起按八項理由分列申請件數',
        '按答复计；2019 年起按八项理由分列申请件数',
        'counts replies; from 2019 applications withheld are counted on eight named grounds',
      ],
    ],
    [
      'fees-waived',
      'applications',
      ['政府信息公開收費減免金額', '政府信息公开收费减免金额', 'Disclosure fees waived'],
      '元',
      [
        '減免的金額（元）；2019 年起的表格不統計減免',
        '减免的金额（元）；2019 年起的表格不统计减免',
        'the amount waived, in yuan; the tables from 2019 do not count waivers',
      ],
    ],
    [
      'reviews',
      'reviews',
      ['行政複議數', '行政复议数', 'Administrative reviews'],
      '件',
      [
        '一個數字，未說明是提起還是審結；2019 年起按結果分列並含尚未審結',
        '一个数字，未说明是提起还是审结；2019 年起按结果分列并含尚未审结',
        'a single count, filed or decided not said; from 2019 counted by result, pending cases included',
      ],
    ],
    [
      'lawsuits',
      'reviews',
      ['行政訴訟數', '行政诉讼数', 'Lawsuits'],
      '件',
      [
        '一個數字；2019 年起分成未經複議直接起訴與複議後起訴',
        '一个数字；2019 年起分成未经复议直接起诉与复议后起诉',
        'a single count; from 2019 split into lawsuits with and without a review first',
      ],
    ],
  ];

const NOUN: Record<string, Indicator['noun']> = { 条: ITEMS, 件: CASES };

export const OLD_INDICATORS: readonly Indicator[] = ROWS.map(([slug, group, [hant, hans, en], unit, differs]) => {
  const id = `old.${slug}.year`;
  const beside = oldCrosswalk(id);
  const noun = NOUN[unit];
  return {
    id,
    group,
    label: l10n([`${hant}（2019 年前統計表）`, `${hans}（2019 年前统计表）`, `${en} (table before 2019)`]),
    ...(noun ? { noun } : {}),
    unit,
    kind: 'stated',
    table: 'before-2019',
    ...(beside?.kind === 'apart' && beside.beside ? { beside: beside.beside } : {}),
    definition: l10n([
      `2019 年前報告的統計表，按原表：${differs[0]}。口徑與 2019 年起的指標不同，單獨列出。`,
      `2019 年前报告的统计表，按原表：${differs[1]}。口径与 2019 年起的指标不同，单独列出。`,
      `Statistics table of the reports before 2019, as printed: ${differs[2]}. Not the same measure as the 2019+ series, so drawn apart.`,
    ]),
  };
});

/** Standard indicators with each old one after the one it stands beside (or at its group's end). */
export function withOld(standard: readonly Indicator[], old: readonly Indicator[]): Indicator[] {
  const out = [...standard];
  for (const o of old) {
    let at = o.beside ? out.findIndex((i) => i.id === o.beside) : -1;
    if (at < 0) at = out.map((i) => i.group).lastIndexOf(o.group);
    // After the standard one and any old ones already placed beside it.
    while (out[at + 1]?.table === 'before-2019' && out[at + 1]?.group === o.group) at++;
    out.splice(at + 1, 0, o);
  }
  return out;
}

import type { Body } from '../src/library/types';

/**
 * The library's reports and the bodies that publish them. A report is listed
 * by its file (relative to this folder) and its body; everything the importer
 * can read itself (year, format, figures) comes from the file. The body comes
 * from this list, never from the text: titles name the same body differently
 * (洪泽区人民政府 / 淮安市洪泽区人民政府) and OCR misreads it (沭阳 as 沐阳).
 * `npm run data` builds public/data/library/ from this list.
 */

export const BODIES: readonly Body[] = [
  {
    id: 'luzhou',
    name: { 'zh-Hant': '瀘州市人民政府', 'zh-Hans': '泸州市人民政府', en: 'Luzhou Municipal People’s Government' },
    region: { 'zh-Hant': '四川省瀘州市', 'zh-Hans': '四川省泸州市', en: 'Luzhou, Sichuan' },
    level: 'city',
    parent: { 'zh-Hant': '四川省', 'zh-Hans': '四川省', en: 'Sichuan' },
    aliases: ['泸州市政府', '瀘州市政府'],
  },
  {
    id: 'pingtan',
    name: { 'zh-Hant': '平潭綜合實驗區', 'zh-Hans': '平潭综合实验区', en: 'Pingtan Comprehensive Pilot Zone' },
    region: { 'zh-Hant': '福建省平潭', 'zh-Hans': '福建省平潭', en: 'Pingtan, Fujian' },
    level: 'zone',
    parent: { 'zh-Hant': '福建省', 'zh-Hans': '福建省', en: 'Fujian' },
    aliases: ['平潭综合实验区管委会', '平潭綜合實驗區管委會', '平潭综合实验区管理委员会', '平潭綜合實驗區管理委員會'],
  },
  {
    id: 'hongze',
    name: {
      'zh-Hant': '淮安市洪澤區人民政府',
      'zh-Hans': '淮安市洪泽区人民政府',
      en: 'Hongze District People’s Government, Huai’an',
    },
    region: { 'zh-Hant': '江蘇省淮安市洪澤區', 'zh-Hans': '江苏省淮安市洪泽区', en: 'Hongze, Huai’an, Jiangsu' },
    level: 'district',
    parent: { 'zh-Hant': '江蘇省淮安市', 'zh-Hans': '江苏省淮安市', en: 'Huai’an, Jiangsu' },
    aliases: ['洪泽区人民政府', '洪澤區人民政府', '洪泽区政府', '洪澤區政府'],
  },
  {
    id: 'shanghai-office',
    name: {
      'zh-Hant': '上海市人民政府辦公廳',
      'zh-Hans': '上海市人民政府办公厅',
      en: 'General Office of the Shanghai Municipal People’s Government',
    },
    region: { 'zh-Hant': '上海市', 'zh-Hans': '上海市', en: 'Shanghai' },
    level: 'department',
    parent: { 'zh-Hant': '上海市', 'zh-Hans': '上海市', en: 'Shanghai' },
    aliases: ['上海市政府办公厅', '上海市政府辦公廳'],
  },
  {
    id: 'shuyang',
    name: { 'zh-Hant': '沭陽縣人民政府', 'zh-Hans': '沭阳县人民政府', en: 'Shuyang County People’s Government' },
    region: { 'zh-Hant': '江蘇省宿遷市沭陽縣', 'zh-Hans': '江苏省宿迁市沭阳县', en: 'Shuyang, Suqian, Jiangsu' },
    level: 'county',
    parent: { 'zh-Hant': '江蘇省宿遷市', 'zh-Hans': '江苏省宿迁市', en: 'Suqian, Jiangsu' },
    aliases: ['沭阳县政府', '沭陽縣政府'],
  },
];

/** A report the importer reads from its file as published. */
export interface ImportedReport {
  body: string;
  /** Relative to reports/. */
  file: string;
  /** The title in Chinese, only where the importer cannot read it right (an OCR error in the name). */
  title?: { 'zh-Hant': string; 'zh-Hans': string };
  /** Where the body published it, or where the file was found when that is not known (the open tables say it). */
  source?: Source;
}

/** A hand-built dataset (scripts/build-dataset.ts), relative to public/data/: linked, not re-imported. */
export interface BuiltReport {
  body: string;
  dataset: string;
  source?: Source;
}

/** A report's original address, or a note on where its file was found when the address is not known. */
export interface Source {
  url?: string;
  note?: string;
}

/** The zone's own pages as archived (corpus/pingtan/SOURCES.md). */
const PINGTAN_URLS: Record<number, string> = {
  2011: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/201204/t20120420_80678.htm',
  2012: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/201302/t20130228_80734.htm',
  2013: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/201403/t20140324_80759.htm',
  2014: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/201501/t20150102_80791.htm',
  2015: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/201601/t20160112_80445.htm',
  2016: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/201701/t20170118_80485.htm',
  2017: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/201801/t20180123_80506.htm',
  2018: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/201901/t20190110_80529.htm',
  2019: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202001/t20200120_80576.htm',
  2020: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202103/t20210305_80595.htm',
  2021: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202202/t20220208_80613.htm',
  2022: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202302/t20230220_80629.htm',
  2023: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202403/t20240308_87885.htm',
  2024: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202503/t20250310_97791.htm',
  2025: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202603/t20260313_105587.htm',
};
const FOUND = 'GitHub zxj6827111-blip/KIROGOVCOMPARE';

export type LibraryReport = ImportedReport | BuiltReport;

const pingtan = Array.from({ length: 15 }, (_, i): ImportedReport => ({
  body: 'pingtan',
  file: `pingtan/${2011 + i}.html`,
  source: { url: PINGTAN_URLS[2011 + i] },
}));

export const REPORTS: readonly LibraryReport[] = [
  {
    body: 'luzhou',
    dataset: 'luzhou-2018.json',
    source: { note: 'The report as published, transcribed by hand (seed).' },
  },
  ...pingtan,
  { body: 'hongze', file: 'others/hongze-2023.pdf', source: { note: `${FOUND}, sample_pdfs_v1/hzq2023_working.pdf` } },
  { body: 'hongze', file: 'others/hongze-2024.pdf', source: { note: `${FOUND}, sample_pdfs_v1/hzq2024_working.pdf` } },
  {
    body: 'shanghai-office',
    file: 'others/shanghai-office-2019.rows.txt',
    source: { note: "An HTML copy of the report in a public repository's demo data" },
  },
  {
    body: 'shuyang',
    file: 'others/shuyang-2025.ocr.md',
    source: { note: `${FOUND}, tests/沭阳县人民政府2025年政府信息公开工作年度报告-沭阳县人民政府.txt (OCR)` },
    title: {
      'zh-Hant': '沭陽縣人民政府2025年政府信息公開工作年度報告',
      'zh-Hans': '沭阳县人民政府2025年政府信息公开工作年度报告',
    },
  },
];

import type { Grouping } from '../data/schema';
import { APPLICANT_TYPES, OUTCOMES } from './dimensions';
import { l10nZh } from './facts';
import { schemaId } from './ids';
import { OTHER_HANDLING } from './tables2019';
import { APPLICATION_SUBROWS, RESULTS } from './tables2021';

/**
 * Charts of the standard tables: new applications by applicant type, how
 * applications were handled (all applicants, or the types the reader filters
 * by), the reasons for withholding, reviews and lawsuits by result, and part
 * 二's documents and decisions. A bar only for a number (a blank cell is not
 * drawn as 0); a grouping only when it has bars. Ids are dotted like the facts'.
 */

type Has = (dottedId: string) => boolean;

interface Key {
  id: string;
  zh: string;
  en: string;
}

const dim = (k: Key) => ({ id: k.id, label: l10nZh(k.zh, k.en) });

interface Spec {
  id: string;
  area: string;
  zh: string;
  en: string;
  keys: readonly Key[];
  series?: readonly Key[];
  fact: (key: string, series?: string) => string;
  /** The bars do not overlap, so their total means something. */
  sum?: boolean;
  extra?: Pick<Grouping, 'seriesDimension' | 'totalSeries'>;
}

function grouping(s: Spec, has: Has): Grouping[] {
  const bars = s.keys.flatMap((k) =>
    (s.series ?? [undefined]).flatMap((ser) => {
      const fact = s.fact(k.id, ser?.id);
      return has(fact) ? [{ fact: schemaId(fact), key: k.id, ...(ser ? { series: ser.id } : {}) }] : [];
    }),
  );
  if (bars.length === 0) return [];
  // Only keys and series that have a bar, so no empty slot is drawn.
  const keys = s.keys.filter((k) => bars.some((b) => b.key === k.id));
  const series = s.series?.filter((x) => bars.some((b) => b.series === x.id));
  return [
    {
      id: s.id,
      area: s.area,
      title: l10nZh(s.zh, s.en),
      chart: series ? 'grouped-bar' : 'bar',
      dimension: 'custom',
      keys: keys.map(dim),
      ...(series ? { series: series.map(dim) } : {}),
      bars,
      ...(s.sum ? { sum: true } : {}),
      ...s.extra,
    },
  ];
}

/** 一、本年新收 by applicant type: the applicant dimension's values label the bars. */
function newByApplicant(has: Has): Grouping[] {
  const bars = APPLICANT_TYPES.flatMap((c) => {
    const fact = `applications.new.${c.id}`;
    return has(fact) ? [{ fact: schemaId(fact), key: c.id }] : [];
  });
  if (bars.length === 0) return [];
  return [
    {
      id: 'applications.new-by-applicant',
      area: 'applications',
      title: l10nZh('本年新收申请（按申请人类型）', 'New applications by applicant type'),
      chart: 'bar',
      dimension: 'applicant',
      bars,
      // No computed sum: the report states the total itself (一、 总计).
    },
  ];
}

const outcome = (id: string) => OUTCOMES.find((o) => o.id === id) ?? { id, zh: id, en: id };

/**
 * The result rows of 三 with short labels (予以公开 … 不予公开：国家秘密 …): 三（六） as
 * its three sub-rows (2021) or as one row (2019, and 2021 reports that kept that
 * layout); only the rows the report has get a key.
 */
const RESULT_KEYS: readonly Key[] = [
  outcome('disclosed'),
  outcome('partly-disclosed'),
  ...APPLICATION_SUBROWS.map((r) => ({
    id: r.id,
    zh: `${outcome(r.group).zh}：${r.short}`,
    en: `${outcome(r.group).en}: ${r.en.toLowerCase()}`,
  })),
  { ...outcome('other'), id: OTHER_HANDLING.id },
];

const ALL: Key = { id: 'all', zh: '总计', en: 'All applicants' };
const REVIEW_SERIES: readonly Key[] = [
  { id: 'review', zh: '行政复议', en: 'Administrative review' },
  { id: 'litigation-direct', zh: '未经复议直接起诉', en: 'Lawsuit without prior review' },
  { id: 'litigation-after-review', zh: '复议后起诉', en: 'Lawsuit after review' },
];
const DOCUMENT_SERIES: readonly Key[] = [
  { id: 'rules', zh: '规章', en: 'Rules' },
  { id: 'normative-docs', zh: '行政规范性文件', en: 'Normative documents' },
];
/** Part 二's columns for documents: the 2021 format's, then the 2019 format's (only those read get a key). */
const DOCUMENT_KEYS: readonly Key[] = [
  { id: 'issued', zh: '本年制发', en: 'Issued this year' },
  { id: 'repealed', zh: '本年废止', en: 'Repealed this year' },
  { id: 'in-force', zh: '现行有效', en: 'In force' },
  { id: 'made', zh: '本年新制作', en: 'Made this year' },
  { id: 'published', zh: '本年新公开', en: 'Published this year' },
  { id: 'published-total', zh: '对外公开总数', en: 'Published in total' },
];
/** Rows with a count of decisions; 其他对外管理服务事项 is the 2019 format's only. */
const DECISION_KEYS: readonly Key[] = [
  { id: 'licensing', zh: '行政许可', en: 'Licensing' },
  { id: 'other-services', zh: '其他对外管理服务事项', en: 'Other public services' },
  { id: 'penalties', zh: '行政处罚', en: 'Penalties' },
  { id: 'coercion', zh: '行政强制', en: 'Coercive measures' },
];

export function groupings(has: Has): Grouping[] {
  return [
    ...newByApplicant(has),
    ...grouping(
      {
        id: 'applications.outcomes',
        area: 'applications',
        zh: '本年度办理结果',
        en: 'How applications were handled this year',
        keys: RESULT_KEYS,
        series: [ALL, ...APPLICANT_TYPES.map((c) => ({ id: c.id, zh: c.zh, en: c.en }))],
        fact: (k, s) => `applications.${k}.${s}`,
        // No computed sum: 三（七）总计 states it.
        extra: { seriesDimension: 'applicant', totalSeries: ALL.id },
      },
      has,
    ),
    ...grouping(
      {
        id: 'applications.withheld',
        area: 'applications',
        zh: '不予公开的理由',
        en: 'Reasons for withholding',
        keys: APPLICATION_SUBROWS.filter((r) => r.group === 'withheld').map((r) => ({
          id: r.id,
          zh: r.short,
          en: r.en,
        })),
        fact: (k) => `applications.${k}.all`,
        sum: true,
      },
      has,
    ),
    ...grouping(
      {
        id: 'reviews.results',
        area: 'reviews-lawsuits',
        zh: '行政复议和行政诉讼的结果',
        en: 'Results of administrative reviews and lawsuits',
        keys: RESULTS.filter((r) => r.id !== 'total').map((r) => ({ id: r.id, zh: r.zh, en: r.en })),
        series: REVIEW_SERIES,
        fact: (k, s) => `${s}.${k}`,
      },
      has,
    ),
    ...grouping(
      {
        id: 'proactive.documents',
        area: 'proactive',
        zh: '规章和行政规范性文件',
        en: 'Rules and normative documents',
        keys: DOCUMENT_KEYS,
        series: DOCUMENT_SERIES,
        fact: (k, s) => `proactive.${s}.${k}`,
      },
      has,
    ),
    ...grouping(
      {
        id: 'proactive.decisions',
        area: 'proactive',
        zh: '本年处理决定数量',
        en: 'Decisions made this year',
        keys: DECISION_KEYS,
        fact: (k) => `proactive.${k}.decisions`,
        sum: true,
      },
      has,
    ),
  ];
}

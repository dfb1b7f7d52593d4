import { toHant } from './hant';
import { applicationRow } from './labels';
import { note, type Note } from './notes';
import { APPLICANTS, APPLICATION_ROWS, APPLICATION_SUBROWS, RESULTS, REVIEW_GROUPS } from './tables2021';

/**
 * The report's own arithmetic as relations between fact ids (dotted ids):
 * 三（七） = the sum of its sub-rows, per applicant column; 总计 = the six
 * applicant columns, per row; each review or lawsuit 总计 = its four results;
 * 一 + 二 = 三（七） + 四 per column; the old table's "of which" rows within
 * their total; and a sentence that restates a table number equals it. A
 * relation is made only when every fact it names is a number (a blank cell
 * cannot be checked: such an identity comes back with its `missing` figures, to
 * be listed as not run); it is made whether or not the numbers agree, so a report
 * that does not add up shows as a failing check. Relation ids are dotted like
 * the fact ids they check.
 */

interface IdentityBase {
  id: string;
  zh: string;
  en: string;
  /** Said beside the check: why it may fail without the report being wrong. */
  note?: { zh: string; en: string };
  /** Its figures that are blank or were not read: the check cannot run (listed as such, never dropped silently). */
  missing?: string[];
}

export type Identity = IdentityBase &
  (
    | { kind: 'sum' | 'within'; parts: string[]; total: string }
    /** 一 + 二 = 三（七） + 四: two sums that must agree. */
    | { kind: 'balance'; left: string[]; right: string[] }
    | { kind: 'equal'; facts: [string, string] }
  );

/** id -> value; undefined for a blank cell. */
export type Values = ReadonlyMap<string, number | undefined>;

const RESULT_ROWS = [
  'disclosed',
  'partly-disclosed',
  ...APPLICATION_SUBROWS.filter((s) => s.group !== 'other').map((s) => s.id),
];
const OTHER_ROWS = APPLICATION_SUBROWS.filter((s) => s.group === 'other').map((s) => s.id);

/** The figures of a check that are not numbers; null when none of its rows was read (not a check of this report). */
function missingOf(values: Values, ids: readonly string[]): string[] | null {
  if (!ids.some((p) => values.has(p))) return null;
  return ids.filter((p) => values.get(p) === undefined);
}

function sum(values: Values, id: string, parts: string[], total: string, zh: string, en: string): Identity[] {
  const missing = missingOf(values, [...parts, total]);
  if (missing === null) return [];
  return [{ id, kind: 'sum', parts, total, zh, en, ...(missing.length > 0 ? { missing } : {}) }];
}

function applicationIdentities(values: Values): Identity[] {
  const out: Identity[] = [];
  const other = values.has('applications.other-handling.all') ? ['other-handling'] : OTHER_ROWS;
  for (const col of APPLICANTS) {
    const parts = [...RESULT_ROWS, ...other].map((r) => `applications.${r}.${col.id}`);
    out.push(
      ...sum(
        values,
        `applications.total.${col.id}.sum-of-results`,
        parts,
        `applications.total.${col.id}`,
        `三（七）总计等于各项办理结果之和（${col.zh}）`,
        `The results add up to the total handled (${col.en.toLowerCase()})`,
      ),
    );
  }
  const rows = [...APPLICATION_ROWS.map((r) => r.id), ...RESULT_ROWS, ...other];
  for (const row of new Set(rows)) {
    const parts = APPLICANTS.filter((c) => c.id !== 'all').map((c) => `applications.${row}.${c.id}`);
    out.push(
      ...sum(
        values,
        `applications.${row}.all.sum-of-applicants`,
        parts,
        `applications.${row}.all`,
        `${applicationRow(row)?.zh ?? row}：总计等于六类申请人之和`,
        `${applicationRow(row)?.en ?? row}: all applicants equal the six types`,
      ),
    );
  }
  return out;
}

function reviewIdentities(values: Values): Identity[] {
  return REVIEW_GROUPS.flatMap((g) =>
    sum(
      values,
      `${g.id}.total.sum-of-results`,
      RESULTS.filter((r) => r.id !== 'total').map((r) => `${g.id}.${r.id}`),
      `${g.id}.total`,
      `${g.zh}总计等于四类结果之和`,
      `${g.en}: the four outcomes add up to the total`,
    ),
  );
}

/** "其中" rows of the old statistics table: parts within their total, per column. */
function oldIdentities(values: Values): Identity[] {
  const out: Identity[] = [];
  for (const col of ['year', 'cumulative']) {
    const parents = [...values.keys()].filter(
      (id) => /^old\.[a-z0-9-]+\.(year|cumulative)$/.test(id) && id.endsWith(`.${col}`),
    );
    for (const total of parents) {
      const stem = total.slice(0, -col.length - 1);
      const parts = [...values.keys()].filter(
        (id) => id.startsWith(stem + '.') && id.endsWith(`.${col}`) && id !== total,
      );
      if (parts.length === 0 || ![...parts, total].every((p) => values.get(p) !== undefined)) continue;
      out.push({
        id: `${stem}.${col}.of-which`,
        kind: 'within',
        parts,
        total,
        zh: '其中各项不超过总数',
        en: 'The “of which” rows do not exceed their total',
      });
    }
  }
  return out;
}

/** 一 + 二 = 三（七） + 四 per applicant column: new and carried in equal handled and carried over. */
function balances(values: Values): Identity[] {
  return APPLICANTS.flatMap((c): Identity[] => {
    const left = [`applications.new.${c.id}`, `applications.carried-in.${c.id}`];
    const right = [`applications.total.${c.id}`, `applications.carried-over.${c.id}`];
    const missing = missingOf(values, [...left, ...right]);
    if (missing === null) return [];
    return [
      {
        ...(missing.length > 0 ? { missing } : {}),
        id: `applications.balance.${c.id}`,
        kind: 'balance',
        left,
        right,
        zh: `一、新收加二、上年结转等于三（七）办理总计加四、结转下年度（${c.zh}）`,
        en: `New plus carried in equals handled plus carried over (${c.en.toLowerCase()})`,
      },
    ];
  });
}

export function tableIdentities(values: Values): Identity[] {
  return [...applicationIdentities(values), ...balances(values), ...reviewIdentities(values), ...oldIdentities(values)];
}

/** Sentences that restate a table total: the words that say which total, words that rule it out, the total's id and name. */
const RESTATED: readonly { says: RegExp; not?: RegExp; id: string; zh: string; en: string }[] = [
  { says: /行政复议/, id: 'review.total', zh: '行政复议总计', en: 'administrative reviews' },
  {
    says: /上年度?结转/,
    not: /行政诉讼|起诉/,
    id: 'applications.carried-in.all',
    zh: '上年结转申请',
    en: 'applications carried over from last year',
  },
  {
    says: /结转下|下年度|下一年|顺延/,
    not: /行政诉讼|起诉/,
    id: 'applications.carried-over.all',
    zh: '结转下年度的申请',
    en: 'applications carried over to next year',
  },
  {
    says: /(?:收到|受理|新收|接收)[^，。；]*申请|申请[^，。；]*(?:收到|受理)/,
    not: /结转|行政诉讼|起诉/,
    id: 'applications.new.all',
    zh: '本年新收申请',
    en: 'new applications this year',
  },
  {
    says: /办结|答复[^，。；]*申请|申请[^，。；]*答复/,
    // "同意公开答复 9 件" counts one outcome, not all handled.
    not: /同意|予以公开|部分公开|不予|无法提供|其中|行政诉讼|起诉/,
    id: 'applications.total.all',
    zh: '办理结果总计',
    en: 'applications handled',
  },
];

const RESTATED_NOTE = {
  zh: '正文的这句话可能与表格的统计口径不同（例如可能包含上年结转的申请）。',
  en: 'The sentence may count differently from the table (for example, it may include applications carried over from last year).',
};

export interface TextFigure {
  id: string;
  value: number;
  unit?: string;
  /** The clause around the figure. */
  clause: string;
}

/**
 * Text figures that restate a table total: an 'equal' relation whenever the
 * words say which total, whether or not the numbers agree (a check made only
 * when it holds could never fail); a note, too, when they differ.
 */
export function restatements(
  figures: readonly TextFigure[],
  values: Values,
): { identities: Identity[]; notes: Note[] } {
  const identities: Identity[] = [];
  const notes: Note[] = [];
  for (const f of figures) {
    if (f.unit !== '件') continue;
    const rule = RESTATED.find((r) => r.says.test(f.clause) && !r.not?.test(f.clause));
    if (!rule) continue;
    const { id: tableId, zh, en } = rule;
    const table = values.get(tableId);
    if (table === undefined) continue;
    identities.push({
      id: `${f.id}.restates.${tableId}`,
      kind: 'equal',
      facts: [f.id, tableId],
      zh: `正文复述表格：${zh}`,
      en: `The text restates the table: ${en}`,
      note: RESTATED_NOTE,
    });
    if (table !== f.value)
      notes.push(
        note('importer.restated', {
          value: f.value,
          clause: f.clause,
          row: { 'zh-Hans': zh, 'zh-Hant': toHant(zh), en },
          table,
        }),
      );
  }
  return { identities, notes };
}

import type { Dataset, Lang } from '../data/schema';
import { checkCells } from '../i18n/checks';
import type { Translate } from '../i18n/messages';
import type { Finding, FindingFigure, Findings } from './findings';

/**
 * The checks report in one language, as words: the header, the summary line
 * and one row per finding. The Word file, the CSV and the print layout all
 * write these words, so the three say the same thing.
 */

export interface ReportMeta {
  /** Today, as the report is checked (YYYY-MM-DD). */
  checked: string;
  version: string;
  /** Where the report was read from: its address or file name. */
  source: string;
}

export interface FindingRow {
  id: string;
  kind: Finding['kind'];
  kindLabel: string;
  check: string;
  note: string;
  figure: string;
  stated: string;
  computed: string;
  difference: string;
  quote: string;
  where: string;
}

export interface ChecksReportWords {
  title: string;
  header: [label: string, value: string][];
  summary: string;
  columns: {
    figureCheck: string;
    quoteWhere: string;
    kind: string;
    stated: string;
    computed: string;
    difference: string;
  };
  rows: FindingRow[];
}

/** A table cell's label as the report prints it: row × column (三、本年度办理结果（七）总计 × 自然人). */
export function printedName(f: FindingFigure, lang: Lang): string {
  const label = f.label[lang];
  if (f.id.startsWith('text.')) return label;
  const sep = lang === 'en' ? ': ' : '：';
  const at = label.lastIndexOf(sep);
  return at < 0 ? label : `${label.slice(0, at)} × ${label.slice(at + sep.length)}`;
}

function where(f: FindingFigure | undefined, t: Translate): string {
  if (!f) return '';
  return f.page !== undefined
    ? t('review.where.page', { page: f.page, offset: f.offset })
    : t('review.where.offset', { offset: f.offset });
}

export function reportWords(
  d: Dataset,
  found: Findings,
  meta: ReportMeta,
  lang: Lang,
  t: Translate,
): ChecksReportWords {
  const c = found.counts;
  const rows = found.findings.map((f): FindingRow => {
    const cells =
      f.statedValue !== undefined && f.computedValue !== undefined && f.difference !== undefined
        ? checkCells(
            {
              relation: { kind: f.result?.relation.kind ?? 'equal' },
              stated: f.statedValue,
              computed: f.computedValue,
              difference: f.difference,
            },
            f.unit,
            lang,
            t,
          )
        : { stated: '', computed: '', difference: '' };
    const figures = f.stated ? [f.stated] : f.others;
    return {
      id: f.id,
      kind: f.kind,
      kindLabel: t(`review.kind.${f.kind}`),
      check: f.check[lang],
      note: f.note?.[lang] ?? '',
      figure: figures.map((x) => printedName(x, lang)).join('; '),
      ...cells,
      quote: f.stated?.quote ?? '',
      where: where(f.stated, t),
    };
  });
  return {
    title: t('review.title', { title: d.meta.title[lang] }),
    header: [
      [t('review.body'), d.meta.body?.name[lang] ?? d.meta.publisher[lang]],
      [t('review.year'), String(d.meta.year ?? d.meta.period.end.slice(0, 4))],
      [t('review.source'), meta.source],
      [t('review.checked'), meta.checked],
      [t('review.version'), t('review.versionValue', { version: meta.version })],
    ],
    summary:
      found.findings.length === 0
        ? t('review.none')
        : t('review.summary', {
            errors: c.errors,
            confirm: c.confirm,
            across: c.acrossYears,
            incomplete: c.incomplete,
            notRun: c.notRun,
            hold: c.hold,
          }),
    columns: {
      figureCheck: t('review.col.figureCheck'),
      quoteWhere: t('review.col.quoteWhere'),
      kind: t('review.col.kind'),
      stated: t('checks.stated'),
      computed: t('checks.computed'),
      difference: t('checks.difference'),
    },
    rows,
  };
}

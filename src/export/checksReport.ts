import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Lang } from '../data/schema';
import type { Findings } from '../review/findings';
import type { ChecksReportWords } from '../review/words';
import { csvBlob, type Cell } from './csv';

/**
 * The checks report as files: a Word document (built with docx) and a CSV,
 * both from the same words (review/words.ts). Its own chunk: docx loads only
 * when an office asks for the report.
 */

const LANG_TAG: Record<Lang, string> = { en: 'en-GB', 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW' };

/** One row per finding; the header is ids (the same in every language), the cells in the reader's language. */
export function checksCsv(w: ChecksReportWords, found: Findings, ctx: { reportId: string }): Blob {
  const header = [
    'report_id',
    'kind',
    'kind_label',
    'check_id',
    'check',
    'figure',
    'stated',
    'computed',
    'difference',
    'stated_value',
    'computed_value',
    'quote',
    'where',
    'note',
    // The report's header (review/words.ts writes it in this order) on every row, so a row read alone says whose it is.
    'body',
    'year',
    'source',
    'checked_on',
    'checked_with',
  ];
  const meta = w.header.map(([, value]) => value);
  const rows = w.rows.map((r, i): Cell[] => {
    const f = found.findings[i];
    return [
      ctx.reportId,
      r.kind,
      r.kindLabel,
      r.id,
      r.check,
      r.figure,
      r.stated,
      r.computed,
      r.difference,
      f?.statedValue,
      f?.computedValue,
      r.quote,
      r.where,
      r.note,
      ...meta,
    ];
  });
  return csvBlob([header, ...rows]);
}

const text = (s: string, bold = false) => new Paragraph({ children: [new TextRun({ text: s, bold })] });
const cell = (s: string, opts: { bold?: boolean; width?: number; right?: boolean } = {}) =>
  new TableCell({
    children: [
      new Paragraph({
        alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text: s, bold: opts.bold ?? false })],
      }),
    ],
    ...(opts.width ? { width: { size: opts.width, type: WidthType.PERCENTAGE } } : {}),
  });

/** The Word file: header, summary line, then one table row per finding, its header repeated on every page. */
export async function checksDocx(w: ChecksReportWords, lang: Lang): Promise<Blob> {
  const c = w.columns;
  const widths = [14, 26, 9, 9, 9, 33];
  const head = new TableRow({
    tableHeader: true,
    children: [c.kind, c.figureCheck, c.stated, c.computed, c.difference, c.quoteWhere].map((s, i) =>
      cell(s, { bold: true, width: widths[i] }),
    ),
  });
  const rows = w.rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(r.kindLabel),
          new TableCell({
            children: [text(r.figure, true), text(r.check), ...(r.note ? [text(r.note)] : [])],
          }),
          cell(r.stated, { right: true }),
          cell(r.computed, { right: true }),
          cell(r.difference, { right: true }),
          new TableCell({ children: [text(r.quote), ...(r.where ? [text(r.where)] : [])] }),
        ],
      }),
  );
  const doc = new Document({
    title: w.title,
    styles: {
      default: {
        document: { run: { language: { value: LANG_TAG[lang], eastAsia: LANG_TAG[lang] }, size: 20 } },
      },
    },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(w.title)] }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: w.header.map(
              ([label, value]) => new TableRow({ children: [cell(label, { bold: true, width: 20 }), cell(value)] }),
            ),
          }),
          new Paragraph({
            spacing: { before: 240, after: 240 },
            children: [new TextRun({ text: w.summary, bold: true })],
          }),
          ...(rows.length > 0
            ? [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [head, ...rows] })]
            : []),
        ],
      },
    ],
  });
  return Packer.toBlob(doc);
}

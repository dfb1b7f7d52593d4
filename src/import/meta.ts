import type { Doc } from './doc';
import { numbering } from './sections';

/**
 * What the report says about itself: its title (the page's, else the first
 * short line that names a 报告), the year and body read from the title
 * ("平潭综合实验区2021年度政府信息公开工作年度报告" -> 2021, 平潭综合实验区), and
 * the date it was signed or published when the text gives one.
 */

const squeeze = (s: string) =>
  s
    .replace(/^[#\s]+|^标题[:：]\s*/g, '')
    .replace(/\s+/g, (ws, at: number, all: string) =>
      /[\x21-\x7e]/.test(all[at - 1] ?? '') && /[\x21-\x7e]/.test(all[at + ws.length] ?? '') ? ' ' : '',
    );

export function guessTitle(doc: Doc): string | undefined {
  // A page or PDF title that names the report and its year wins; a bare "政府信息公开工作年度报告" does not.
  if (doc.title && /报告|報告/.test(doc.title) && /(?:19|20)\d{2}/.test(doc.title)) return squeeze(doc.title);
  const lines = doc.blocks
    .filter((b) => b.kind !== 'table')
    .slice(0, 8)
    .map((b) => doc.text.slice(b.start, b.end));
  const at = lines.findIndex(
    (l) => /(?:年度|工作)(?:报告|報告)|年报|年報/.test(l) && squeeze(l).length <= 60 && !/[。；]/.test(l),
  );
  const line = lines[at];
  if (line === undefined) return doc.title ? squeeze(doc.title) : undefined;
  const prev = lines[at - 1];
  // A title broken over two lines, or the body's name on the line above "2023 年政府信息公开工作年度报告".
  const broken = /^(?:(?:19|20)\d{2}\s*年|工作|年度)/.test(squeeze(line)) || !/(?:19|20)\d{2}/.test(line);
  return squeeze(broken && prev !== undefined && squeeze(prev).length <= 40 ? prev + line : line);
}

export function guessYear(title: string | undefined, doc: Doc, fileName: string): number | undefined {
  const fromTitle = title && /((?:19|20)\d{2})\s*年/.exec(title)?.[1];
  const fromText = /统计(?:期限|期|时限)[^。]{0,20}?((?:19|20)\d{2})\s*年/.exec(doc.text)?.[1];
  const fromName = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(fileName)?.[1];
  const y = fromTitle || fromText || fromName;
  return y ? Number(y) : undefined;
}

export function guessBody(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const name = title
    .replace(/\s+/g, '')
    .replace(/(?:19|20)\d{2}年度?/, '')
    .replace(/(?:政府)?信息公[开開].*$/, '')
    .replace(/(?:关于|關於|的)$/, '');
  return name.length >= 2 && name.length <= 40 ? name : undefined;
}

const ISO = /((?:19|20)\d{2})[-/.年]\s*(\d{1,2})[-/.月]\s*(\d{1,2})/;

/** A date after the period: the signature at the end, or "发布日期" at the top. */
export function guessPublished(doc: Doc, year: number | undefined, dates: readonly string[]): string | undefined {
  const after = (d: string) => year === undefined || d > `${year}-12-31`;
  const stated = /发布(?:日期|时间)[:：]\s*([0-9-/.年月]+)/.exec(doc.text.slice(0, 2000))?.[1];
  const m = stated ? ISO.exec(stated) : null;
  if (m) return `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}`;
  return [...dates].reverse().find(after);
}

/** The report's parts by their top-level headings: 一 -> "总体情况". */
export function partsOf(doc: Doc): Map<string, string> {
  const parts = new Map<string, string>();
  for (const b of doc.blocks) {
    if (b.kind === 'table') continue;
    const t = doc.text.slice(b.start, b.end);
    const n = numbering(t);
    if (n?.level === 0 && t.length <= 60 && !parts.has(n.label))
      parts.set(n.label, squeeze(t.slice(n.length)) || n.label);
  }
  return parts;
}

import { emit, type Ctx, type OldTable } from './context';
import { note, short } from './notes';
import type { Cell } from './doc';
import type { RowItem } from './grid';
import { norm } from './norm';

/**
 * The statistics table of the pre-2019 reports (指标名称 / 计量单位 / 本年度 /
 * 历年累计). Its indicators vary by year and body, so each row gets an id from
 * its own wording: old.<indicator>[.<sub-indicator>].<year|cumulative>. Two
 * wordings share an id only when they differ in punctuation or a trailing 数;
 * 主动公开信息数 and 主动公开文件数 stay apart. None of these rows means exactly
 * what a standard id means (see crosswalk2019.ts), so none joins a standard series.
 */

const SLUGS: readonly [RegExp, string, string][] = [
  [/^主动公开信息数?$/, 'proactive-info', 'Information disclosed proactively'],
  [/^主动公开文件数?$/, 'proactive-docs', 'Documents disclosed proactively'],
  [/^网站公开数?$/, 'website', 'on the website'],
  [/^政府网站公开数?$/, 'gov-website', 'on the government website'],
  [/^政府公报公开数?$/, 'gazette', 'in the government gazette'],
  [/^受理(?:依申请公开信息|政府信息依申请公开)总数$/, 'requests', 'Requests received'],
  [/^当面申请数?$/, 'in-person', 'in person'],
  [/^传真申请数?$/, 'fax', 'by fax'],
  [/^电子邮件申请数?$/, 'email', 'by e-mail'],
  [/^网上申请数?$/, 'online', 'online'],
  [/^信函申请数?$/, 'letter', 'by letter'],
  [/^信函、?传真申请数?$/, 'letter-fax', 'by letter or fax'],
  [/^其[它他]形式申请数?$/, 'other-means', 'by other means'],
  [/^对申请的答复总?数$/, 'replies', 'Replies to requests'],
  [/^同意公开答复数?$/, 'disclosed', 'disclosure granted'],
  [/^同意部分公开答复数?$/, 'partly-disclosed', 'partly granted'],
  [/^否决公开答复数?$/, 'refused', 'disclosure refused'],
  [/^不予公开答复数?$/, 'withheld', 'withheld'],
  [/^其他类型答复数?$/, 'other-replies', 'other replies'],
  [/^政府信息公开收费减免金额$/, 'fees-waived', 'Fees waived'],
  [/^行政复议数?$/, 'reviews', 'Administrative reviews'],
  [/^行政诉讼数?$/, 'lawsuits', 'Lawsuits'],
  [/^行政申诉数?$/, 'appeals', 'Appeals'],
  [/^行政申诉、举报数?$/, 'appeals-reports', 'Appeals and reports'],
  [/^接受行政诉讼、举报数?$/, 'lawsuits-reports', 'Lawsuits and reports received'],
];

export function oldHeader(ctx: Ctx, item: RowItem): boolean {
  const texts = item.cells.map((c) => norm(c.text));
  if (!texts.includes('指标名称') || !texts.includes('计量单位')) return false;
  const roles = texts.map((t) =>
    t === '指标名称'
      ? 'label'
      : t === '计量单位'
        ? 'unit'
        : /历年累计|累计/.test(t)
          ? 'cumulative'
          : /本年|\d{4}年/.test(t)
            ? 'year'
            : undefined,
  );
  ctx.part = 'old';
  ctx.old = { block: item.block, roles, headers: item.cells.map((c) => c.text), unknown: 0 };
  return true;
}

function indicator(label: string): { text: string; sub: boolean } {
  const n = norm(label).replace(/[:：]/g, '');
  const rest = n.replace(/^其中/, '');
  const sub = rest !== n || /^\d+[、.．]/.test(rest);
  return { text: rest.replace(/^\d+[、.．]/, ''), sub };
}

export function oldRow(ctx: Ctx, item: RowItem, table: OldTable): void {
  const label = item.cells[table.roles.indexOf('label')]?.text ?? '';
  if (!label) return;
  const { text, sub } = indicator(label);
  const known = SLUGS.find(([re]) => re.test(text));
  let slug = known?.[1];
  if (!slug) {
    slug = `row-${++table.unknown}`;
    ctx.notes.push(note('importer.oldRow', { label: short(label), slug }));
  }
  // A row of unknown meaning is named by its place in English; its Chinese label stays in zh.
  const en = known?.[2] ?? `Indicator ${slug.slice('row-'.length)} of the statistics table`;
  if (!sub) table.parent = { slug, zh: label, en };
  const parent = sub ? table.parent : undefined;
  const path = parent ? `${parent.slug}.${slug}` : slug;
  const unit = item.cells[table.roles.indexOf('unit')]?.text || undefined;
  item.cells.forEach((cell: Cell, i) => {
    const role = table.roles[i];
    if (role !== 'year' && role !== 'cumulative') return;
    const zh = `${parent ? parent.zh + ' ' : ''}${label}（${table.headers[i] ?? ''}）`;
    const enLabel = `${parent ? `${parent.en}, ` : ''}${en} (${role === 'year' ? 'this year' : 'all years to date'})`;
    emit(ctx, item, `old.${path}.${role}`, cell, 'old-statistics', {
      label: { zh, en: enLabel },
      ...(unit ? { unit } : {}),
    });
  });
}

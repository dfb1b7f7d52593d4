import type { TextList } from '../../data/schema';
import { formatSection } from '../../i18n/sections';
import { useLang, useT } from '../../state/hooks';

/** A list the report names in words: a workflow drawn as connected steps, or a plain list. */
export function TextListBlock({ list }: { list: TextList }) {
  const lang = useLang();
  const t = useT();
  const flow = list.kind === 'flow';
  const Tag = flow ? 'ol' : 'ul';
  return (
    <section
      aria-labelledby={`list-${list.id}`}
      data-list-id={list.id}
      className="rounded-lg border border-[var(--border)] p-3"
    >
      <h2 id={`list-${list.id}`} className="mb-2 font-semibold">
        {list.title[lang]}{' '}
        <span className="text-xs font-normal text-[var(--muted)]">{formatSection(list.section, lang)}</span>
      </h2>
      <Tag className={flow ? 'flex flex-wrap items-center gap-1' : 'list-disc space-y-1 pl-5'}>
        {list.items.map((item, i) => (
          <li key={item.offset} className={flow ? 'flex items-center gap-1' : ''}>
            <span className={flow ? 'rounded border border-[var(--accent)] px-2 py-1 text-sm' : 'text-sm'}>
              {item.label[lang]}
              {lang === 'en' && (
                <span className="ml-1 text-[var(--muted)]" lang="zh-Hant" data-verbatim>
                  {item.text}
                </span>
              )}
            </span>
            {flow && i < list.items.length - 1 && <span aria-hidden="true">→</span>}
          </li>
        ))}
      </Tag>
      {list.loop && list.items[0] && (
        <p className="mt-2 text-sm" data-testid="flow-loop">
          <span aria-hidden="true">↺ </span>
          {t('area.loopBack', { first: list.items[0].label[lang] })}
        </p>
      )}
      {list.partial && (
        <p className="mt-2 text-xs text-[var(--muted)]">{t('area.partialList', { n: list.items.length })}</p>
      )}
    </section>
  );
}

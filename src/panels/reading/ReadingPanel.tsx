import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { TakeOver } from '../../components/TakeOver';
import { numeralMarks, readingBlocks, searchMarks } from '../../data/reading';
import { useDataset, useLang, useReportText, useT } from '../../state/hooks';
import { useStore } from '../../state/store';
import { useInBatches } from '../../charts/useInBatches';
import { useTitle } from '../shared/useTitle';
import { MissingParts } from './MissingParts';
import { ReadingBlock } from './ReadingBlock';
import { useConverter } from '../shared/useConverter';
import { enLater } from '../../i18n/en-later';
import { addEnglish } from '../../i18n/messages';

addEnglish(enLater);
/**
 * The report itself, as published, every figure linked to its chart or card,
 * every other numeral marked as no figure, drafted figures marked as drafted;
 * searchable; the parts the source lacks said to be missing.
 */
export default function ReadingPanel() {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  const source = useReportText();
  useTitle([t('reading.title'), d.meta.title[lang]]);
  return (
    <article className="space-y-4" data-view="text">
      <header>
        <h1 className="text-2xl font-bold">{t('reading.title')}</h1>
        <p className="mt-1 text-sm text-[var(--muted)]">{d.meta.title[lang]}</p>
        <p className="mt-1 text-sm">{t('reading.intro')}</p>
      </header>
      {source.text !== null ? (
        <>
          <TakeOver />
          <Reading text={source.text} />
        </>
      ) : (
        <>
          {!source.pending && <TakeOver />}
          <p role="status">{source.pending ? t('provenance.sourceLoading') : t('reading.noText')}</p>
        </>
      )}
      <MissingParts />
    </article>
  );
}

function Reading({ text }: { text: string }) {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  const deferred = useDeferredValue(query);
  const selected = useStore((s) => (s.view.select?.dimension === 'fact' ? s.view.select.id : null));
  const convert = useConverter(d.meta.language, lang);
  const blocks = useMemo(() => readingBlocks(text), [text]);
  const numerals = useMemo(() => numeralMarks(text, d, (nf) => nf.reason[lang]), [text, d, lang]);
  const matches = useMemo(() => searchMarks(text, deferred), [text, deferred]);
  const figures = numerals.filter((m) => m.kind === 'fact').length;
  const others = numerals.length - figures;
  const root = useRef<HTMLDivElement>(null);
  // The text is laid out a part at a time after its first screen (the whole report's layout was one task of
  // 120-130 ms at 4x CPU); a figure or match to go to needs every part at once.
  const batched = useInBatches(blocks.length, 6, 3);
  const count = selected !== null || deferred.trim() ? blocks.length : batched;

  // The figure a provenance drawer sent the reader to, or the current search match, comes into view.
  useEffect(() => {
    const el = selected
      ? root.current?.querySelector(`[data-fact-id="${CSS.escape(selected)}"]`)
      : root.current?.querySelector(`[data-match="${current}"]`);
    el?.scrollIntoView({ block: 'center' });
  }, [selected, current, matches]);

  const step = (by: number) =>
    setCurrent((c) => (matches.length === 0 ? 0 : (c + by + matches.length) % matches.length));
  return (
    <>
      <p className="text-sm" data-testid="reading-counts">
        {t('reading.counts', { figures, others })}
      </p>
      <ReadingLegend />
      <div className="no-print flex flex-wrap items-end gap-2 text-sm" role="search">
        <label className="flex flex-col gap-1">
          {t('reading.search')}
          <input
            type="search"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setCurrent(0);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') step(e.shiftKey ? -1 : 1);
            }}
            className="w-64 rounded border border-[var(--border)] bg-[var(--bg)] px-2 py-1"
          />
        </label>
        <button type="button" className="rounded border border-[var(--border)] px-2 py-1" onClick={() => step(-1)}>
          {t('reading.previous')}
        </button>
        <button type="button" className="rounded border border-[var(--border)] px-2 py-1" onClick={() => step(1)}>
          {t('reading.next')}
        </button>
        <span role="status" data-testid="reading-matches">
          {deferred.trim() ? t('reading.matches', { n: matches.length, at: matches.length ? current + 1 : 0 }) : ''}
        </span>
      </div>
      <div
        ref={root}
        lang={lang === 'en' ? d.meta.language : lang}
        className="space-y-2 leading-relaxed"
        data-testid="reading-text"
        aria-busy={count < blocks.length}
      >
        {blocks.slice(0, count).map((b) => (
          <ReadingBlock
            key={b.start}
            block={b}
            text={text}
            numerals={numerals}
            matches={matches}
            current={current}
            selected={selected}
            convert={convert}
          />
        ))}
      </div>
    </>
  );
}

function ReadingLegend() {
  const t = useT();
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-label={t('reading.legend')}>
      <li>
        <span className="reading-figure">123</span> {t('reading.legendFigure')}
      </li>
      <li>
        <span className="reading-figure reading-drafted">123</span> {t('reading.legendDrafted')}
      </li>
      <li>
        <span className="reading-numeral">123</span> {t('reading.legendNumeral')}
      </li>
    </ul>
  );
}

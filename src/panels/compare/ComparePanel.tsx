import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { ChartFigure } from '../../charts/ChartFigure';
import { barDrawing } from '../../charts/drawing';
import type { ChartBar, ChartModel } from '../../charts/model';
import { Menu } from '../../components/Menu';
import { TakeOver } from '../../components/TakeOver';
import { compareYear, provinceOf, type CompareRow } from '../../library/compare';
import { DEFAULT_INDICATOR, INDICATORS } from '../../library/indicators';
import { outlineQuery, pointsQuery } from '../../library/load';
import type { PartsFile } from '../../library/parts';
import { joinYear, type JoinedYear, type Keep } from '../../library/points';
import { LEVELS } from '../../library/levels';
import type { Body, Indicator } from '../../library/types';
import { useMineYear, useRejectedFacts } from '../../mine/hooks';
import { mineQuery } from '../../mine/queries';
import type { MyReport } from '../../mine/record';
import { reviewKey } from '../../review/draftsQuery';
import { failingNote } from '../../i18n/checks';
import { formatNumber } from '../../i18n/format';
import { useLang, useT } from '../../state/hooks';
import { useStore } from '../../state/store';
import { amountDecimals, indicatorTick, indicatorUnit, indicatorValue, unitNote } from '../shared/indicatorFormat';
import { LibraryStatus } from '../shared/LibraryStatus';
import { openBodyReport } from '../shared/openReport';
import { useExportMenu } from '../shared/useExportMenu';
import { useTitle } from '../shared/useTitle';
import { Across, ACROSS } from './Across';
import { Ranking } from './Ranking';

const SEP = '|';
const NONE: MyReport[] = [];

/**
 * One indicator across bodies: the year's largest values side by side (a bar opens that report at that
 * number), ranked with ties, and every year of the first of them; bodies kept by kind and province. It reads
 * the library's outline and the indicator's points (points.ts), never a list of every report, so it draws the
 * same at 5 bodies and at 150,000.
 */
export function ComparePanel() {
  const outline = useQuery(outlineQuery());
  const stored = useQuery(mineQuery());
  const mine = stored.data ?? NONE;
  const settled = stored.isSuccess || stored.isError;
  const askedYear = useStore((s) => s.view.year);
  const askedIndicator = useStore((s) => s.view.indicator);
  // The view mounts in the background once the outline is here (React yields to the page between its parts):
  // its arrival alone renders at once, and the view's first render was a long task on a phone.
  const parts = useDeferredValue(outline.data ?? null, null);
  if (!parts) return <LibraryStatus query={outline} />;
  const perYear = new Map(Object.entries(parts.years).map(([y, n]) => [Number(y), n]));
  for (const m of mine) perYear.set(m.entry.year, (perYear.get(m.entry.year) ?? 0) + 1);
  // A year only the reader's reports have is known once storage answers.
  if (askedYear !== null && !settled && !perYear.has(askedYear)) return <LibraryStatus query={outline} />;
  // By default the year with the most reports, and new applications.
  const years = [...perYear.keys()].sort((a, b) => b - a);
  const busiest = [...perYear].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? years[0] ?? 2021;
  const year = askedYear !== null && perYear.has(askedYear) ? askedYear : busiest;
  const indicator =
    INDICATORS.find((i) => i.id === askedIndicator) ??
    INDICATORS.find((i) => i.id === DEFAULT_INDICATOR) ??
    INDICATORS[0];
  if (!indicator) return null;
  return <Compare outline={parts} mine={mine} year={year} years={years} indicator={indicator} />;
}

/** The kinds of body and provinces to keep (the library's and the reader's), and those the URL keeps. */
function useKept(outline: PartsFile, mine: readonly MyReport[]) {
  const levels = useStore((s) => s.view.level);
  const asked = useStore((s) => s.view.region);
  return useMemo(() => {
    // A kind of body this version does not name is not offered (parts.json may come from a newer build).
    const known = (l: string): l is NonNullable<Body['level']> => (LEVELS as readonly string[]).includes(l);
    const allLevels = [
      ...new Set([...outline.levels.filter(known), ...mine.flatMap((m) => (m.body.level ? [m.body.level] : []))]),
    ];
    const provinces = new Map(outline.provinces.map((p) => [p.id, p]));
    for (const m of mine) {
      const p = provinceOf(m.body);
      if (p && !provinces.has(p.id)) provinces.set(p.id, p);
    }
    const level = levels.find((l) => (allLevels as string[]).includes(l)) ?? '';
    const region = asked !== null && provinces.has(asked) ? asked : '';
    return { levels: allLevels, provinces: [...provinces.values()], keep: { level, province: region } };
  }, [outline, mine, levels, asked]);
}

/** The reader's rows of the year, kept as the library's points are. */
function mineRows(own: ReturnType<typeof useMineYear>, year: number, indicator: Indicator, keep: Keep): CompareRow[] {
  const bodies = [...own.bodies.values()].filter(
    (b) => (!keep.level || b.level === keep.level) && (!keep.province || provinceOf(b)?.id === keep.province),
  );
  return compareYear({ year, reports: own.reports }, indicator, bodies).filter(
    (r) => r.state === 'value' || r.state === 'blank',
  );
}

function Compare(props: {
  outline: PartsFile;
  mine: readonly MyReport[];
  year: number;
  years: number[];
  indicator: Indicator;
}) {
  const { outline, mine, year, years, indicator } = props;
  const t = useT();
  const lang = useLang();
  const setView = useStore((s) => s.setView);
  const title = t('compare.title', { indicator: indicator.label[lang], year });
  useTitle([title]);
  const select = 'rounded border border-[var(--border)] bg-[var(--bg)] px-2 py-1';
  const groups = [...new Set(INDICATORS.map((i) => i.group))];
  const { levels, provinces, keep } = useKept(outline, mine);
  const points = useQuery(pointsQuery(indicator, year, keep));
  const own = useMineYear(mine, year);
  const rejected = useRejectedFacts();
  const joined = useMemo(() => {
    if (!points.data || !own.ready) return undefined;
    const dropped = (r: CompareRow) =>
      (r.point?.facts ?? []).some((f) => rejected.get(reviewKey(false, r.report ?? ''))?.has(f) === true);
    return joinYear(points.data, mineRows(own, year, indicator, keep), dropped);
  }, [points.data, own, year, indicator, keep, rejected]);
  const across = useMemo(
    () => (joined ? [...joined.values, ...joined.blanks].slice(0, ACROSS).map((r) => r.body) : []),
    [joined],
  );
  // The chart renders in the background once its points are here (React yields to the page every few
  // milliseconds; the data's arrival alone renders at once, a long task on a phone), never under another
  // year's, figure's or kind's title.
  const view = `${year}|${indicator.id}|${keep.level}|${keep.province}`;
  const ready = useMemo(() => (joined ? { joined, view } : null), [joined, view]);
  const deferred = useDeferredValue(ready, null);
  const shown = deferred?.view === view ? deferred.joined : undefined;
  const name = (id: string) => own.bodies.get(id)?.name[lang] ?? id;
  return (
    <article className="space-y-4" data-view="compare">
      <header>
        <h1 className="text-2xl font-bold">{title}</h1>
        <p className="mt-1 text-sm">{t('compare.intro')}</p>
      </header>
      <div className="no-print flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col gap-1">
          {t('library.year')}
          <select value={year} onChange={(e) => setView({ year: Number(e.target.value) })} className={select}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        {/* As wide as its longest figure at most the page: on a phone it would run past the edge. */}
        <label className="flex max-w-full flex-col gap-1">
          {t('compare.indicator')}
          <select
            value={indicator.id}
            onChange={(e) => setView({ indicator: e.target.value })}
            className={`${select} max-w-full`}
          >
            {groups.map((g) => (
              <optgroup key={g} label={t(`trends.group.${g}`)}>
                {INDICATORS.filter(
                  (i) => i.group === g && !/^applications\.carried-(in|over)\.(?!all$)/.test(i.id),
                ).map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.label[lang]}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          {t('compare.level')}
          <select
            value={keep.level}
            onChange={(e) => setView({ level: e.target.value ? [e.target.value] : [] })}
            className={select}
          >
            <option value="">{t('library.all')}</option>
            {levels.map((l) => (
              <option key={l} value={l}>
                {t(`compare.level.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          {t('compare.region')}
          <select
            value={keep.province}
            onChange={(e) => setView({ region: e.target.value || null })}
            className={select}
          >
            <option value="">{t('library.all')}</option>
            {provinces.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name[lang]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {shown ? (
        <>
          <TakeOver />
          <CompareChart mine={mine} joined={shown} year={year} indicator={indicator} />
          {own.apart.length > 0 && (
            <p className="text-sm" data-testid="compare-apart">
              {t('compare.apart', { bodies: own.apart.map((r) => name(r.body)).join(t('list.sep')) })}
            </p>
          )}
        </>
      ) : (
        <LibraryStatus query={points} />
      )}
      <Across
        bodies={across}
        more={joined !== undefined && joined.valueCount + joined.blankCount > ACROSS}
        mine={mine}
        indicator={indicator}
      />
    </article>
  );
}

function CompareChart({
  mine,
  joined,
  year,
  indicator,
}: {
  mine: readonly MyReport[];
  joined: JoinedYear;
  year: number;
  indicator: Indicator;
}) {
  const t = useT();
  const lang = useLang();
  const client = useQueryClient();
  const withValue = joined.values;
  const missing = joined.blanks;
  const model: ChartModel = useMemo(
    () => ({
      id: `compare.${year}.${indicator.id}`,
      area: 'compare',
      title: t('compare.title', { indicator: indicator.label[lang], year }),
      note: [indicator.formula?.[lang], unitNote(indicator, lang)].filter(Boolean).join(' ') || null,
      kind: 'bar',
      dimension: null,
      categories: withValue.map((r) => ({ key: r.body.id, label: r.body.name[lang] })),
      series: [],
      bars: withValue.map((r): ChartBar => ({
        key: r.body.id,
        keyLabel: r.body.name[lang],
        series: null,
        seriesLabel: null,
        factId: `${r.report ?? ''}${SEP}${r.point?.facts[0] ?? ''}`,
        value: r.point?.value ?? 0,
        written: String(r.point?.value ?? ''),
        unit: indicator.unit,
        unitLabel: indicatorUnit(indicator, lang),
        approx: false,
        section: '',
        share: null,
        tags: {},
        // What the report's own checks say of this value (kept with the library's summary).
        check: r.point?.check ?? 'not-checked',
        failing: [],
        together: [],
      })),
      unit: indicator.unit,
      noun: indicator.noun,
      sections: [],
      hidden: 0,
      sum: null,
    }),
    [withValue, indicator, lang, year, t],
  );
  const points = useMemo(() => new Map(withValue.map((r) => [r.body.id, r.point])), [withValue]);
  // A rate says its base: 50% of 2 is not 50% of 2,000.
  const decimals = useMemo(() => amountDecimals(withValue.map((r) => r.point?.value ?? 0)), [withValue]);
  const valueLabel = useMemo(
    () => (b: ChartBar) => {
      const value = indicatorValue(indicator, b.value, lang, decimals);
      const n = points.get(b.key)?.n;
      return n === undefined ? value : t('library.rateOf', { value, n: formatNumber(n, lang) });
    },
    [indicator, lang, points, t, decimals],
  );
  const checkNotes = useMemo(
    () => (b: ChartBar) => (points.get(b.key)?.failing ?? []).map((f) => failingNote(f, lang, t)),
    [points, lang, t],
  );
  const checkNote = model.bars.some((b) => b.check === 'does-not-hold') ? t('library.checkNote') : null;
  const tick = useMemo(() => (v: number, max: number) => indicatorTick(indicator, v, max, lang), [indicator, lang]);
  const bodies = withValue.map((r) => r.body.name[lang]).join(t('list.sep'));
  // Never "the reports of ." : with no value, the line says there is none.
  const sourceLine = bodies ? t('compare.sources', { year, bodies }) : t('compare.sourcesNone', { year });
  const open = (b: ChartBar) => {
    const [report = '', fact = ''] = b.factId.split(SEP);
    void openBodyReport(client, mine, b.key, report, fact || null);
  };
  return (
    <>
      <ChartFigure
        model={model}
        t={t}
        valueLabel={valueLabel}
        checkNotes={checkNotes}
        checkNote={checkNote}
        tick={tick}
        lit={null}
        selected={() => false}
        onHover={() => undefined}
        onActivate={open}
        onOpenFact={(id) => {
          const bar = model.bars.find((b) => b.factId === id);
          if (bar) open(bar);
        }}
        emptyMessage={t('compare.none', { year })}
        sourceLine={sourceLine}
        toolbar={(width) => (
          <CompareExport
            model={model}
            valueLabel={valueLabel}
            tick={tick}
            sourceLine={sourceLine}
            width={width}
            checkNote={checkNote}
            largest={
              joined.valueCount > withValue.length
                ? t('compare.largestExport', {
                    shown: formatNumber(withValue.length, lang),
                    values: formatNumber(joined.valueCount, lang),
                  })
                : null
            }
          />
        )}
      />
      {joined.valueCount > withValue.length && (
        <p className="text-sm" data-testid="compare-largest">
          {t('compare.largest', {
            shown: formatNumber(withValue.length, lang),
            values: formatNumber(joined.valueCount, lang),
          })}
        </p>
      )}
      <Ranking
        rows={withValue}
        year={year}
        valueLabel={valueLabel}
        bar={(id) => model.bars.find((b) => b.key === id)}
      />
      {missing.length > 0 && (
        <p className="text-sm" data-testid="compare-missing">
          {t(joined.blankCount > missing.length ? 'compare.missingMore' : 'compare.missing', {
            bodies: missing.map((r) => r.body.name[lang]).join(t('list.sep')),
            n: formatNumber(joined.blankCount - missing.length, lang),
          })}
        </p>
      )}
    </>
  );
}

function CompareExport(p: {
  model: ChartModel;
  valueLabel: (b: ChartBar) => string;
  tick: (v: number, max: number) => string;
  sourceLine: string;
  width: number;
  checkNote: string | null;
  /** Said on an image of the largest values only: it is not every body. */
  largest: string | null;
}) {
  const t = useT();
  const exporter = useExportMenu({
    name: () => ['library', p.model.id],
    title: p.model.title,
    drawing: barDrawing(p.model, p.model.bars.map(p.valueLabel), p.tick),
    // An exported image cannot be clicked: its note says where the checks are instead.
    notes: [p.model.note, p.largest, p.checkNote && t('library.checkNoteExport')].filter((n): n is string =>
      Boolean(n),
    ),
    filters: () => '',
    sourceLine: p.sourceLine,
    width: p.width,
    csv: async (ctx) => (await import('../../export/chart')).chartCsv(p.model, ctx),
    report: { id: 'library', title: t('library.title') },
  });
  return (
    <Menu
      label={t('export.button')}
      labelRest={t('export.nameRest', { title: p.model.title })}
      items={exporter.items}
      groups={exporter.groups}
      onIntent={exporter.prefetch}
    />
  );
}

import { useMemo } from 'react';
import { ChartFigure } from '../../charts/ChartFigure';
import { barDrawing } from '../../charts/drawing';
import type { ChartBar, ChartModel } from '../../charts/model';
import { Menu } from '../../components/Menu';
import { TakeOver } from '../../components/TakeOver';
import { compareYear, provinceOf, rankRows } from '../../library/compare';
import type { Body, Catalogue, Indicator, YearFile } from '../../library/types';
import { useCatalogue, useYearFile } from '../../mine/hooks';
import type { MyReport } from '../../mine/record';
import { failingNote } from '../../i18n/checks';
import { formatNumber } from '../../i18n/format';
import { useLang, useT } from '../../state/hooks';
import { useStore } from '../../state/store';
import { amountDecimals, indicatorTick, indicatorUnit, indicatorValue, unitNote } from '../shared/indicatorFormat';
import { LibraryStatus } from '../shared/LibraryStatus';
import { openReportAt } from '../shared/openReport';
import { useExportMenu } from '../shared/useExportMenu';
import { useTitle } from '../shared/useTitle';
import { CompareYears } from './CompareYears';
import { Ranking } from './Ranking';
import { SmallMultiples } from './SmallMultiples';

const DEFAULT_INDICATOR = 'applications.new.all';
const SEP = '|';

/**
 * One indicator across bodies: the year's reports side by side (a bar opens that report at that number),
 * ranked with ties, and every year of the same bodies in a table; bodies kept by kind and province.
 */
export function ComparePanel() {
  const { query, data, mine, settled } = useCatalogue();
  const askedYear = useStore((s) => s.view.year);
  const askedIndicator = useStore((s) => s.view.indicator);
  if (!data || !query.data) return <LibraryStatus query={query} />;
  const c = data;
  // A year only the reader's reports have is known once storage answers.
  if (askedYear !== null && !settled && !c.reports.some((r) => r.year === askedYear))
    return <LibraryStatus query={query} />;
  // By default the year with the most reports, and new applications.
  const perYear = new Map<number, number>();
  for (const r of c.reports) perYear.set(r.year, (perYear.get(r.year) ?? 0) + 1);
  const years = [...perYear.keys()].sort((a, b) => b - a);
  const busiest = [...perYear].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? years[0] ?? 2021;
  const year = askedYear !== null && perYear.has(askedYear) ? askedYear : busiest;
  const indicator =
    c.indicators.find((i) => i.id === askedIndicator) ??
    c.indicators.find((i) => i.id === DEFAULT_INDICATOR) ??
    c.indicators[0];
  if (!indicator) return null;
  return <Compare catalogue={c} shipped={query.data} mine={mine} year={year} years={years} indicator={indicator} />;
}

/** The bodies the filters keep: a kind of body (`level`) and a province (`region`); an unknown value keeps all. */
function useKeptBodies(catalogue: Catalogue): { bodies: Body[]; level: string; region: string } {
  const levels = useStore((s) => s.view.level);
  const asked = useStore((s) => s.view.region);
  return useMemo(() => {
    const level = levels.find((l) => catalogue.bodies.some((b) => b.level === l)) ?? '';
    const region = catalogue.bodies.some((b) => provinceOf(b)?.id === asked) ? (asked ?? '') : '';
    const bodies = catalogue.bodies.filter(
      (b) => (!level || b.level === level) && (!region || provinceOf(b)?.id === region),
    );
    return { bodies, level, region };
  }, [catalogue, levels, asked]);
}

function Compare(props: {
  catalogue: Catalogue;
  shipped: Catalogue;
  mine: readonly MyReport[];
  year: number;
  years: number[];
  indicator: Indicator;
}) {
  const { catalogue, year, years, indicator } = props;
  const t = useT();
  const lang = useLang();
  const setView = useStore((s) => s.setView);
  const file = useYearFile(props.shipped, props.mine, year);
  const title = t('compare.title', { indicator: indicator.label[lang], year });
  useTitle([title]);
  const select = 'rounded border border-[var(--border)] bg-[var(--bg)] px-2 py-1';
  const groups = [...new Set(catalogue.indicators.map((i) => i.group))];
  const { bodies, level, region } = useKeptBodies(catalogue);
  const reporting = bodies.filter((b) => catalogue.reports.some((r) => r.body === b.id));
  const levels = [...new Set(catalogue.bodies.flatMap((b) => (b.level ? [b.level] : [])))];
  const provinces = [
    ...new Map(
      catalogue.bodies.flatMap((b) => {
        const p = provinceOf(b);
        return p ? [[p.id, p] as const] : [];
      }),
    ).values(),
  ];
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
        <label className="flex flex-col gap-1">
          {t('compare.indicator')}
          <select value={indicator.id} onChange={(e) => setView({ indicator: e.target.value })} className={select}>
            {groups.map((g) => (
              <optgroup key={g} label={t(`trends.group.${g}`)}>
                {catalogue.indicators
                  .filter((i) => i.group === g && !/^applications\.carried-(in|over)\.(?!all$)/.test(i.id))
                  .map((i) => (
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
            value={level}
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
          <select value={region} onChange={(e) => setView({ region: e.target.value || null })} className={select}>
            <option value="">{t('library.all')}</option>
            {provinces.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name[lang]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {file.data ? (
        <>
          <TakeOver />
          <CompareChart catalogue={catalogue} bodies={bodies} year={year} indicator={indicator} file={file.data} />
          {file.data.apart.length > 0 && (
            <p className="text-sm" data-testid="compare-apart">
              {t('compare.apart', {
                bodies: file.data.apart
                  .map((r) => catalogue.bodies.find((b) => b.id === r.body)?.name[lang] ?? r.body)
                  .join(t('list.sep')),
              })}
            </p>
          )}
        </>
      ) : (
        <LibraryStatus query={file.query} />
      )}
      <CompareYears
        catalogue={catalogue}
        shipped={props.shipped}
        mine={props.mine}
        bodies={reporting}
        indicator={indicator}
      />
      <SmallMultiples
        catalogue={catalogue}
        shipped={props.shipped}
        mine={props.mine}
        bodies={reporting}
        indicator={indicator}
      />
    </article>
  );
}

function CompareChart({
  catalogue,
  bodies: kept,
  year,
  indicator,
  file,
}: {
  catalogue: Catalogue;
  bodies: readonly Body[];
  year: number;
  indicator: Indicator;
  file: YearFile;
}) {
  const t = useT();
  const lang = useLang();
  const rows = useMemo(() => rankRows(compareYear(file, indicator, kept)), [file, indicator, kept]);
  const withValue = rows.filter((r) => r.point);
  const missing = rows.filter((r) => !r.point && r.state !== 'no-report');
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
    openReportAt(catalogue, report, fact || null);
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
          />
        )}
      />
      <Ranking rows={rows} year={year} valueLabel={valueLabel} bar={(id) => model.bars.find((b) => b.key === id)} />
      {missing.length > 0 && (
        <p className="text-sm" data-testid="compare-missing">
          {t('compare.missing', { bodies: missing.map((r) => r.body.name[lang]).join(t('list.sep')) })}
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
}) {
  const t = useT();
  const exporter = useExportMenu({
    name: () => ['library', p.model.id],
    title: p.model.title,
    drawing: barDrawing(p.model, p.model.bars.map(p.valueLabel), p.tick),
    // An exported image cannot be clicked: its note says where the checks are instead.
    notes: [p.model.note, p.checkNote && t('library.checkNoteExport')].filter((n): n is string => Boolean(n)),
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

import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useState } from 'react';
import { useInBatches } from '../../charts/useInBatches';
import { TakeOver } from '../../components/TakeOver';
import type { BodyFile, Catalogue, Indicator } from '../../library/types';
import { bodyListQuery, listsWhole, outlineQuery } from '../../library/load';
import { useBodyFile, useCatalogue } from '../../mine/hooks';
import { isMine } from '../../mine/queries';
import type { MyReport } from '../../mine/record';
import { useLang, useT } from '../../state/hooks';
import { useStore } from '../../state/store';
import { LibraryStatus } from '../shared/LibraryStatus';
import { useTitle } from '../shared/useTitle';
import { AcrossYears } from './AcrossYears';
import { ChooseBody } from './ChooseBody';
import { IndicatorTrend } from './IndicatorTrend';

const GROUPS = ['applications', 'outcomes', 'reviews', 'proactive', 'rates'] as const;
// Carried in / over per applicant type feed the checks across years; the series show all applicants.
const PER_COLUMN = /^applications\.carried-(in|over)\.(?!all$)/;

/** Until the app's first view has committed (LibraryShell says so): its render is a transition, in slices. */
let starting = true;
export const appStarted = () => {
  starting = false;
};

/** One body's reports over the years: every standard indicator as a series, and the checks across years. */
export function TrendsPanel() {
  const asked = useStore((s) => s.view.body);
  // A body named: its own reports (its part of the tables); else, or if the library has no such body, the whole list.
  const scoped = useCatalogue(asked !== null, asked);
  const unknown = scoped.query.isFetched && scoped.settled && !scoped.data?.bodies.some((b) => b.id === asked);
  const useScoped = asked !== null && !unknown;
  // The whole list, for the default body, only where the library is small enough to list whole.
  const outline = useQuery({ ...outlineQuery(), enabled: !useScoped });
  const large = outline.data !== undefined && !listsWhole(outline.data);
  const whole = useCatalogue(!useScoped && outline.data !== undefined && !large);
  if (!useScoped && !outline.data) return <LibraryStatus query={outline} />;
  if (!useScoped && large) return <ChooseBody />;
  const { query, data, mine, settled } = useScoped ? scoped : whole;
  if (!data || !query.data) return <LibraryStatus query={query} />;
  const knows = asked !== null && data.bodies.some((b) => b.id === asked);
  // A body of the reader's own is known once storage answers: wait rather than show another body.
  if (asked !== null && !knows && !settled) return <LibraryStatus query={query} />;
  // Without a body in the URL, the body with the most years.
  const counts = new Map<string, number>();
  for (const r of data.reports) counts.set(r.body, (counts.get(r.body) ?? 0) + 1);
  const fallback = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const body = knows ? asked : fallback;
  return <BodyTrends catalogue={data} shipped={query.data} mine={mine} body={body} />;
}

function BodyTrends(p: { catalogue: Catalogue; shipped: Catalogue; mine: readonly MyReport[]; body: string }) {
  const { catalogue, body } = p;
  const t = useT();
  const lang = useLang();
  const setView = useStore((s) => s.setView);
  const file = useBodyFile(catalogue, p.shipped, p.mine, body);
  // The series render in the background once the body's years arrive (React yields to the page every few
  // milliseconds): a phone's first screen of figures was one long task of 30-50 ms at full speed. Years already
  // here as the app's first view mounts are shown in that render: they were asked for before it (main.tsx), and
  // that render is a transition React renders in slices; holding them back cost a render and a frame. Later
  // (back from a report to a body read before) they wait a render, as ever.
  // Never another body's: while a new body's years arrive, the last body's series are not shown under its name.
  // (null, not undefined: React takes an undefined initial value for none.)
  const [atMount] = useState(() => (starting ? (file.data ?? null) : null));
  const deferred = useDeferredValue(file.data ?? null, atMount);
  const shown = deferred && deferred.body.id === file.data?.body.id ? deferred : undefined;
  const apartIds = new Set(file.data?.apart.map((r) => r.report));
  const apart = file.data?.apart.map((r) => r.year) ?? [];
  const drawn = catalogue.reports
    .filter((r) => r.body === body && isMine(r) && !apartIds.has(r.id))
    .map((r) => r.year)
    .sort((a, b) => a - b);
  const [groups, setGroups] = useState<readonly string[]>(GROUPS);
  const name = catalogue.bodies.find((b) => b.id === body)?.name[lang] ?? body;
  // Every body to pick from (the reader's own too), when the library is small enough to list.
  const listed = useQuery(bodyListQuery()).data;
  const choices = listed
    ? [...listed, ...catalogue.bodies.filter((b) => !listed.some((l) => l.id === b.id))]
    : catalogue.bodies;
  useTitle([t('trends.title', { body: name })]);
  return (
    <article className="space-y-4" data-view="trends" data-body={body}>
      <header>
        <h1 className="text-2xl font-bold">{t('trends.title', { body: name })}</h1>
        <p className="mt-1 text-sm">{t('trends.intro')}</p>
        {(drawn.length > 0 || apart.length > 0) && (
          <p className="mt-1 text-sm" data-testid="trends-mine">
            {drawn.length > 0 && t('trends.mineYears', { years: drawn.join(t('list.sep')) })}
            {apart.length > 0 && ` ${t('trends.apart', { years: apart.join(t('list.sep')) })}`}
          </p>
        )}
      </header>
      <div className="no-print flex flex-wrap items-end gap-4 text-sm">
        <label className="flex max-w-full flex-col gap-1">
          {t('library.body')}
          {/* A set width: sized to its widest option, a select of 700 bodies costs 200 ms of layout at 4x CPU. */}
          <select
            value={body}
            onChange={(e) => setView({ body: e.target.value })}
            className="w-[28rem] max-w-full rounded border border-[var(--border)] bg-[var(--bg)] px-2 py-1"
          >
            {choices.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name[lang]}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="flex flex-wrap items-center gap-3">
          <legend className="mb-1">{t('trends.show')}</legend>
          {GROUPS.map((g) => (
            <label key={g} className="flex items-center gap-1">
              <input
                type="checkbox"
                checked={groups.includes(g)}
                onChange={() => setGroups((cur) => (cur.includes(g) ? cur.filter((x) => x !== g) : [...cur, g]))}
                data-group={g}
              />
              {t(`trends.group.${g}`)}
            </label>
          ))}
        </fieldset>
      </div>
      {shown ? (
        <>
          <TakeOver />
          <Series
            catalogue={catalogue}
            file={shown}
            indicators={catalogue.indicators.filter((i) => groups.includes(i.group) && !PER_COLUMN.test(i.id))}
          />
        </>
      ) : (
        <LibraryStatus query={file.query} />
      )}
    </article>
  );
}

function Series({ catalogue, file, indicators }: { catalogue: Catalogue; file: BodyFile; indicators: Indicator[] }) {
  const t = useT();
  const shown = indicators.filter((i) => file.reports.some((r) => r.values[i.id] !== undefined));
  // One figure per task after the first four: two were a task of 10-28 ms, counted as blocking at 4x CPU.
  const batched = useInBatches(shown.length, 4, 1);
  // A jump from the index mounts every chart at once, so the section is where it will stay.
  const [jump, setJump] = useState<string | null>(null);
  const count = jump === null ? batched : shown.length;
  const building = count < shown.length;
  useEffect(() => {
    if (jump !== null) document.getElementById(jump)?.scrollIntoView();
  }, [jump]);
  // Each group with the charts mounted so far: the first `count` of the page, in the groups' order.
  const groups = GROUPS.flatMap((g) => {
    const all = shown.filter((i) => i.group === g);
    return all.length > 0 ? [{ group: g, all }] : [];
  }).map((g, i, list) => {
    const before = list.slice(0, i).reduce((n, x) => n + x.all.length, 0);
    return { ...g, mounted: g.all.slice(0, Math.max(0, count - before)) };
  });
  return (
    <>
      {shown.length === 0 ? (
        <p role="status">{t('trends.none')}</p>
      ) : (
        <>
          <nav aria-label={t('trends.index')} className="no-print flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {[
              ...groups.map(({ group }) => [`trends-${group}`, t(`trends.group.${group}`)]),
              ['across-title', t('trends.across')],
            ].map(([id = '', label]) => (
              <a
                key={id}
                href={`#${id}`}
                className="text-[var(--accent)] underline underline-offset-2"
                onClick={(e) => {
                  e.preventDefault();
                  setJump(id);
                  document.getElementById(id)?.scrollIntoView();
                }}
              >
                {label}
              </a>
            ))}
          </nav>
          <div aria-busy={building} data-building={building || undefined} className="space-y-6">
            {groups.map(({ group, mounted }) => {
              if (mounted.length === 0) return null;
              return (
                <section key={group} aria-labelledby={`trends-${group}`} className="space-y-3">
                  <h2 id={`trends-${group}`} className="text-lg font-semibold">
                    {t(`trends.group.${group}`)}
                  </h2>
                  <div className="grid gap-4 xl:grid-cols-2">
                    {mounted.map((i) => (
                      <IndicatorTrend key={i.id} catalogue={catalogue} file={file} indicator={i} />
                    ))}
                  </div>
                </section>
              );
            })}
          </div>
        </>
      )}
      {/* After the series, so it does not move down while they arrive. */}
      {!building && <AcrossYears catalogue={catalogue} file={file} />}
    </>
  );
}

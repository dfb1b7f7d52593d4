import type { ColumnSlot } from '../../charts/columnLayout';
import type { ChartBar } from '../../charts/model';
import type { Series } from '../../library/series';
import type { Indicator } from '../../library/types';
import type { Lang } from '../../data/schema';
import { indicatorUnit, inUnit } from './indicatorFormat';

/** Between a column's report and the fact it states, in its fact id: a click opens that report at that number. */
export const SEP = '|';

/** A body's series as the columns of a chart: a year without a value is a gap that says why, never a zero. */
export function seriesSlots(series: Series, ind: Indicator, lang: Lang): ColumnSlot[] {
  return series.years.map((y) => ({
    year: y.year,
    fromText: y.point?.fromText === true,
    gap: y.point ? null : y.state === 'no-report' ? 'no-report' : 'not-stated',
    bar: y.point
      ? ({
          key: String(y.year),
          keyLabel: String(y.year),
          series: null,
          seriesLabel: null,
          factId: `${y.report ?? ''}${SEP}${y.point.facts[0] ?? ''}`,
          value: y.point.value,
          written: String(y.point.value),
          unit: y.point.unit ?? ind.unit,
          unitLabel: indicatorUnit(inUnit(ind, y.point.unit), lang),
          approx: false,
          section: '',
          share: null,
          tags: {},
          // What the report's own checks say of this value (kept with the library's summary).
          check: y.point.check ?? 'not-checked',
          failing: [],
          together: [],
        } satisfies ChartBar)
      : null,
  }));
}

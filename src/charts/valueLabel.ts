import type { Dataset, Lang } from '../data/schema';
import { indexDataset } from '../data/selectors';
import { failNote, joinList } from '../i18n/checks';
import { formatFact, formatNumber } from '../i18n/format';
import type { Translate } from '../i18n/messages';
import type { ChartBar, ChartModel } from './model';

/** Beside a figure a check of the report does not hold for, on charts, tables and in exports. */
export const CHECK_MARK = '⚠';

/**
 * How a bar's figure reads on a chart, its table and its tooltip: as the
 * report writes it, with its stated share. Bars of one unit read with one
 * noun: the report counts the four channels all in 條, so all are "items".
 * (The ⚠ of a failing check is drawn beside it, apart.)
 */
export function barValueLabel(d: Dataset, model: ChartModel, bar: ChartBar, lang: Lang, t: Translate): string {
  const fact = indexDataset(d).factById.get(bar.factId);
  const oneNoun = model.noun === undefined && model.unit !== undefined;
  const shown = fact?.kind === 'quantity' && oneNoun ? { ...fact, noun: undefined } : fact;
  const value = shown ? formatFact(shown, d.units, lang, t) : String(bar.value);
  return bar.share ? `${value} (${formatNumber(bar.share.value, lang)}%)` : value;
}

/**
 * The chart with its labels saying what a bar counts together where the
 * filters keep less: "City (Weibo and WeChat together)" under a Weibo filter,
 * on the category when all its bars count the same, else on the bar's series.
 * The same model feeds the chart, its tooltip, table, CSV and exports.
 */
export function labelTogether(model: ChartModel, t: Translate): ChartModel {
  if (!model.bars.some((b) => b.together.length > 0)) return model;
  const phrase = (b: ChartBar) =>
    joinList(
      b.together.map((v) => v.label),
      t,
    );
  const onCategory = new Map<string, string>();
  for (const c of model.categories) {
    const phrases = new Set(model.bars.filter((b) => b.key === c.key).map(phrase));
    const [only] = phrases;
    if (phrases.size === 1 && only) onCategory.set(c.key, t('chart.together', { value: c.label, values: only }));
  }
  return {
    ...model,
    categories: model.categories.map((c) => ({ ...c, label: onCategory.get(c.key) ?? c.label })),
    bars: model.bars.map((b) => {
      const category = onCategory.get(b.key);
      if (category) return { ...b, keyLabel: category };
      return b.together.length > 0 && b.seriesLabel
        ? { ...b, seriesLabel: t('chart.together', { value: b.seriesLabel, values: phrase(b) }) }
        : b;
    }),
  };
}

/** The checks of a bar's figure that do not hold, one line each (its tooltip, and what its mark stands for). */
export function barCheckNotes(d: Dataset, bar: ChartBar, lang: Lang, t: Translate): string[] {
  return bar.failing.map((r) => failNote(r, d, lang, t));
}

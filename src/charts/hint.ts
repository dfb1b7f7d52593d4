import type { MessageKey } from '../i18n/messages';

/** The input that showed a bar: a tooltip's hint names it (click, Enter, tap). */
export type Input = 'pointer' | 'keyboard' | 'touch';

/** What the reader's input does to the bar: select it, or clear it once selected. */
export function selectHint(how: Input, selected: boolean): MessageKey {
  if (selected) return `chart.hint.selected.${how}`;
  return how === 'pointer' ? 'chart.selectHint' : `chart.hint.select.${how}`;
}

/** A trends column opens its report. */
export const openHint = (how: Input): MessageKey => (how === 'pointer' ? 'trends.openHint' : `trends.openHint.${how}`);

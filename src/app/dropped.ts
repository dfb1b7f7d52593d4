import type { ViewState } from '../data/url';
import { DIMENSIONS } from '../data/vocab';
import type { Translate } from '../i18n/messages';

/** What sanitizing removed from a view, in words: `Channel “pigeon”, Area “nowhere”`; empty when nothing. */
export function droppedFromView(before: ViewState, after: ViewState, t: Translate): string {
  const items: string[] = [];
  for (const dim of DIMENSIONS)
    for (const id of before[dim]) if (!after[dim].includes(id)) items.push(`${t(`dim.${dim}`)} “${id}”`);
  if (before.area && !after.area) items.push(`${t('dim.area')} “${before.area}”`);
  if (before.fact && !after.fact) items.push(`“${before.fact}”`);
  return items.join(', ');
}

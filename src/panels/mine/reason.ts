import type { Lang } from '../../data/schema';
import { formatMessage } from '../../i18n/formatMessage';
import { noteText } from '../../i18n/noteText';
import type { Translate } from '../../i18n/messages';
import type { Reason } from '../../mine/run';

/**
 * Why a file was not imported (or what to decide), in the reader's language; `detail` is what the importer says,
 * in the reader's language too (`english`: a message with no id, as an error thrown or stored before ids).
 */
export function reasonText(t: Translate, lang: Lang, r: Reason): { text: string; detail?: string; english?: boolean } {
  switch (r.code) {
    case 'too-large':
      return { text: t('error.too-large', { max: r.max }) };
    case 'archive':
      return r.refused.code === 'ratio'
        ? { text: t('mine.reason.ratio', { entry: r.refused.entry, ratio: r.refused.ratio }) }
        : { text: t(`mine.reason.${r.refused.code}`, { max: r.refused.max }) };
    case 'zip-broken':
      return { text: t('mine.reason.zipBroken'), detail: r.message, english: true };
    case 'format':
      return { text: formatMessage(t, r.format) };
    case 'import':
      return r.note
        ? {
            text: t('mine.reason.import'),
            detail: [r.note, ...(r.details ?? [])].map((n) => noteText(t, lang, n)).join(' '),
          }
        : { text: t('mine.reason.import'), detail: r.message, english: true };
    case 'restore':
      return { text: t('mine.reason.restore'), detail: r.message, english: true };
    case 'storage':
      return { text: t('mine.reason.storage') };
    case 'same-file':
      return { text: t('mine.reason.sameFile', { id: r.id }) };
    case 'same-report':
      return { text: t('mine.reason.sameReport', { id: r.id }) };
  }
}

/** "about 2 min left", "about 40 s left". */
export function timeLeft(t: Translate, ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000));
  return s < 90 ? t('mine.leftSeconds', { n: s }) : t('mine.leftMinutes', { n: Math.round(s / 60) });
}

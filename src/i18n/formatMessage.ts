import type { FormatRefusal } from '../import/doc';
import type { MessageKey, Translate } from './messages';

/** A file of a format the importer cannot read, named in the reader's language with what to do. */
export function formatMessage(t: Translate, f: FormatRefusal): string {
  switch (f.code) {
    case 'save':
      return t('error.format.save', { what: t(`format.${f.what}` satisfies MessageKey) });
    case 'image':
      return t('error.format.image', { image: f.image });
    default:
      return t(`error.format.${f.code}` satisfies MessageKey);
  }
}

import type { Lang } from '../data/schema';
import type { MessageKey } from '../i18n/messages';

/** The console's example queries; titles and labels in the reader's language where the tables have them. */
export interface Example {
  title: MessageKey;
  sql: string;
}

const column = (lang: Lang) => (lang === 'en' ? 'en' : lang === 'zh-Hant' ? 'zh_hant' : 'zh_hans');

export function examples(lang: Lang): Example[] {
  const l = column(lang);
  return [
    {
      title: 'query.ex.reports',
      sql: `SELECT report_id, year, format, title_${l} AS title, checks, checks_failing\nFROM reports\nORDER BY year DESC, report_id`,
    },
    {
      title: 'query.ex.series',
      sql: `SELECT body_id, year, value, from_text, "check"\nFROM cells\nWHERE indicator = 'applications.new.all'\nORDER BY body_id, year`,
    },
    {
      title: 'query.ex.failing',
      sql: `SELECT report_id, check_id, label_${l} AS label, stated, computed, difference\nFROM checks\nWHERE verdict = 'fails'\nORDER BY report_id, check_id`,
    },
    {
      title: 'query.ex.blank',
      sql: `SELECT report_id, count(*) AS blank_cells\nFROM cells\nWHERE value IS NULL\nGROUP BY report_id\nORDER BY blank_cells DESC, report_id`,
    },
    {
      title: 'query.ex.text',
      sql: `SELECT report_id, indicator, value, unit, quote_start, quote_end\nFROM cells\nWHERE from_text AND indicator IS NOT NULL\nORDER BY report_id, indicator`,
    },
  ];
}

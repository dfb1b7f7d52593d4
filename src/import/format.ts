import type { TableFact } from './context';
import { PROACTIVE_IDS_2019 } from './tables2019';
import { PROACTIVE_IDS_2021 } from './tables2021';

/**
 * Which format the report follows: 2021 or 2019 when a cell only that format
 * has was read, else what the text cites (国办公开办函〔2021〕30号 / 〔2019〕60号),
 * else the year (2019 and 2020 used the 2019 format); 'free' without standard tables.
 */

const ONLY_2021 = new Set(PROACTIVE_IDS_2021.filter((id) => !PROACTIVE_IDS_2019.includes(id)));
const ONLY_2019 = new Set(PROACTIVE_IDS_2019.filter((id) => !PROACTIVE_IDS_2021.includes(id)));

export function formatOf(
  facts: readonly TableFact[],
  text: string,
  year: number | undefined,
): 'free' | '2019' | '2021' {
  const standard = facts.filter((f) => f.area !== 'old-statistics');
  if (standard.length === 0) return 'free';
  if (standard.some((f) => ONLY_2021.has(f.id) || /^applications\.other\.[a-z-]+\.[a-z-]+$/.test(f.id))) return '2021';
  if (standard.some((f) => ONLY_2019.has(f.id))) return '2019';
  if (/〔2021〕\s*30\s*号/.test(text)) return '2021';
  if (/〔2019〕\s*60\s*号/.test(text)) return '2019';
  return year !== undefined && year <= 2020 ? '2019' : '2021';
}

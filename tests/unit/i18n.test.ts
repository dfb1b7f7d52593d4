import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { zhHansSource } from '../../scripts/build-locales';
import { enAll as en } from '../../src/i18n/en-all';
import { formatAmount, formatDate, formatFact, formatTick, plainUnit, plainValue } from '../../src/i18n/format';
import { detectLang, makeTranslate } from '../../src/i18n/messages';
import { zhHant } from '../../src/i18n/zh-Hant';
import { zhHans } from '../../src/i18n/zh-Hans';
import { chineseNumber, formatSection, formatSections } from '../../src/i18n/sections';
import { dataset } from './helpers';

const fact = (id: string) => {
  const f = dataset.facts.find((x) => x.id === id);
  if (!f) throw new Error(id);
  return f;
};
const t = { en: makeTranslate(en), 'zh-Hant': makeTranslate(zhHant), 'zh-Hans': makeTranslate(zhHans) } as const;

describe('locales', () => {
  it('zh-Hans is exactly what src/i18n/hans.ts makes of zh-Hant (regenerate with npm run locales)', () => {
    expect(readFileSync(new URL('../../src/i18n/zh-Hans.ts', import.meta.url), 'utf8')).toBe(zhHansSource());
  });

  it('uses mainland wording for Simplified (默认, 网络), not character-by-character conversion', () => {
    expect(zhHans['data.default']).toBe('返回默认报告');
    expect(zhHans['error.network']).toContain('网络');
  });

  it('has every key in every language, and no empty string', () => {
    expect(Object.keys(zhHant).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(zhHans).sort()).toEqual(Object.keys(en).sort());
    for (const m of [en, zhHant, zhHans] as Record<string, string>[])
      expect(
        Object.entries(m)
          .filter(([, v]) => v.trim() === '')
          .map(([k]) => k),
      ).toEqual([]);
  });

  it('follows the browser: zh-TW/HK to Traditional, other Chinese to Simplified, else English', () => {
    expect(detectLang(['zh-TW', 'en'])).toBe('zh-Hant');
    expect(detectLang(['zh-HK'])).toBe('zh-Hant');
    expect(detectLang(['zh-Hant-MO'])).toBe('zh-Hant');
    expect(detectLang(['zh-CN'])).toBe('zh-Hans');
    expect(detectLang(['zh'])).toBe('zh-Hans');
    expect(detectLang(['fr-FR', 'de'])).toBe('en');
    expect(detectLang([])).toBe('en');
  });

  it('fills parameters and English plurals', () => {
    expect(t.en('overview.areaFigures', { n: 1 })).toBe('1 figure');
    expect(t.en('overview.areaFigures', { n: 3 })).toBe('3 figures');
    expect(t['zh-Hant']('overview.areaFigures', { n: 3 })).toBe('3 項數據');
  });
});

describe('number formats follow the language', () => {
  it('writes counts with grouping and the unit', () => {
    expect(formatFact(fact('proactive-total'), dataset.units, 'en', t.en)).toBe('467,328 items');
    expect(formatFact(fact('proactive-total'), dataset.units, 'zh-Hant', t['zh-Hant'])).toBe('467,328條');
    expect(formatFact(fact('proactive-total'), dataset.units, 'zh-Hans', t['zh-Hans'])).toBe('467,328条');
  });

  it('keeps 萬 in Chinese and spells the plain number in English', () => {
    const f = fact('reading-visits-service-centres');
    expect(formatFact(f, dataset.units, 'zh-Hans', t['zh-Hans'])).toBe('55.58万人次');
    expect(formatFact(f, dataset.units, 'en', t.en)).toBe('555,800 visits');
    expect(plainValue(55.58, '萬人次', dataset.units)).toBe(555800);
  });

  it('an axis in 萬人次 says so on its last tick; the unit of a plain number leaves the 萬 in the number', () => {
    const ticks = (lang: 'zh-Hans' | 'zh-Hant' | 'en') =>
      [0, 200000, 400000, 600000].map((v) => formatTick(v, '萬人次', dataset.units, lang, 600000));
    expect(ticks('zh-Hans')).toEqual(['0', '20', '40', '60万人次']);
    expect(ticks('zh-Hant')).toEqual(['0', '20', '40', '60萬人次']);
    expect(ticks('en')).toEqual(['0', '200k', '400k', '600k']);
    expect(plainUnit('萬人次', dataset.units, 'zh-Hans')).toBe('人次');
    expect(plainUnit('條', dataset.units, 'zh-Hans')).toBe('条');
    expect(plainUnit('萬人次', dataset.units, 'en')).toBe('visits');
  });

  it('says approximate figures the way the report does', () => {
    expect(formatFact(fact('food-drug-items'), dataset.units, 'zh-Hant', t['zh-Hant'])).toBe('7,000餘條');
    expect(formatFact(fact('food-drug-items'), dataset.units, 'en', t.en)).toBe('more than 7,000 records');
    expect(formatFact(fact('hr-platform-uses'), dataset.units, 'zh-Hans', t['zh-Hans'])).toBe('突破760万人次');
    expect(formatFact(fact('hr-platform-uses'), dataset.units, 'en', t.en)).toBe('over 7,600,000 visits');
  });

  it('formats dates and percentages', () => {
    expect(formatDate('2018-06-30', 'en')).toBe('30 June 2018');
    expect(formatDate('2018-06-30', 'zh-Hant')).toBe('2018年6月30日');
    expect(formatAmount(45.2, '%', dataset.units, 'en')).toBe('45.2%');
    expect(formatFact(fact('finance-ecology-rank'), dataset.units, 'en', t.en)).toBe('No. 1');
  });
});

describe('formatNumber', () => {
  it('groups thousands and rounds to the digits asked for', async () => {
    const { formatNumber } = await import('../../src/i18n/format');
    expect(formatNumber(467328, 'en')).toBe('467,328');
    expect(formatNumber(1234567.891, 'zh-Hant')).toBe('1,234,567.89');
    expect(formatNumber(0.4170609, 'en', 4)).toBe('0.4171');
    expect(formatNumber(-2000, 'en')).toBe('-2,000');
    expect(formatNumber(999.999, 'en')).toBe('1,000');
    expect(formatNumber(0.1 + 0.2, 'en')).toBe('0.3');
    expect(formatNumber(-0.001, 'en')).toBe('0');
    expect(formatNumber(555800, 'zh-Hans')).toBe('555,800');
  });
});

describe('English reads each figure with its own noun', () => {
  const say = (id: string) => formatFact(fact(id), dataset.units, 'en', t.en);

  it('names what is counted, not the Chinese measure word', () => {
    expect(say('hotlines-merged')).toBe('23 hotlines');
    expect(say('weibo-posts-city')).toBe('21,818 posts');
    expect(say('wechat-posts-city')).toBe('9,044 posts');
    // 通過政務微信公開信息10309條: information disclosed on WeChat, items like every channel's.
    expect(say('channel-wechat')).toBe('10,309 items');
    expect(say('poverty-villages')).toBe('86 villages');
    expect(say('env-water-stations')).toBe('13 stations');
    expect(say('weibo-accounts-closed')).toBe('5 accounts');
    expect(say('hotline-rules')).toBe('15 rules');
  });

  it('is singular for one', () => {
    expect(say('interviews-integrity')).toBe('1 episode');
    expect(say('catalogue-sets')).toBe('1 set');
    expect(say('pilot-duration')).toBe('more than 1 year');
    expect(say('sites-city-portal')).toBe('1 website');
  });

  it('every English count carries a word after its number', () => {
    const bare = dataset.facts.filter(
      (f) => f.kind === 'quantity' && !f.ordinal && f.unit !== '%' && !/\d [a-z]/.test(say(f.id)),
    );
    expect(bare.map((f) => `${f.id}: ${say(f.id)}`)).toEqual([]);
  });

  it('the chart summary and counts agree in number', () => {
    const tr = makeTranslate(en);
    expect(tr('chart.summary', { title: 'T', n: 1, maxLabel: 'a', maxValue: '1' })).toBe(
      'T: 1 value; the largest is a at 1.',
    );
    expect(tr('checks.listItems', { n: 1 })).toBe('1 item named');
  });
});

describe('section paths as each language reads them', () => {
  it('English uses parts in Roman numerals and keeps numbers as digits', () => {
    expect(formatSection('前言', 'en')).toBe('Preface');
    expect(formatSection('二', 'en')).toBe('Part II');
    expect(formatSection('一(一)5', 'en')).toBe('Part I(1)5');
    expect(formatSection('二(四)', 'en')).toBe('Part II(4)');
    expect(formatSection('十二（十一）3', 'en')).toBe('Part XII(11)3');
    expect(formatSections(['前言', '二'], 'en')).toBe('Preface, Part II');
  });

  it('Chinese cites a part as 第二部分, its sub-sections in full-width brackets, never a bare numeral', () => {
    expect(formatSection('一(一)5', 'zh-Hans')).toBe('第一部分（一）5');
    expect(formatSection('二(四)', 'zh-Hant')).toBe('第二部分（四）');
    expect(formatSection('十二（十一）3', 'zh-Hans')).toBe('第十二部分（十一）3');
    // A numbered item inside an item keeps its brackets paired: （二）2（2）, never 2(2）.
    expect(formatSection('一(二)2(2)', 'zh-Hans')).toBe('第一部分（二）2（2）');
    expect(formatSections(['前言', '二'], 'zh-Hant')).toBe('前言、第二部分');
  });

  it('reads Chinese numerals', () => {
    expect([chineseNumber('一'), chineseNumber('十'), chineseNumber('十二'), chineseNumber('二十三')]).toEqual([
      1, 10, 12, 23,
    ]);
    expect(chineseNumber('abc')).toBeNull();
  });
});

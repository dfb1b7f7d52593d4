import { describe, expect, it } from 'vitest';
import { findDrafts } from '../../../src/import/drafts';
import { textToDoc } from '../../../src/import/text';

const drafts = (text: string) => {
  const d = textToDoc(text);
  return findDrafts(d).drafts.map((x) => ({
    written: d.text.slice(x.written.start, x.written.end),
    value: x.kind === 'date' ? x.date : x.value,
    unit: x.unit,
    approx: x.approx,
    section: x.section,
  }));
};
const written = (text: string) => drafts(text).map((d) => d.written);

describe('findDrafts', () => {
  it('finds each figure with its unit, value and section', () => {
    expect(drafts('一、概述\n（一）公开。全年主动公开政府信息2,645条，发布１２期，召开新闻发布会十二场。')).toEqual([
      { written: '2,645条', value: 2645, unit: '条', approx: undefined, section: '一(一)' },
      { written: '１２期', value: 12, unit: '期', approx: undefined, section: '一(一)' },
      { written: '十二场', value: 12, unit: '场', approx: undefined, section: '一(一)' },
    ]);
  });

  it('reads approximations, percentages, spaced figures and 万-units', () => {
    expect(drafts('推送7000余条，使用量突破760万人次，占 4.93 %，发放1000份余，公开 23 件。')).toMatchObject([
      { written: '7000余条', value: 7000, approx: 'more-than' },
      { written: '突破760万人次', value: 760, unit: '万人次', approx: 'exceeds' },
      { written: '4.93 %', value: 4.93, unit: '%' },
      { written: '1000份余', value: 1000, approx: 'more-than' },
      { written: '23 件', value: 23, unit: '件' },
    ]);
  });

  it('reads full dates as dates, Arabic or Chinese', () => {
    expect(drafts('统计期为2018年1月1日至2018年12月31日。\n二○一二年二月二十日')).toMatchObject([
      { written: '2018年1月1日', value: '2018-01-01' },
      { written: '2018年12月31日', value: '2018-12-31' },
      { written: '二○一二年二月二十日', value: '2012-02-20' },
    ]);
  });

  it('leaves years, partial dates, document numbers, phones, addresses, ordinals, names and numbering alone', () => {
    const text = [
      '一、2021年，依据《条例》（国令第711号）和〔2021〕30号，于10月29日上线，电话0591-23165370，邮编：350400，地址14层。',
      '（二）“最多跑一次”改革，“12345”热线，第一时间，十九大，一是加强，第十四个五年规划和二〇三五年远景目标，统一平台，H5作品。',
    ].join('\n');
    expect(written(text)).toEqual([]);
    const { skipped } = findDrafts(textToDoc(text));
    expect(new Set(skipped.map((s) => s.reason))).toEqual(
      new Set(['numbering', 'year', 'ordinal', 'date', 'code', 'name']),
    );
    expect(skipped.map((s) => s.text)).toEqual(
      expect.arrayContaining(['一、', '2021年', '0591-23165370', '10月29日', '“最多跑一次”']),
    );
  });

  it('leaves a measure word said twice around a verb alone (一级抓一级), not two figures said in turn', () => {
    expect(written('形成一级抓一级、一級帶一級的格局，一年一度开展检查。受理一件，办结一件。')).toEqual([
      '一件',
      '一件',
    ]);
  });

  it('quotes the figure’s sentence and labels it with the words before it', () => {
    const d = textToDoc('（一）主动公开方面。全年主动公开政府信息2645条，主要通过网站公开。组织4次检查。');
    const [a, b] = findDrafts(d).drafts;
    expect(d.text.slice(a!.quote.start, a!.quote.end)).toBe('全年主动公开政府信息2645条，主要通过网站公开。');
    expect(a!.label).toBe('全年主动公开政府信息');
    expect(d.text.slice(b!.quote.start, b!.quote.end)).toBe('组织4次检查。');
    expect(b!.label).toBe('组织4次检查');
  });
});

import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW, parseView, sameOriginPath, sanitizeView, serializeView } from '../../src/data/url';
import { indexDataset } from '../../src/data/selectors';
import { dataset } from './helpers';

const ORIGIN = 'https://dash.example';
const parse = (s: string) => parseView(s, ORIGIN);

describe('URL state', () => {
  it('reads every parameter of the contract', () => {
    expect(
      parse(
        '?lang=zh-Hans&area=new-media&channel=weibo,wechat&category=finance&level=city&fact=channel-weibo&select=channel:weibo&data=/data/x.json',
      ),
    ).toEqual({
      lang: 'zh-Hans',
      view: null,
      body: null,
      year: null,
      indicator: null,
      sort: null,
      only: [],
      q: null,
      region: null,
      sql: null,
      area: 'new-media',
      channel: ['weibo', 'wechat'],
      category: ['finance'],
      level: ['city'],
      applicant: [],
      outcome: [],
      fact: 'channel-weibo',
      select: { dimension: 'channel', id: 'weibo' },
      data: '/data/x.json',
    });
  });

  it('reads the review board’s sort and filters, and writes them back in order', () => {
    const v = parse('?view=review&only=findings,mine,<x>&sort=errors.asc');
    expect(v).toMatchObject({ view: 'review', sort: 'errors.asc', only: ['findings', 'mine'] });
    expect(serializeView(v)).toBe('?view=review&sort=errors.asc&only=findings,mine');
    expect(parse('?view=review&sort=<script>').sort).toBeNull();
  });

  it('keeps the library’s search as typed, in any script, and drops a control character or an empty one', () => {
    const v = parse('?view=library&q=%E5%B9%B3%E6%BD%AD2020&sort=new&only=2019');
    expect(v).toMatchObject({ view: 'library', q: '平潭2020', sort: 'new', only: ['2019'] });
    expect(parse(serializeView(v).slice(1))).toEqual(v);
    expect(parse('?q=%20hongze%202024%20').q).toBe('hongze 2024');
    for (const junk of ['?q=', '?q=%20%20', '?q=a%00b']) expect(parse(junk).q, junk).toBeNull();
    expect(parse(`?q=${'x'.repeat(300)}`).q).toHaveLength(100);
  });

  it('keeps the console’s query with its lines, and drops one with other control characters', () => {
    const sql = "SELECT year, value\nFROM cells\n\tWHERE body_id = 'pingtan' -- 平潭";
    const v = parse(`?view=query&sql=${encodeURIComponent(sql)}`);
    expect(v).toMatchObject({ view: 'query', sql });
    expect(parse(serializeView(v).slice(1))).toEqual(v);
    for (const junk of ['?sql=', '?sql=%20%0A', '?sql=SELECT%001']) expect(parse(junk).sql, junk).toBeNull();
    expect(parse(`?sql=${'x'.repeat(5000)}`).sql).toHaveLength(4000);
    expect(parse('?view=data').view).toBe('data');
  });

  it('reads the library views and drops junk in them', () => {
    expect(parse('?view=trends&body=pingtan&indicator=applications.new.all')).toMatchObject({
      view: 'trends',
      body: 'pingtan',
      indicator: 'applications.new.all',
    });
    expect(parse('?view=compare&year=2021').year).toBe(2021);
    for (const junk of ['?view=secret', '?year=21', '?year=abcd', '?year=3000', '?body=<x>'])
      expect(parse(junk), junk).toMatchObject({ view: null, year: null, body: null });
    expect(serializeView({ ...EMPTY_VIEW, view: 'compare', year: 2021, indicator: 'review.total' })).toBe(
      '?view=compare&year=2021&indicator=review.total',
    );
  });

  it('reads a selection of a value or a figure, and drops a malformed one', () => {
    expect(parse('?select=fact:channel-weibo').select).toEqual({ dimension: 'fact', id: 'channel-weibo' });
    for (const junk of [
      '?select=weibo',
      '?select=colour:red',
      '?select=channel:',
      '?select=channel:a:b',
      '?select=channel:<x>',
    ])
      expect(parse(junk).select, junk).toBeNull();
    expect(serializeView({ ...EMPTY_VIEW, select: { dimension: 'level', id: 'city' } })).toBe('?select=level:city');
  });

  it('round-trips through serialize', () => {
    const v = {
      ...EMPTY_VIEW,
      lang: 'en' as const,
      area: 'hotline',
      channel: ['weibo', 'wechat'],
      fact: 'hotline-rules',
    };
    expect(parse(serializeView(v))).toEqual(v);
    expect(serializeView(v)).toBe('?lang=en&area=hotline&channel=weibo,wechat&fact=hotline-rules');
  });

  it('drops junk instead of throwing', () => {
    expect(
      parse('?lang=fr&area=<script>&channel=,,WEIBO,we%20chat,ok&level=%E0%A4%A&fact=javascript:alert(1)'),
    ).toEqual({
      ...EMPTY_VIEW,
      channel: ['ok'],
    });
  });

  it('merges repeated list parameters and keeps the first valid single one', () => {
    expect(parse('?channel=weibo&channel=wechat,weibo&area=Bad!&area=poverty&lang=xx&lang=en')).toMatchObject({
      channel: ['weibo', 'wechat'],
      area: 'poverty',
      lang: 'en',
    });
  });

  it('caps a flood of ids', () => {
    const many = Array.from({ length: 500 }, (_, i) => `c${i}`).join(',');
    expect(parse(`?channel=${many}`).channel).toHaveLength(20);
  });

  it('keeps only same-origin dataset paths', () => {
    expect(sameOriginPath('/data/other.json', ORIGIN)).toBe('/data/other.json');
    expect(sameOriginPath('data/other.json?v=2', ORIGIN)).toBe('/data/other.json?v=2');
    expect(sameOriginPath('https://dash.example/d.json', ORIGIN)).toBe('/d.json');
    expect(sameOriginPath('https://evil.example/d.json', ORIGIN)).toBeNull();
    expect(sameOriginPath('//evil.example/d.json', ORIGIN)).toBeNull();
    expect(sameOriginPath('javascript:alert(1)', ORIGIN)).toBeNull();
    expect(sameOriginPath('data:application/json,{}', ORIGIN)).toBeNull();
    expect(sameOriginPath('\\\\evil.example\\d.json', ORIGIN)).toBeNull();
  });

  it('drops ids the dataset does not know, and keeps the checks view', () => {
    const known = indexDataset(dataset).known;
    const v = { ...EMPTY_VIEW, area: 'nowhere', channel: ['weibo', 'pigeon'], level: ['city'], fact: 'nope' };
    expect(sanitizeView(v, known)).toEqual({ ...EMPTY_VIEW, channel: ['weibo'], level: ['city'] });
    expect(sanitizeView({ ...EMPTY_VIEW, area: 'checks' }, known).area).toBe('checks');
  });
});

import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildChartModel } from '../../src/charts/model';
import type { Filters } from '../../src/data/selectors';
import { NO_FILTERS } from '../../src/data/url';
import { chartCsv, factsCsv } from '../../src/export/chart';
import { csvBlob, csvText } from '../../src/export/csv';
import { exportName } from '../../src/export/name';
import { wrapText } from '../../src/charts/text';
import { zipBlob } from '../../src/export/zip';
import { dataset } from './helpers';

const none: Filters = NO_FILTERS;
const bytes = async (b: Blob) => new Uint8Array(await b.arrayBuffer());
const text = async (b: Blob) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await bytes(b));

describe('CSV', () => {
  it('quotes what needs quoting and leaves numbers bare', () => {
    expect(csvText([['a,b', 'say "hi"', 'line\nbreak', 12.5, null, true]])).toBe(
      '"a,b","say ""hi""","line\nbreak",12.5,,true\r\n',
    );
  });

  it('defuses spreadsheet formulas in text cells', () => {
    expect(csvText([['=SUM(A1)', '-3', '+1', '@x', -3]])).toBe("'=SUM(A1),'-3,'+1,'@x,-3\r\n");
  });

  it('starts with a UTF-8 byte-order mark so Excel reads Chinese', async () => {
    const b = csvBlob([['瀘州']]);
    expect([...(await bytes(b)).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(b.type).toBe('text/csv;charset=utf-8');
  });

  const ctx = {
    reportId: 'luzhou-2018',
    report: 'Report',
    url: 'http://x/?a=1',
    filters: 'Level: District',
    retrieved: '2026-11-27',
  };

  it('exports a chart’s bars under a header of ids that is the same in every language', async () => {
    const g = dataset.groupings.find((x) => x.id === 'posts-by-level')!;
    const lines = async (lang: 'en' | 'zh-Hans' | 'zh-Hant') =>
      (await text(chartCsv(buildChartModel(g, dataset, { ...none, level: ['district'] }, lang), ctx)))
        .slice(1)
        .trimEnd()
        .split('\r\n');
    const [en, hans, hant] = [await lines('en'), await lines('zh-Hans'), await lines('zh-Hant')];
    expect(en[0]).toBe(
      'category_id,category,series_id,series,value,unit,written,share_stated_pct,approximate,section,fact_id,report_id,report,view_url,filters,retrieved,counted_together,check,unit_as_written',
    );
    expect(hans[0]).toBe(en[0]);
    expect(hant[0]).toBe(en[0]);
    expect(en.slice(1)).toEqual([
      // Both are parts of a sum the report's own totals break (city + district ≠ the channel's total).
      'weibo,Weibo,district,District “Release”,4987,posts,4987條,,false,Part II(4),weibo-posts-district,luzhou-2018,Report,http://x/?a=1,Level: District,2026-11-27,,does-not-hold,條',
      'wechat,WeChat,district,District “Release”,1264,posts,1264條,,false,Part II(4),wechat-posts-district,luzhou-2018,Report,http://x/?a=1,Level: District,2026-11-27,,does-not-hold,條',
    ]);
    expect(hans[1]).toContain('weibo,政务微博,district,');
    // The unit in the export's script (条 in a Simplified file), the report's own at the end.
    expect(hans[1]).toContain(',4987,条,4987條,');
    expect(hant[1]).toContain(',4987,條,4987條,');
  });

  it('says in a row when a figure counts together more than the filters keep', async () => {
    const g = dataset.groupings.find((x) => x.id === 'accounts-by-level')!;
    const rows = (await text(chartCsv(buildChartModel(g, dataset, { ...none, channel: ['weibo'] }, 'en'), ctx)))
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split(',').at(-3)).toBe('weibo wechat');
  });

  it('exports a panel’s facts with their quotes and plain values', async () => {
    const facts = dataset.facts.filter((f) => f.id === 'hr-platform-uses' || f.id === 'hotline-merge-date');
    const out = (await text(factsCsv(facts, 'en', dataset, ctx))).slice(1).trimEnd().split('\r\n');
    expect(out[0]).toBe(
      'fact_id,label,value,unit,written,approximate,section,section_source,quote,offset,channel,category,level,applicant,outcome,report_id,report,view_url,filters,retrieved,check,review,unit_as_written,computed_from',
    );
    // 7,600,000 visits: the plain number's unit; the report's 萬人次 (of 760) at the end.
    expect(out[1]).toMatch(
      /^hr-platform-uses,Uses of the “Smart Luzhou HR” platform,7600000,visits,突破760萬人次,exceeds,Part I\(1\)5,一\(一\)5,全年使用量突破760萬人次,\d+,,,,,,luzhou-2018,.*,not-checked,,萬人次,$/,
    );
    const hans = (await text(factsCsv(facts, 'zh-Hans', dataset, ctx))).slice(1).trimEnd().split('\r\n');
    expect(hans[1]).toContain(',7600000,人次,突破760萬人次,');
    expect(out[2]).toContain(
      'hotline-merge-date,Hotlines merged into the 12345 mayor’s hotline,2018-06-30,,2018年6月30日,,',
    );
  });
});

describe('file names and text layout', () => {
  it('names a file by dataset, chart and filters', () => {
    expect(exportName(['luzhou-2018', 'posts-by-level', 'channel-weibo'], 'png')).toBe(
      'luzhou-2018-posts-by-level-channel-weibo.png',
    );
    expect(exportName(['A B', '<x>', null], 'svg', '@3x')).toBe('a-b-x@3x.svg');
  });

  it('wraps Latin at spaces and CJK anywhere', () => {
    expect(wrapText('one two three four', 80, 12)).toEqual(['one two', 'three four']);
    expect(wrapText('主動公開政府信息按類別', 48, 12)).toEqual(['主動公開', '政府信息', '按類別']);
    expect(wrapText('', 100, 12)).toEqual([]);
  });

  it('never breaks an English word at its apostrophe (report’s), at any width', () => {
    const note = 'A check does not hold for a marked value (see that report’s Checks in the dashboard).';
    for (let width = 60; width <= 400; width += 7)
      for (const line of wrapText(note, width, 12)) expect(line, String(width)).not.toMatch(/^’|\s’/);
    expect(wrapText('that report’s Checks', 70, 12).join('|')).toContain('report’s');
  });
});

describe('ZIP', () => {
  it('bundles files that unzip to the same bytes', async () => {
    const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])]);
    const zip = await zipBlob([
      { name: 'a.png', blob: png },
      { name: 'facts.csv', blob: csvBlob([['x', 1]]) },
    ]);
    const files = unzipSync(await bytes(zip));
    expect(Object.keys(files)).toEqual(['a.png', 'facts.csv']);
    expect([...files['a.png']!]).toEqual([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(files['facts.csv'])).toBe('\uFEFFx,1\r\n');
  });
});

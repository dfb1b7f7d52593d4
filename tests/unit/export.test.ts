import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildChartModel } from '../../src/charts/model';
import type { Filters } from '../../src/data/selectors';
import { chartCsv, factsCsv } from '../../src/export/chart';
import { csvBlob, csvText } from '../../src/export/csv';
import { exportName } from '../../src/export/name';
import { wrapText } from '../../src/export/svg';
import { zipBlob } from '../../src/export/zip';
import { dataset } from './helpers';

const none: Filters = { channel: [], category: [], level: [] };
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

  it('exports a chart’s bars with a header in the reader’s language', async () => {
    const g = dataset.groupings.find((x) => x.id === 'posts-by-level')!;
    const model = buildChartModel(g, dataset, { ...none, level: ['district'] }, 'en');
    const headers = {
      label: 'L',
      series: 'S',
      value: 'V',
      unit: 'U',
      written: 'W',
      share: 'P',
      approx: 'A',
      section: 'Sec',
      fact: 'F',
    };
    const rows = (await text(chartCsv(model, headers))).slice(1).trimEnd().split('\r\n');
    expect(rows).toEqual([
      'L,S,V,U,W,P,A,Sec,F',
      'Weibo,District “Release”,4987,條,4987條,,false,Part II(4),weibo-posts-district',
      'WeChat,District “Release”,1264,條,1264條,,false,Part II(4),wechat-posts-district',
    ]);
  });

  it('exports a panel’s facts with their quotes and plain values', async () => {
    const facts = dataset.facts.filter((f) => f.id === 'hr-platform-uses' || f.id === 'hotline-merge-date');
    const headers = { fact: 'id', value: 'value', written: 'written', approx: 'approx', quote: 'quote' } as const;
    const out = await text(factsCsv(facts, 'en', headers as never, dataset));
    expect(out.slice(1).trimEnd().split('\r\n')).toEqual([
      'id,value,written,approx,quote',
      'hr-platform-uses,7600000,突破760萬人次,exceeds,全年使用量突破760萬人次',
      'hotline-merge-date,2018-06-30,2018年6月30日,,2018年6月30日,將全市除應急救援以外的 23 條熱線統一整合到12345 市長熱線'.replace(
        /2018年6月30日,將(.*)$/,
        '"2018年6月30日,將$1"',
      ),
    ]);
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

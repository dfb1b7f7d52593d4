import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BODIES, REPORTS } from '../../../reports/library';
import { assemble } from '../../../scripts/library/assemble';
import { buildLibrary, DIRS, writeLibrary } from '../../../scripts/library/build';
import { readReport, type ReadReport } from '../../../scripts/library/read';
import { parseDataset } from '../../../src/data/parse';
import { INDICATORS } from '../../../src/library/indicators';
import { catalogue, dataset, library } from './fixtures';

const T = 120_000;

describe('the library build', () => {
  it(
    'lists every library report in a catalogue that validates',
    async () => {
      const c = await catalogue();
      expect(c.reports).toHaveLength(REPORTS.length);
      expect(c.reports.map((r) => r.id)).toEqual([
        'luzhou-2018',
        ...Array.from({ length: 15 }, (_, i) => `pingtan-${2011 + i}`),
        'hongze-2023',
        'hongze-2024',
        'shanghai-office-2019',
        'shuyang-2025',
      ]);
      expect(c.bodies.map((b) => b.id)).toEqual(BODIES.map((b) => b.id));
      expect(c.indicators).toEqual(INDICATORS);
      const formats = Object.fromEntries(c.reports.map((r) => [r.id, r.format]));
      expect(formats).toMatchObject({
        'luzhou-2018': 'free',
        'pingtan-2018': 'free',
        'pingtan-2019': '2019',
        'pingtan-2020': '2019',
        'pingtan-2021': '2021',
        'shanghai-office-2019': '2019',
        'hongze-2023': '2021',
        'shuyang-2025': '2021',
      });
      // Luzhou is linked, not re-imported; every other dataset sits beside the catalogue.
      const files = await library();
      for (const r of c.reports)
        if (r.id === 'luzhou-2018') expect(r.data).toBe('../luzhou-2018.json');
        else expect(files.has(r.data), r.data).toBe(true);
    },
    T,
  );

  it(
    'names each body from the list, not from the report text',
    async () => {
      const shuyang = await dataset('shuyang-2025');
      expect(shuyang.meta.id).toBe('shuyang-2025');
      expect(shuyang.meta.body?.name['zh-Hans']).toBe('沭阳县人民政府');
      expect(shuyang.meta.title['zh-Hans']).toBe('沭阳县人民政府2025年政府信息公开工作年度报告');
      expect(shuyang.meta.publisher.en).toBe('Shuyang County People’s Government');
      expect(shuyang.meta.region.en).toBe('Shuyang, Suqian, Jiangsu');
      // The text keeps the OCR as it is: quotes point into it.
      expect((await library()).get('shuyang-2025.txt')).toContain('沐阳');
      const [h23, h24] = await Promise.all([dataset('hongze-2023'), dataset('hongze-2024')]);
      expect(h23.meta.body).toEqual(h24.meta.body);
      expect(h23.meta.title.en).toBe(
        'Government information disclosure annual report 2023 (Hongze District People’s Government, Huai’an)',
      );
      const p = await dataset('pingtan-2014');
      expect(p.meta.body?.id).toBe('pingtan');
      expect(p.meta.title['zh-Hans']).toBe('平潭综合实验区管委会2014年度政府信息公开工作年度报告');
    },
    T,
  );

  it(
    'writes each dataset valid, with its text beside it',
    async () => {
      const files = await library();
      for (const r of (await catalogue()).reports.filter((x) => x.id !== 'luzhou-2018')) {
        const d = JSON.parse(files.get(r.data) ?? '') as unknown;
        const parsed = parseDataset(d);
        expect(parsed.ok, r.id).toBe(true);
        if (!parsed.ok) continue;
        const text = files.get(`${r.id}.txt`);
        expect(parsed.data.meta.source).toEqual({ file: `${r.id}.txt`, chars: text?.length });
        expect(parsed.data.facts).toHaveLength(r.facts);
        // Quotes still point into the text written beside the dataset.
        for (const f of parsed.data.facts) expect(text?.slice(f.offset, f.offset + f.quote.length)).toBe(f.quote);
      }
    },
    T,
  );

  it(
    'is deterministic: a second build gives byte-identical files',
    async () => {
      const [first, second] = [await library(), await buildLibrary()];
      expect([...second.keys()]).toEqual([...first.keys()]);
      for (const [path, content] of first) expect(second.get(path) === content, path).toBe(true);
    },
    T,
  );

  it(
    'orders its files the same whatever order the reports come in',
    async () => {
      const some = REPORTS.filter((r) => 'file' in r && /20(19|20|21)|shanghai/.test(r.file));
      const read: ReadReport[] = [];
      for (const r of some) read.push(await readReport(r, BODIES, DIRS));
      const a = assemble(read, BODIES, { reference: true });
      const b = assemble([...read].reverse(), BODIES, { reference: true });
      expect([...b]).toEqual([...a]);
      expect(JSON.parse(a.get('years/2019.json') ?? '').reports.map((r: { report: string }) => r.report)).toEqual([
        'pingtan-2019',
        'shanghai-office-2019',
      ]);
    },
    T,
  );

  it('stops on a report the importer cannot read whole, with its message', async () => {
    const dirs = { ...DIRS, reports: join(import.meta.dirname, '../../fixtures/corpus') };
    await expect(
      readReport({ body: 'shanghai-office', file: 'others/shanghai-office-2025.md' }, BODIES, dirs),
    ).rejects.toThrow(/^others\/shanghai-office-2025\.md: 5 table rows could not be read/);
    await expect(readReport({ body: 'nobody', file: 'x.html' }, BODIES, dirs)).rejects.toThrow(
      /not in the list of bodies/,
    );
  });

  it(
    'writes into a folder and removes what an earlier build left there',
    async () => {
      const out = mkdtempSync(join(tmpdir(), 'library-'));
      try {
        writeLibrary(
          out,
          new Map([
            ['old-2000.json', '{}'],
            ['bodies/old.json', '{}'],
          ]),
        );
        const site = new Map([...(await library())].filter(([f]) => !f.includes('/') && f !== 'catalogue.json'));
        writeLibrary(out, site);
        expect(existsSync(join(out, 'old-2000.json'))).toBe(false);
        expect(existsSync(join(out, 'bodies/old.json'))).toBe(false);
        // Each imported report's dataset and text, nothing else: the views read the tables.
        expect(readdirSync(out).filter((f) => f.endsWith('.json')).length).toBe(19);
        expect(readFileSync(join(out, 'pingtan-2021.json'), 'utf8')).toBe((await library()).get('pingtan-2021.json'));
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
    T,
  );
});

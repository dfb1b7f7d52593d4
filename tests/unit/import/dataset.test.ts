import { describe, expect, it } from 'vitest';
import { noteEnglish } from '../../../src/import/notes';
import { evaluateRelation } from '../../../src/data/reconcile';
import type { Dataset, Grouping, Relation } from '../../../src/data/schema';
import { importReport } from '../../../src/import';
import { APPLICANTS, CLEAN, factById, imported, MANGLED, PDFS } from './corpus';

/**
 * What the importer makes of the tables beyond their cells: dotted ids, the
 * applicant and outcome dimensions, the charts, the checks (balances, text
 * restating the table), the headline, units and English wording.
 */

const TYPES = APPLICANTS.filter((c) => c !== 'all');

const grouping = (d: Dataset, id: string): Grouping => {
  const g = d.groupings.find((x) => x.id === id);
  if (!g) throw new Error(`no grouping ${id}`);
  return g;
};
const relation = (d: Dataset, id: string): Relation => {
  const r = d.relations.find((x) => x.id === id);
  if (!r) throw new Error(`no relation ${id}`);
  return r;
};
const verdict = (d: Dataset, id: string) => evaluateRelation(relation(d, id), d);

async function importMarkdown(lines: string[]) {
  const r = await importReport(new TextEncoder().encode(lines.join('\n')), 'x.md');
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe('ids are REPORTS.md’s, dots and all', () => {
  it('keeps the fixed ids as REPORTS.md writes them', async () => {
    const { dataset } = await imported('pingtan/2021.html');
    for (const id of [
      'applications.withheld.state-secret.natural-person',
      'applications.not-processed.confirmation.all',
      'review.upheld',
      'litigation-after-review.total',
      'proactive.rules.issued',
      'proactive.fees.amount',
    ])
      expect(dataset.facts.map((f) => f.id)).toContain(id);
    const row =
      /^applications\.[a-z-]+(?:\.[a-z-]+)?\.(natural-person|business|research|ngo|legal-service|other-org|all)$/;
    for (const f of dataset.facts.filter((x) => x.area === 'applications')) expect(f.id).toMatch(row);
  });
});

describe('the applicant and outcome dimensions', () => {
  it('lists the six applicant types and the six outcome groups, in three languages', async () => {
    const { dataset } = await imported('pingtan/2021.html');
    expect(dataset.dimensions.applicant.map((v) => v.id)).toEqual(TYPES);
    expect(dataset.dimensions.applicant.find((v) => v.id === 'ngo')?.label).toEqual({
      'zh-Hant': '社會公益組織',
      'zh-Hans': '社会公益组织',
      en: 'Non-profit organisations',
    });
    expect(dataset.dimensions.applicant.map((v) => v.label.en)).toEqual([
      'Natural persons',
      'Businesses',
      'Research institutions',
      'Non-profit organisations',
      'Legal services',
      'Other organisations',
    ]);
    expect(dataset.dimensions.outcome.map((v) => [v.id, v.label['zh-Hans'], v.label.en])).toEqual([
      ['disclosed', '予以公开', 'Disclosed'],
      ['partly-disclosed', '部分公开', 'Partly disclosed'],
      ['withheld', '不予公开', 'Withheld'],
      ['unavailable', '无法提供', 'Could not be provided'],
      ['not-processed', '不予处理', 'Not processed'],
      ['other', '其他处理', 'Handled otherwise'],
    ]);
    expect(dataset.dimensions.outcome.find((v) => v.id === 'disclosed')?.label['zh-Hant']).toBe('予以公開');
  });

  it('tags each cell with its applicant column (not 总计) and, in 三’s result rows, its outcome', async () => {
    const { dataset } = await imported('pingtan/2021.html');
    const tags = (id: string) => factById(dataset, id)?.tags;
    expect(tags('applications.withheld.state-secret.natural-person')).toEqual({
      applicant: ['natural-person'],
      outcome: ['withheld'],
    });
    expect(tags('applications.disclosed.all')).toEqual({ outcome: ['disclosed'] });
    expect(tags('applications.unavailable.not-held.legal-service')).toEqual({
      applicant: ['legal-service'],
      outcome: ['unavailable'],
    });
    expect(tags('applications.other.unpaid-fee.other-org')).toEqual({ applicant: ['other-org'], outcome: ['other'] });
    for (const row of ['new', 'carried-in', 'total', 'carried-over']) {
      expect(tags(`applications.${row}.business`), row).toEqual({ applicant: ['business'] });
      expect(tags(`applications.${row}.all`), row).toBeUndefined();
    }
    const apps = dataset.facts.filter((f) => f.area === 'applications');
    expect(apps).toHaveLength(25 * 7);
    expect(apps.filter((f) => f.tags?.applicant)).toHaveLength(25 * 6);
    expect(apps.filter((f) => f.tags?.outcome)).toHaveLength(21 * 7);
    // Nothing outside part 三 is tagged.
    expect(dataset.facts.filter((f) => f.area !== 'applications' && f.tags)).toEqual([]);
  });

  it('tags the 2019 format’s cells too, 其他处理 as one row', async () => {
    const { dataset } = await imported('pingtan/2019.html');
    expect(factById(dataset, 'applications.other-handling.ngo')?.tags).toEqual({
      applicant: ['ngo'],
      outcome: ['other'],
    });
    expect(factById(dataset, 'applications.new.all')?.tags).toBeUndefined();
    expect(dataset.facts.filter((f) => f.tags?.outcome)).toHaveLength(19 * 7);
  });

  it('has no values where there is no application table', async () => {
    const { dataset } = await imported('pingtan/2011.html');
    expect(dataset.dimensions.applicant).toEqual([]);
    expect(dataset.dimensions.outcome).toEqual([]);
  });
});

describe('charts of the standard tables', () => {
  it('makes the 2021 format’s charts', async () => {
    const { dataset } = await imported('pingtan/2021.html');
    expect(dataset.groupings.map((g) => g.id)).toEqual([
      'applications.new-by-applicant',
      'applications.outcomes',
      'applications.withheld',
      'reviews.results',
      'proactive.documents',
      'proactive.decisions',
    ]);
  });

  it('new applications by applicant type: keyed by the applicant dimension', async () => {
    const { dataset } = await imported('pingtan/2021.html');
    const g = grouping(dataset, 'applications.new-by-applicant');
    expect(g).toMatchObject({ chart: 'bar', dimension: 'applicant', area: 'applications' });
    expect(g.keys).toBeUndefined();
    expect(g.title).toEqual({
      'zh-Hant': '本年新收申請（按申請人類型）',
      'zh-Hans': '本年新收申请（按申请人类型）',
      en: 'New applications by applicant type',
    });
    expect(g.bars).toEqual(TYPES.map((t) => ({ fact: `applications.new.${t}`, key: t })));
  });

  it('outcomes: every result row by all applicants, and by type when the reader filters by type', async () => {
    const { dataset } = await imported('pingtan/2021.html');
    const g = grouping(dataset, 'applications.outcomes');
    expect(g).toMatchObject({
      chart: 'grouped-bar',
      dimension: 'custom',
      seriesDimension: 'applicant',
      totalSeries: 'all',
    });
    expect(g.series?.map((s) => s.id)).toEqual(['all', ...TYPES]);
    expect(g.series?.[0]?.label).toEqual({ 'zh-Hant': '總計', 'zh-Hans': '总计', en: 'All applicants' });
    expect(g.keys).toHaveLength(21);
    expect(g.keys?.slice(0, 3).map((k) => k.id)).toEqual(['disclosed', 'partly-disclosed', 'withheld.state-secret']);
    expect(g.keys?.at(-1)?.id).toBe('other.other');
    expect(g.keys?.find((k) => k.id === 'withheld.state-secret')?.label).toEqual({
      'zh-Hant': '不予公開：國家祕密',
      'zh-Hans': '不予公开：国家秘密',
      en: 'Withheld: state secrets',
    });
    expect(g.bars).toHaveLength(21 * 7);
    // Each bar sits at its row and in its column's series.
    for (const b of g.bars) expect(b.fact).toBe(`applications.${b.key}.${b.series}`);
  });

  it('outcomes in the 2019 format: 其他处理 as one key', async () => {
    const { dataset } = await imported('pingtan/2019.html');
    const g = grouping(dataset, 'applications.outcomes');
    expect(g.keys).toHaveLength(19);
    expect(g.keys?.at(-1)).toEqual({
      id: 'other-handling',
      label: { 'zh-Hant': '其他處理', 'zh-Hans': '其他处理', en: 'Handled otherwise' },
    });
    expect(g.bars).toHaveLength(19 * 7);
  });

  it('a blank cell is no bar', async () => {
    const { dataset } = await imported('others/shanghai-office-2019.rows.txt');
    const quantities = new Set(dataset.facts.filter((f) => f.kind === 'quantity').map((f) => f.id));
    const g = grouping(dataset, 'applications.outcomes');
    expect(g.bars.length).toBeLessThan(19 * 7);
    for (const b of g.bars) expect(quantities.has(b.fact), b.fact).toBe(true);
    const blanks = dataset.facts.filter((f) => f.area === 'applications' && f.kind === 'blank').map((f) => f.id);
    expect(blanks.length).toBeGreaterThan(0);
    for (const id of blanks) expect(g.bars.some((b) => b.fact === id)).toBe(false);
  });

  it('the reasons for withholding, from the 总计 column', async () => {
    const { dataset } = await imported('pingtan/2021.html');
    const g = grouping(dataset, 'applications.withheld');
    expect(g).toMatchObject({ chart: 'bar', dimension: 'custom' });
    expect(g.keys?.map((k) => k.id)).toEqual([
      'withheld.state-secret',
      'withheld.prohibited-by-law',
      'withheld.three-safeties',
      'withheld.third-party',
      'withheld.internal-affairs',
      'withheld.process-info',
      'withheld.enforcement-files',
      'withheld.inquiry-matters',
    ]);
    for (const b of g.bars) expect(b.fact).toBe(`applications.${b.key}.all`);
  });

  it('reviews and lawsuits by result', async () => {
    const { dataset } = await imported('pingtan/2021.html');
    const g = grouping(dataset, 'reviews.results');
    expect(g).toMatchObject({ chart: 'grouped-bar', dimension: 'custom' });
    expect(g.keys?.map((k) => [k.id, k.label['zh-Hans'], k.label.en])).toEqual([
      ['upheld', '结果维持', 'Upheld'],
      ['corrected', '结果纠正', 'Corrected'],
      ['other', '其他结果', 'Other result'],
      ['pending', '尚未审结', 'Pending'],
    ]);
    expect(g.series?.map((s) => [s.id, s.label['zh-Hans'], s.label.en])).toEqual([
      ['review', '行政复议', 'Administrative review'],
      ['litigation-direct', '未经复议直接起诉', 'Lawsuit without prior review'],
      ['litigation-after-review', '复议后起诉', 'Lawsuit after review'],
    ]);
    for (const b of g.bars) expect(b.fact).toBe(`${b.series}.${b.key}`);
  });

  it('part 二: documents and decisions, in either format; the fee amount stays a figure', async () => {
    const [d2021, d2019] = await Promise.all([imported('pingtan/2021.html'), imported('pingtan/2019.html')]);
    const docs = grouping(d2021.dataset, 'proactive.documents');
    expect(docs.chart).toBe('grouped-bar');
    expect(docs.keys?.map((k) => k.id)).toEqual(['issued', 'repealed', 'in-force']);
    expect(docs.series?.map((k) => k.id)).toEqual(['rules', 'normative-docs']);
    for (const b of docs.bars) expect(b.fact).toBe(`proactive.${b.series}.${b.key}`);
    const decisions = grouping(d2021.dataset, 'proactive.decisions');
    expect(decisions.chart).toBe('bar');
    expect(decisions.bars.map((b) => b.fact)).toEqual([
      'proactive.licensing.decisions',
      'proactive.penalties.decisions',
      'proactive.coercion.decisions',
    ]);
    const charted = d2021.dataset.groupings.flatMap((g) => g.bars.map((b) => b.fact));
    expect(charted).not.toContain('proactive.fees.amount');

    expect(grouping(d2019.dataset, 'proactive.documents').keys?.map((k) => k.id)).toEqual([
      'made',
      'published',
      'published-total',
    ]);
    expect(grouping(d2019.dataset, 'proactive.decisions').keys?.map((k) => k.id)).toEqual([
      'licensing',
      'other-services',
      'penalties',
      'coercion',
    ]);
  });

  it('no charts without the standard tables', async () => {
    const { dataset } = await imported('pingtan/2015.html');
    expect(dataset.groupings).toEqual([]);
  });
});

describe('counts read in English', () => {
  it('gives every count of the standard tables its noun', async () => {
    const { dataset } = await imported('pingtan/2021.html');
    expect(factById(dataset, 'applications.new.all')).toMatchObject({
      noun: { one: 'application', other: 'applications' },
    });
    expect(factById(dataset, 'review.total')).toMatchObject({ noun: { one: 'case', other: 'cases' } });
    expect(factById(dataset, 'proactive.rules.in-force')).toMatchObject({
      noun: { one: 'document', other: 'documents' },
    });
    expect(factById(dataset, 'proactive.penalties.decisions')).toMatchObject({
      noun: { one: 'decision', other: 'decisions' },
    });
    const fee = factById(dataset, 'proactive.fees.amount');
    expect(fee?.kind === 'quantity' && fee.noun).toBe(undefined);
    for (const f of dataset.facts)
      if (f.kind === 'quantity' && f.area !== 'text' && f.id !== 'proactive.fees.amount')
        expect(f.noun, f.id).toBeDefined();
  });
});

describe('the report’s own checks', () => {
  it('balances 一 + 二 = 三（七） + 四 for each column (平潭 2021 holds)', async () => {
    const { dataset } = await imported('pingtan/2021.html');
    const balances = dataset.relations.filter((r) => r.kind === 'balance');
    expect(balances.map((r) => r.id)).toEqual(APPLICANTS.map((c) => `applications.balance.${c}`));
    expect(relation(dataset, 'applications.balance.natural-person')).toMatchObject({
      left: ['applications.new.natural-person', 'applications.carried-in.natural-person'],
      right: ['applications.total.natural-person', 'applications.carried-over.natural-person'],
    });
    expect(relation(dataset, 'applications.balance.all').label.en).toBe(
      'New plus carried in equals handled plus carried over (all applicants)',
    );
    for (const r of balances) expect(evaluateRelation(r, dataset)?.verdict, r.id).toBe('exact');
  });

  it('平潭 2020: natural persons balance (20 + 0 = 20 + 0) while their results do not add up to 三（七）', async () => {
    const { dataset } = await imported('pingtan/2020.html');
    expect(verdict(dataset, 'applications.balance.natural-person')).toMatchObject({
      verdict: 'exact',
      stated: 20,
      computed: 20,
    });
    expect(verdict(dataset, 'applications.total.natural-person.sum-of-results')).toMatchObject({
      verdict: 'fails',
      stated: 20,
      computed: 26,
    });
  });

  it('a balance that fails shows both sides', async () => {
    const r = await importMarkdown([
      '某县2022年政府信息公开工作年度报告',
      '三、收到和处理政府信息公开申请情况',
      '| 一、本年新收政府信息公开申请数量 | 5 | 1 | 0 | 0 | 0 | 0 | 6 |',
      '| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
      '| （七）总计 | 4 | 1 | 0 | 0 | 0 | 0 | 5 |',
      '| 四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
    ]);
    const d = r.value.dataset;
    expect(verdict(d, 'applications.balance.natural-person')).toMatchObject({
      verdict: 'fails',
      computed: 6,
      stated: 5,
    });
    expect(verdict(d, 'applications.balance.all')).toMatchObject({ verdict: 'fails', computed: 7, stated: 6 });
    expect(verdict(d, 'applications.balance.business')?.verdict).toBe('exact');
  });

  it('links text that restates a table number even when they differ (平潭 2022: text 75, table 74)', async () => {
    const { dataset } = await imported('pingtan/2022.html');
    const restated = dataset.relations.filter((r) => r.kind === 'equal' && r.facts[1] === 'applications.new.all');
    expect(restated).toHaveLength(1);
    const [r] = restated;
    if (r?.kind !== 'equal') throw new Error('no restatement');
    expect(factById(dataset, r.facts[0])).toMatchObject({ written: '75件', drafted: true });
    expect(r.id).toBe(`${r.facts[0]}.restates.applications.new.all`);
    expect(evaluateRelation(r, dataset)).toMatchObject({ verdict: 'fails' });
    expect(r.label.en).toBe('The text restates the table: new applications this year');
    // Why it may fail without the report being wrong, in three languages.
    expect(r.note?.en).toMatch(/may count differently from the table.*carried over/);
    expect(r.note?.['zh-Hans']).toMatch(/统计口径不同/);
    expect(r.note?.['zh-Hant']).toMatch(/統計口徑不同/);
  });

  it('every restatement carries the note, agreeing or not (平潭 2021)', async () => {
    const { dataset } = await imported('pingtan/2021.html');
    const equal = dataset.relations.filter((r) => r.kind === 'equal');
    expect(equal).toHaveLength(3);
    for (const r of equal) {
      expect(r.note, r.id).toBeDefined();
      expect(evaluateRelation(r, dataset)?.verdict, r.id).toBe('exact');
    }
  });
});

describe('meta', () => {
  it('omits the publication date when the report states none, and says so', async () => {
    const r = await importReport(
      new TextEncoder().encode(
        [
          '某县2022年政府信息公开工作年度报告',
          '三、收到和处理政府信息公开申请情况',
          '| 一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
        ].join('\n'),
      ),
      'x.md',
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.value.dataset.meta).not.toHaveProperty('published');
    expect(r.warnings).toContainEqual({ id: 'importer.noDate' });
    expect(r.warnings.map(noteEnglish).join(' ')).toMatch(/publication date was not found/);
    const { dataset } = await imported('others/hongze-2023.tables.txt');
    expect(dataset.meta.published).toBeUndefined();
    expect((await imported('pingtan/2022.html')).dataset.meta.published).toBe('2023-02-20');
  });

  it('headlines a standard report’s main totals, at most six', async () => {
    const { dataset } = await imported('pingtan/2021.html');
    expect(dataset.meta.headline).toEqual([
      'applications.new.all',
      'applications.total.all',
      'applications.disclosed.all',
      'applications.carried-over.all',
      'review.total',
      'litigation-direct.total',
    ]);
    for (const id of dataset.meta.headline) expect(factById(dataset, id)?.kind).toBe('quantity');
    const old = (await imported('pingtan/2013.html')).dataset.meta.headline;
    expect(old.length).toBeGreaterThan(0);
    expect(old.length).toBeLessThanOrEqual(6);
  });
});

/** Every string a reader of English sees, with its JSON path. */
function englishStrings(d: Dataset): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (o: unknown, path: string): void => {
    if (Array.isArray(o)) o.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (o && typeof o === 'object')
      for (const [k, v] of Object.entries(o)) {
        const at = `${path}.${k}`;
        // L10n's en and a unit's label.en; a unit's singular and a fact's noun.
        if (typeof v === 'string' && (k === 'en' || /\.units\.[^.]+\.one$/.test(at) || /\.noun\.(one|other)$/.test(at)))
          out.push({ path: at, text: v });
        else walk(v, at);
      }
  };
  walk(d, '');
  return out;
}

/** Proper names: the body's name may hold a Chinese numeral (第一师), and the title names the body. */
const PROPER_NAMES = ['.meta.title.en', '.meta.region.en', '.meta.publisher.en', '.meta.body.name.en'];
const CJK_NUMERAL = /[〇一二三四五六七八九十]/;

describe('English never holds a Chinese section numeral', () => {
  it('labels a drafted figure with its section as English reads it', async () => {
    const { dataset } = await imported('pingtan/2022.html');
    const label = (section: string) => dataset.facts.find((f) => f.drafted && f.section === section)?.label.en;
    expect(label('前言')).toBe('Figure in the text, Preface');
    expect(label('一(一)')).toBe('Figure in the text, Part I(1)');
  });

  const all = [...[...CLEAN, ...PDFS].map((p) => [p, false] as const), ...MANGLED.map((p) => [p, true] as const)];
  for (const [path, partial] of all)
    it(
      path,
      async () => {
        const { dataset } = await imported(path, partial);
        const strings = englishStrings(dataset);
        expect(strings.length).toBeGreaterThan(0);
        const bad = strings.filter((s) => !PROPER_NAMES.includes(s.path) && CJK_NUMERAL.test(s.text));
        expect(bad).toEqual([]);
      },
      60_000,
    );
});

describe('units', () => {
  it('name every unit in three languages, with an English singular where the word changes', async () => {
    for (const path of CLEAN) {
      const { dataset } = await imported(path);
      for (const [key, u] of Object.entries(dataset.units)) {
        expect(u.label['zh-Hans'], key).not.toBe('');
        expect(u.label['zh-Hant'], key).not.toBe('');
        if (/[a-z]s$/.test(u.label.en)) expect(u.one, key).toBeDefined();
        // Money: the figure as written in 万元 / 亿元, English in plain yuan.
        if (/元/.test(key)) expect(u.label.en, key).toBe('yuan');
        if (key === '万元') expect(u.scale).toBe(1e4);
      }
    }
  });
});

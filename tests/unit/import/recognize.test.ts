import { describe, expect, it } from 'vitest';
import { noteEnglish } from '../../../src/import/notes';
import { CROSSWALK_2019, sameIn2021 } from '../../../src/import/crosswalk2019';
import { restatements, tableIdentities } from '../../../src/import/identities';
import { fixedLabel } from '../../../src/import/labels';
import { recognize } from '../../../src/import/recognize';
import { PROACTIVE_IDS_2019 } from '../../../src/import/tables2019';
import { APPLICANTS } from '../../../src/import/tables2021';
import { textToDoc } from '../../../src/import/text';
import { ROWS_2019, ROWS_2021 } from './corpus';

const read = (text: string) => {
  const r = recognize(textToDoc(text));
  return { ...r, cells: Object.fromEntries(r.facts.map((f) => [f.id, f.cell.text])) };
};

describe('recognize: labels as printed in the wild', () => {
  it('tolerates 1、 vs 1., full-width digits, spaces inside labels, 规范性文件, split label cells', () => {
    const r = read(
      [
        '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
        '| 规范性文件 | 6 | 1 | 32 |',
        '| （三）不 | ４、保护 第三方 合法权益 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
        '| 2、其他法律行政止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
        '| 缴纳费用、 | 行政机关不再处理其政 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |',
      ].join('\n'),
    );
    expect(r.problems).toEqual([]);
    expect(r.cells['proactive.normative-docs.in-force']).toBe('32');
    expect(r.cells['applications.withheld.third-party.all']).toBe('1');
    expect(r.cells['applications.withheld.prohibited-by-law.natural-person']).toBe('0');
    expect(r.cells['applications.other.unpaid-fee.all']).toBe('2');
  });

  it('continues a table broken in two and takes "3.其他" from its group', () => {
    const r = read(
      [
        '| （六）其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
        '',
        '第 5 页',
        '',
        '| 3.其他 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |',
      ].join('\n'),
    );
    expect(r.cells['applications.other.other.all']).toBe('4');
  });

  it('reads a review table printed as three captioned five-column tables', () => {
    const r = read(
      [
        '### 行政复议',
        '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
        '| 1 | 2 | 3 | 4 | 10 |',
        '### 行政诉讼（复议后起诉）',
        '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
        '| 5 | 0 | 0 | 0 | 5 |',
      ].join('\n'),
    );
    expect(r.cells['review.total']).toBe('10');
    expect(r.cells['litigation-after-review.upheld']).toBe('5');
    expect(r.cells['litigation-direct.upheld']).toBeUndefined();
  });

  it('names what it cannot read', () => {
    const r = read(
      [
        '三、收到和处理政府信息公开申请情况',
        '| 3.其他 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |',
        '| 一、本年新收政府信息公开申请数量 | 1 | 2 |',
        '| 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
      ].join('\n'),
    );
    expect(r.problems.map(noteEnglish)).toEqual([
      'Row “3.其他” could be in more than one group of Part III; its values: 4 | 0 | 0 | 0 | 0 | 0 | 4.',
      'Row “一、本年新收政府信息公开申请数量” of Part III has 2 values where 7 are expected: 1 | 2.',
      'A row of 7 values in Part III has no label: 0 | 0 | 0 | 0 | 0 | 0 | 0.',
    ]);
  });
});

describe('labels and the 2019 crosswalk', () => {
  it('has a label for every fixed id', () => {
    for (const row of [...ROWS_2021, 'other-handling'])
      for (const c of APPLICANTS) expect(fixedLabel(`applications.${row}.${c.id}`), row).toBeDefined();
    expect(fixedLabel('litigation-direct.pending')).toEqual({
      zh: '行政诉讼：未经复议直接起诉：尚未审结',
      en: 'Lawsuit without prior review: pending',
    });
    for (const id of PROACTIVE_IDS_2019) expect(fixedLabel(id), id).toBeDefined();
  });
  it('joins only what means the same: part 三 and 四, and the counts of decisions', () => {
    const ids2019 = [
      ...ROWS_2019.flatMap((r) => APPLICANTS.map((c) => `applications.${r}.${c.id}`)),
      ...PROACTIVE_IDS_2019,
    ];
    for (const id of ids2019)
      expect(
        CROSSWALK_2019.some((c) => c.from === id),
        id,
      ).toBe(true);
    expect(sameIn2021('applications.withheld.state-secret.all')).toBe('applications.withheld.state-secret.all');
    expect(sameIn2021('review.total')).toBe('review.total');
    expect(sameIn2021('proactive.licensing.decisions')).toBe('proactive.licensing.decisions');
    expect(sameIn2021('proactive.normative-docs.made')).toBeUndefined();
    expect(sameIn2021('proactive.normative-docs.published-total')).toBeUndefined();
    expect(sameIn2021('applications.other-handling.all')).toBeUndefined();
    expect(CROSSWALK_2019.filter((c) => c.kind === 'same' && c.from.startsWith('proactive.'))).toHaveLength(3);
  });
});

describe('identities', () => {
  const columns = (row: string, v: number[]) =>
    APPLICANTS.map((c, i): [string, number] => [`applications.${row}.${c.id}`, v[i] ?? 0]);
  it('makes the balance 一 + 二 = 三（七） + 四 per column, with the other sums', () => {
    const values = new Map([
      ...columns('new', [1, 0, 0, 0, 0, 0, 1]),
      ...columns('carried-in', [0, 0, 0, 0, 0, 0, 0]),
      ...columns('total', [1, 0, 0, 0, 0, 0, 1]),
      ...columns('carried-over', [0, 0, 0, 0, 0, 0, 0]),
    ]);
    const identities = tableIdentities(values);
    const balances = identities.filter((i) => i.kind === 'balance');
    expect(balances).toHaveLength(7);
    expect(balances[6]).toMatchObject({
      id: 'applications.balance.all',
      left: ['applications.new.all', 'applications.carried-in.all'],
      right: ['applications.total.all', 'applications.carried-over.all'],
    });
    expect(identities.map((i) => i.id)).toContain('applications.new.all.sum-of-applicants');
  });
  it('makes no balance when one of its four cells is blank: it comes back as not run, naming the blank', () => {
    const values = new Map<string, number | undefined>([
      ...columns('new', [1, 0, 0, 0, 0, 0, 1]),
      ...columns('carried-in', [0, 0, 0, 0, 0, 0, 0]),
      ...columns('total', [1, 0, 0, 0, 0, 0, 1]),
      ...columns('carried-over', [0, 0, 0, 0, 0, 0, 0]),
      ['applications.carried-over.business', undefined],
    ]);
    const balances = tableIdentities(values).filter((i) => i.kind === 'balance');
    const ids = balances.flatMap((i) => (i.missing ? [] : [i.id]));
    expect(ids).toHaveLength(6);
    expect(ids).not.toContain('applications.balance.business');
    expect(balances.find((i) => i.id === 'applications.balance.business')?.missing).toEqual([
      'applications.carried-over.business',
    ]);
  });
  it('links every restated total, whether or not the numbers agree, and says when they do not', () => {
    const values = new Map<string, number | undefined>([
      ['applications.new.all', 713],
      ['applications.total.all', 718],
    ]);
    const r = restatements(
      [
        { id: 'text.1', value: 749, unit: '件', clause: '全县全年共受理政府信息公开申请 749 件' },
        { id: 'text.2', value: 718, unit: '件', clause: '共办结 718 件' },
        { id: 'text.3', value: 718, unit: '条', clause: '办结 718 条' },
        { id: 'text.4', value: 3, unit: '件', clause: '收到行政复议 3 件' },
      ],
      values,
    );
    expect(r.identities.map((i) => (i.kind === 'equal' ? i.facts : []))).toEqual([
      ['text.1', 'applications.new.all'],
      ['text.2', 'applications.total.all'],
    ]);
    expect(r.identities.map((i) => i.id)).toEqual([
      'text.1.restates.applications.new.all',
      'text.2.restates.applications.total.all',
    ]);
    for (const i of r.identities) expect(i.note?.en).toMatch(/may count differently/);
    expect(r.notes).toHaveLength(1);
    expect(noteEnglish(r.notes[0]!)).toContain('749');
  });
});

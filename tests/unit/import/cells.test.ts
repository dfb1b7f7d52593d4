import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValueLike, parseCell } from '../../../src/import/cells';

const FULL = '０１２３４５６７８９';
const toFull = (s: string) => s.replace(/[0-9]/g, (d) => FULL[Number(d)] ?? d);
const grouped = (n: number) => n.toLocaleString('en-US');

describe('parseCell', () => {
  it.each([
    ['0', 0],
    ['23', 23],
    ['1,234', 1234],
    ['12,345,678', 12345678],
    ['１２', 12],
    ['24252.311082', 24252.311082],
    ['-18', -18],
    ['－15', -15],
    ['十二', 12],
  ])('reads %s as %d', (text, value) => {
    const v = parseCell(text);
    expect(v).toMatchObject({ kind: 'number', value, valueText: text, index: 0 });
  });

  it('keeps the unit written in the cell', () => {
    expect(parseCell('0.5万元')).toMatchObject({ kind: 'number', value: 0.5, unit: '万元', valueText: '0.5' });
    expect(parseCell('75394432.52元')).toMatchObject({ kind: 'number', value: 75394432.52, unit: '元' });
    expect(parseCell('3件')).toMatchObject({ value: 3, unit: '件' });
  });

  it('keeps a note after the number, and where the number starts', () => {
    expect(parseCell('22（其中修订16件）')).toMatchObject({ kind: 'number', value: 22, note: '（其中修订16件）' });
    expect(parseCell(' 7')).toMatchObject({ kind: 'number', value: 7, index: 1, valueText: '7' });
  });

  it.each(['', ' ', '/', '／', '—', '——', '－', '-', '无', '無', '一', '暂无', '详见附件', '5 6', 'N/A', '…'])(
    'keeps %j as a blank, never 0',
    (text) => {
      expect(parseCell(text)).toEqual({ kind: 'blank', written: text });
    },
  );

  it('property: any count, written plainly, grouped or full-width, reads back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), (n) => {
        for (const text of [String(n), grouped(n), toFull(String(n))]) {
          const v = parseCell(text);
          expect(v.kind).toBe('number');
          if (v.kind === 'number') {
            expect(v.value).toBe(n);
            expect(text.slice(v.index, v.index + v.valueText.length)).toBe(v.valueText);
          }
        }
      }),
    );
  });

  it('property: decimals with a unit keep their value and unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 6 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom('万元', '元', '亿元'),
        (a, b, unit) => {
          const text = `${a}.${String(b).padStart(2, '0')}${unit}`;
          expect(parseCell(text)).toMatchObject({
            kind: 'number',
            value: Number(`${a}.${String(b).padStart(2, '0')}`),
            unit,
          });
        },
      ),
    );
  });

  it('property: a cell without a digit is never the number 0', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 12 }),
          fc.array(fc.constantFrom(...'无一二十百千万/—－ 件元（）注'), { maxLength: 6 }).map((a) => a.join('')),
        ),
        (s) => {
          const text = s.replace(/[0-9０-９〇零]/g, '');
          const v = parseCell(text);
          if (v.kind === 'number') expect(v.value).not.toBe(0);
          else expect(v.written).toBe(text);
        },
      ),
    );
  });

  it('tells values from labels', () => {
    expect(isValueLike('12')).toBe(true);
    expect(isValueLike('')).toBe(true);
    expect(isValueLike('/')).toBe(true);
    expect(isValueLike('规章')).toBe(false);
    expect(isValueLike('条')).toBe(false);
  });
});

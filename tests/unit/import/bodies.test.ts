import { describe, expect, it } from 'vitest';
import { BODIES } from '../../../reports/library';
import type { Dataset } from '../../../src/data/schema';
import { bodyInText, matchBody } from '../../../src/library/bodies';

/** The body a report's title names, matched to the library's bodies (issue 20, item 4, as the command line does it). */
const titled = (name: string) =>
  ({ meta: { body: { id: 'x', name: { 'zh-Hans': name, 'zh-Hant': name, en: name } } } }) as unknown as Dataset;

describe('matching an imported report to a library body', () => {
  it('takes the same name, and a shorter or longer form of it', () => {
    expect(matchBody(BODIES, titled('淮安市洪泽区人民政府'))).toMatchObject({ how: 'name', body: { id: 'hongze' } });
    expect(matchBody(BODIES, titled('洪泽区人民政府'))).toMatchObject({ how: 'name', body: { id: 'hongze' } });
    expect(matchBody(BODIES, titled('平潭综合实验区'))).toMatchObject({ how: 'name', body: { id: 'pingtan' } });
  });

  it('knows a body by the other names the registry lists for it, in either script', () => {
    expect(matchBody(BODIES, titled('洪泽区政府'))).toMatchObject({ how: 'name', body: { id: 'hongze' } });
    expect(matchBody(BODIES, titled('平潭綜合實驗區管委會'))).toMatchObject({ how: 'name', body: { id: 'pingtan' } });
    expect(matchBody(BODIES, titled('上海市政府办公厅'))).toMatchObject({
      how: 'name',
      body: { id: 'shanghai-office' },
    });
  });

  it('gives every body of the registry a level, a parent region and its names in three languages', () => {
    for (const b of BODIES) {
      expect(b.level, b.id).toBeDefined();
      expect(b.parent?.en, b.id).toBeTruthy();
      expect(b.region['zh-Hans'].startsWith(b.parent?.['zh-Hans'] ?? '?'), b.id).toBe(true);
      expect(
        Object.values(b.name).every((n) => n.length > 0),
        b.id,
      ).toBe(true);
    }
  });

  it('suggests, never applies, a body one OCR misreading away (沐阳 for 沭阳)', () => {
    expect(matchBody(BODIES, titled('沐阳县人民政府'))).toEqual({
      how: 'ocr',
      body: expect.objectContaining({ id: 'shuyang' }),
      written: '沐阳县人民政府',
    });
  });

  it('leaves an unknown body, and a bare 人民政府, unmatched', () => {
    expect(matchBody(BODIES, titled('泗阳县人民政府'))).toBeUndefined();
    expect(matchBody(BODIES, titled('人民政府'))).toBeUndefined();
    expect(matchBody(BODIES, titled(''))).toBeUndefined();
  });

  it('finds the one body of the registry a text names near its start, when the title names none', () => {
    expect(bodyInText(BODIES, '本报告由淮安市洪泽区人民政府办公室根据条例编制。')?.id).toBe('hongze');
    expect(bodyInText(BODIES, '本報告由瀘州市人民政府辦公室編制。')?.id).toBe('luzhou');
    // Two bodies named: none is chosen; none named: nothing.
    expect(bodyInText(BODIES, '洪泽区人民政府与泸州市人民政府')).toBeUndefined();
    expect(bodyInText(BODIES, '本报告由某县人民政府办公室编制。')).toBeUndefined();
  });
});

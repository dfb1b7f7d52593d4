import { describe, expect, it } from 'vitest';
import { newApplicationSentences, newApplicationsFromText, statesNewApplications } from '../../../src/library/fromText';
import { catalogue, dataset } from './fixtures';

const T = 120_000;
const states = (sentence: string, numeral: string) =>
  statesNewApplications(sentence, sentence.indexOf(numeral), numeral);

describe('a sentence that states the number of new applications', () => {
  it('takes “received N applications” in its common wordings', () => {
    expect(states('2016年全县共收到政府信息公开申请12件，均已按时答复。', '12')).toBe(true);
    expect(states('本年度全区共收到70件申请，及时依法依规办结69件。', '70')).toBe(true);
    expect(states('2023 年全区受理政府信息公开申请 21 件，均在法定期限答复。', '21')).toBe(true);
    expect(states('本年度新收政府信息公开申请数量为5件。', '5')).toBe(true);
    expect(states('2020年全区各级行政机关共受理政府信息公开申请21件，受理的申请件已按规定答复。', '21')).toBe(true);
  });

  it('refuses anything narrower, wider or about something else (real sentences of the corpus)', () => {
    // 平潭 2014: letters only.
    expect(states('2014年全区收到有关政府信息公开的信函申请1条，已受理回复；', '1')).toBe(false);
    // 平潭 2013: an application for administrative review.
    expect(states('2013年全区未收到有关政府信息公开的申请，收到1份有关政府信息公开行政复议申请已及时处理。', '1')).toBe(
      false,
    );
    // 洪泽 2024: one office on behalf of the district.
    expect(states('2024 年，区政府办代表区政府受理政府信息公开申请 17 件，均已在法定期限内予以答复。', '17')).toBe(
      false,
    );
    // A part: "其中".
    expect(states('全县全年共受理政府信息公开申请 749 件，其中自然人申请 741 件', '741')).toBe(false);
    // To date, or including last year's.
    expect(states('2008年以来累计收到政府信息公开申请120件。', '120')).toBe(false);
    expect(states('全年收到政府信息公开申请30件（含上年结转2件）。', '30')).toBe(false);
    // Other kinds of application, and other verbs.
    expect(states('全年共受理行政审批申请3000件。', '3000')).toBe(false);
    expect(states('全年办理政府信息公开申请218件。', '218')).toBe(false);
    expect(states('答复政府信息公开申请805件', '805')).toBe(false);
  });

  it(
    'in a free-text report, only in its part on applications: 平潭 2014’s window-hall 受理申请121510件 (part 一) stays out',
    async () => {
      // The sentence alone cannot tell a service-hall application from a disclosure one; its part can.
      expect(states('开设窗口26个，共受理申请121510件。', '121510')).toBe(true);
      const d = await dataset('pingtan-2014');
      expect(newApplicationSentences(d).map((f) => f.value)).toEqual([121510]);
      expect(newApplicationsFromText(d)).toBeUndefined();
    },
    T,
  );

  it(
    'measured on the standard reports, where the table says the truth: such sentences still miss now and then',
    async () => {
      // Where a 2019/2021-format report restates new applications in a sentence (part 一 as a rule), the
      // sentence and the table's 本年新收 (总计) side by side. The sentence counts carried-in applications
      // as received in 平潭 2022 (74 + 1) and 沭阳 2025 (713 + 36): why a text figure is never shown as a table's.
      const found: Record<string, [number, number | undefined]> = {};
      for (const r of (await catalogue()).reports.filter((x) => x.format !== 'free')) {
        const d = await dataset(r.id);
        const table = d.facts.find((f) => f.id === 'applications.new.all');
        for (const f of newApplicationSentences(d))
          found[r.id] = [f.value, table?.kind === 'quantity' ? table.value : undefined];
      }
      expect(found).toEqual({
        'pingtan-2020': [21, 21],
        'pingtan-2021': [70, 70],
        'pingtan-2022': [75, 74],
        'pingtan-2025': [154, 154],
        'hongze-2023': [21, 21],
        'shuyang-2025': [749, 713],
      });
    },
    T,
  );
});

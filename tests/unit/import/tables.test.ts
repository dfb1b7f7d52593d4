import { describe, expect, it } from 'vitest';
import {
  expectApplications,
  expectProactive,
  expectReviews,
  imported,
  ROWS_2019,
  ROWS_2021,
  table,
  type Expected,
} from './corpus';

/**
 * Every cell of the part 二, 三 and 四 tables of six reports, typed by hand from
 * the source files (the HTML's <td>s, the row dumps, the Markdown), never from
 * the importer's output. A blank cell is written as the report writes it ('').
 */

const z7: Expected[] = [0, 0, 0, 0, 0, 0, 0];
const np = (n: number): Expected[] => [n, 0, 0, 0, 0, 0, n];
const e7: Expected[] = ['', '', '', '', '', '', ''];

describe('平潭 2019 (web page, 2019 format, row header repeated by a page split)', () => {
  it('reads part 二 with the 2019 columns', async () => {
    const { dataset } = await imported('pingtan/2019.html');
    expect(dataset.meta.format).toBe('2019');
    expectProactive(dataset, {
      'rules.made': 0,
      'rules.published': 0,
      'rules.published-total': 0,
      'normative-docs.made': 89,
      'normative-docs.published': 89,
      'normative-docs.published-total': 89,
      'licensing.items-last-year': 396,
      'licensing.items-change': 0,
      'licensing.decisions': 181,
      'other-services.items-last-year': 10,
      'other-services.items-change': 0,
      'other-services.decisions': 153,
      'penalties.items-last-year': 2648,
      'penalties.items-change': 0,
      'penalties.decisions': 430,
      'coercion.items-last-year': 126,
      'coercion.items-change': 0,
      'coercion.decisions': 25,
      'fees.items-last-year': 35,
      'fees.items-change': 0,
      'procurement.projects': 135,
      'procurement.amount': 75394432.52,
    });
  });
  it('reads the application table', async () => {
    const { dataset } = await imported('pingtan/2019.html');
    expectApplications(
      dataset,
      table(ROWS_2019, [
        np(23),
        z7,
        np(7),
        np(1),
        z7,
        z7,
        z7,
        z7,
        z7,
        z7,
        z7,
        z7,
        np(7),
        z7,
        np(5),
        z7,
        np(3),
        z7,
        z7,
        z7,
        z7,
        np(23),
        z7,
      ]),
    );
  });
  it('reads the review table', async () => {
    const { dataset } = await imported('pingtan/2019.html');
    expectReviews(dataset, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('平潭 2021 (web page, irregular header: 自然人 and 商业企业 span two columns)', () => {
  it('reads part 二', async () => {
    const { dataset } = await imported('pingtan/2021.html');
    expect(dataset.meta.format).toBe('2021');
    expectProactive(dataset, {
      'rules.issued': 0,
      'rules.repealed': 0,
      'rules.in-force': 0,
      'normative-docs.issued': 69,
      'normative-docs.repealed': 3,
      'normative-docs.in-force': 665,
      'licensing.decisions': 2293,
      'penalties.decisions': 1282,
      'coercion.decisions': 42,
      'fees.amount': 24252.311082,
    });
  });
  it('reads the application table', async () => {
    const { dataset } = await imported('pingtan/2021.html');
    expectApplications(
      dataset,
      table(ROWS_2021, [
        [64, 0, 0, 2, 0, 4, 70],
        z7,
        [27, 0, 0, 2, 0, 1, 30],
        np(5),
        z7,
        z7,
        z7,
        z7,
        np(1),
        z7,
        np(6),
        np(1),
        [22, 0, 0, 0, 0, 3, 25],
        z7,
        z7,
        z7,
        z7,
        z7,
        z7,
        z7,
        z7,
        z7,
        np(1),
        [63, 0, 0, 2, 0, 4, 69],
        np(1),
      ]),
    );
  });
  it('reads the review table', async () => {
    const { dataset } = await imported('pingtan/2021.html');
    expectReviews(dataset, [1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0]);
  });
});

describe('平潭 2025 (web page, 2021 format)', () => {
  it('reads all three tables', async () => {
    const { dataset } = await imported('pingtan/2025.html');
    expectProactive(dataset, {
      'rules.issued': 0,
      'rules.repealed': 0,
      'rules.in-force': 0,
      'normative-docs.issued': 58,
      'normative-docs.repealed': 45,
      'normative-docs.in-force': 546,
      'licensing.decisions': 2418,
      'penalties.decisions': 644,
      'coercion.decisions': 64,
      'fees.amount': 4166.241619,
    });
    expectApplications(
      dataset,
      table(ROWS_2021, [
        [151, 3, 0, 0, 0, 0, 154],
        z7,
        np(33),
        np(38),
        z7,
        z7,
        z7,
        z7,
        np(3),
        np(2),
        np(3),
        np(3),
        [49, 1, 0, 0, 0, 0, 50],
        np(3),
        z7,
        np(2),
        z7,
        z7,
        z7,
        z7,
        np(8),
        np(2),
        np(1),
        [147, 1, 0, 0, 0, 0, 148],
        [4, 2, 0, 0, 0, 0, 6],
      ]),
    );
    expectReviews(dataset, [25, 3, 8, 0, 36, 3, 3, 0, 0, 6, 3, 0, 0, 0, 3]);
  });
});

describe('上海市政府办公厅 2019 (rows dump, 2019 format, blank cells)', () => {
  it('keeps blank cells blank and reads the numbers', async () => {
    const { dataset } = await imported('others/shanghai-office-2019.rows.txt');
    expect(dataset.meta.format).toBe('2019');
    expectProactive(dataset, {
      'rules.made': 13,
      'rules.published': 13,
      'rules.published-total': 524,
      'normative-docs.made': 60,
      'normative-docs.published': 60,
      'normative-docs.published-total': 368,
      'licensing.items-last-year': 0,
      'licensing.items-change': 0,
      'licensing.decisions': 0,
      'other-services.items-last-year': 0,
      'other-services.items-change': 0,
      'other-services.decisions': 0,
      'penalties.items-last-year': 0,
      'penalties.items-change': 0,
      'penalties.decisions': 0,
      'coercion.items-last-year': 0,
      'coercion.items-change': 0,
      'coercion.decisions': 0,
      'fees.items-last-year': 0,
      'fees.items-change': 0,
      'procurement.projects': 6,
      'procurement.amount': 251000,
    });
    expectApplications(
      dataset,
      table(ROWS_2019, [
        [821, 35, '', '', 2, 1, 859],
        [18, '', '', '', '', '', 18],
        [258, 12, '', '', 1, 1, ''],
        [3, '', '', '', '', '', ''],
        [14, '', '', '', '', '', ''],
        e7,
        e7,
        e7,
        [5, '', '', '', '', '', ''],
        [3, 1, '', '', '', '', ''],
        e7,
        [10, 2, '', '', '', '', ''],
        [252, 12, '', '', 1, '', ''],
        [44, 3, '', '', '', '', ''],
        [25, '', '', '', '', '', ''],
        [148, 1, '', '', '', '', ''],
        [5, 4, '', '', '', '', ''],
        e7,
        e7,
        e7,
        e7,
        [767, 35, '', '', 2, 1, 805],
        [72, '', '', '', '', '', 72],
      ]),
    );
    expectReviews(dataset, [5, '', '', 2, 7, 8, '', '', 1, 9, '', '', '', '', '']);
  });
});

describe('洪泽 2023 (PDF table dump broken across pages, 三（六） as one row)', () => {
  it('reads all three tables, including the report’s own inconsistent review totals', async () => {
    const { dataset } = await imported('others/hongze-2023.tables.txt');
    expect(dataset.meta.format).toBe('2021');
    expectProactive(dataset, {
      'rules.issued': 0,
      'rules.repealed': 0,
      'rules.in-force': 0,
      'normative-docs.issued': 0,
      'normative-docs.repealed': 5,
      'normative-docs.in-force': 5,
      'licensing.decisions': 550,
      'penalties.decisions': 4119,
      'coercion.decisions': 195,
      'fees.amount': 7730.28,
    });
    expectApplications(
      dataset,
      table(ROWS_2019, [
        np(21),
        z7,
        z7,
        np(4),
        np(1),
        z7,
        z7,
        z7,
        z7,
        np(1),
        np(1),
        z7,
        np(10),
        np(3),
        z7,
        np(1),
        z7,
        z7,
        z7,
        z7,
        z7,
        np(21),
        z7,
      ]),
    );
    expectReviews(dataset, [10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0]);
  });
});

describe('沭阳 2025 (OCR’d Markdown: each row group its own table, a wrong header in the middle)', () => {
  it('reads all three tables', async () => {
    const { dataset } = await imported('others/shuyang-2025.ocr.md');
    expectProactive(dataset, {
      'rules.issued': 0,
      'rules.repealed': 0,
      'rules.in-force': 0,
      'normative-docs.issued': 6,
      'normative-docs.repealed': 1,
      'normative-docs.in-force': 32,
      'licensing.decisions': 517645,
      'penalties.decisions': 693957,
      'coercion.decisions': 2154,
      'fees.amount': 4068.208,
    });
    expectApplications(
      dataset,
      table(ROWS_2021, [
        [705, 3, 0, 0, 5, 0, 713],
        np(36),
        [290, 1, 0, 0, 3, 0, 294],
        [99, 0, 0, 0, 2, 0, 101],
        z7,
        z7,
        np(2),
        np(2),
        np(13),
        np(2),
        np(4),
        np(9),
        np(111),
        np(2),
        z7,
        np(12),
        [6, 1, 0, 0, 0, 0, 7],
        z7,
        z7,
        z7,
        np(9),
        np(7),
        [142, 1, 0, 0, 0, 0, 143],
        [710, 3, 0, 0, 5, 0, 718],
        np(31),
      ]),
    );
    expectReviews(dataset, [27, 10, 9, 15, 61, 3, 0, 0, 0, 3, 8, 0, 1, 1, 10]);
  });
});

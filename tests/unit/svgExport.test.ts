// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { barDrawing } from '../../src/charts/drawing';
import { buildChartModel } from '../../src/charts/model';
import { CSS_VARS, THEMES } from '../../src/charts/palette';
import type { Filters } from '../../src/data/selectors';
import { NO_FILTERS } from '../../src/data/url';
import { exportSvg, type ChartExport, type SizePreset } from '../../src/export/chart';
import { framedSvg } from '../../src/export/svg';
import { formatTick } from '../../src/i18n/format';
import { dataset } from './helpers';

const none: Filters = NO_FILTERS;

function request(
  id: string,
  size: SizePreset = 'screen',
  theme: 'light' | 'dark' = 'light',
  lang: 'en' | 'zh-Hant' = 'en',
): ChartExport {
  const model = buildChartModel(
    dataset.groupings.find((g) => g.id === id)!,
    dataset,
    none,
    lang,
  );
  return {
    drawing: barDrawing(
      model,
      model.bars.map((b) => `${b.value} items`),
      (v, max) => formatTick(v, model.unit, dataset.units, lang, max),
    ),
    frame: {
      title: model.title,
      subtitle: 'Filters: none',
      notes: model.note ? [model.note, 'Together 44'] : ['Together 44'],
      source: 'Source: the report, Part II.',
      lang,
    },
    theme,
    size,
    screenWidth: 400,
  };
}

const model = (req: ChartExport) =>
  buildChartModel(
    dataset.groupings.find((g) => g.id === req.drawing.id)!,
    dataset,
    none,
    req.frame.lang as 'en',
  );

const parse = (text: string) => new DOMParser().parseFromString(text, 'image/svg+xml');
/** Each <text> as read: its tspans joined. */
const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');

describe('exported SVG', () => {
  it('is well-formed, titled and carries every label whole, the notes, the legend and the source', async () => {
    for (const id of dataset.groupings.map((g) => g.id)) {
      const req = request(id);
      const doc = parse((await exportSvg(req)).text);
      expect(doc.querySelector('parsererror'), id).toBeNull();
      expect(doc.querySelector('svg > title')?.textContent, id).toBe(req.frame.title);
      const all = texts(doc).join('\n');
      for (const c of model(req).categories)
        expect(
          texts(doc).map((t) => t.replaceAll(' ', '')),
          id,
        ).toContain(c.label.replaceAll(' ', ''));
      for (const note of req.frame.notes) expect(all.replaceAll('\n', ' '), id).toContain(note.split(' ')[0]);
      expect(all, id).toContain('Source: the report');
      expect(all, id).not.toContain('…');
      if (model(req).kind === 'grouped-bar')
        for (const s of model(req).series) expect(texts(doc), id).toContain(s.label);
    }
  });

  it('writes a long note whole, over several lines', async () => {
    const req = request('proactive-by-channel');
    const doc = parse((await exportSvg(req)).text);
    const joined = texts(doc).join(' ');
    expect(joined).toContain('Channels overlap');
    expect(joined.replace(/\s+/g, ' ')).toContain(model(req).note!.replace(/\s+/g, ' ').slice(-30));
  });

  it('draws on the background asked for, whatever the page', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const doc = parse((await exportSvg(request('posts-by-level', 'screen', theme))).text);
      expect(doc.querySelector('svg > rect')?.getAttribute('fill')).toBe(THEMES[theme].bg);
      expect(doc.querySelector('rect[stroke]')?.getAttribute('stroke')).toBe(THEMES[theme].series[0]);
    }
  });

  it('fits a social card of 1200 × 675 and a print column of 84 mm', async () => {
    const social = await exportSvg(request('proactive-by-category', 'social'));
    expect(social.width * social.scale).toBeCloseTo(1200, 0);
    expect(social.height * social.scale).toBeCloseTo(675, 0);
    const svg = parse(social.text).documentElement;
    expect([svg.getAttribute('width'), svg.getAttribute('height')]).toEqual(['1200', '675']);
    const print = await exportSvg(request('proactive-by-category', 'print'));
    expect(print.width).toBe(318);
    expect(print.width * print.scale).toBeCloseTo(994, 0);
  });

  it('keeps the text of the language on the file', async () => {
    const doc = parse((await exportSvg(request('posts-by-level', 'screen', 'light', 'zh-Hant'))).text);
    expect(doc.documentElement.getAttribute('xml:lang')).toBe('zh-Hant');
    expect(texts(doc)).toContain('市級部門');
  });

  it('escapes what would break the markup', () => {
    const req = request('posts-by-level');
    const chart = { markup: '<svg xmlns="http://www.w3.org/2000/svg"/>', width: 468, height: 10 };
    const out = framedSvg(chart, [], 'x', { ...req.frame, title: 'A <b> & "c"' }, { width: 500, theme: 'light' });
    expect(parse(out.text).querySelector('title')?.textContent).toBe('A <b> & "c"');
  });
});

describe('palette', () => {
  it('index.css declares the same colours the exports write', () => {
    const css = readFileSync(join(import.meta.dirname, '../../src/index.css'), 'utf8');
    const block = (selector: string) =>
      css.slice(css.indexOf(`${selector} {`), css.indexOf('}', css.indexOf(`${selector} {`)));
    for (const [theme, selector] of [
      ['light', ':root'],
      ['dark', '.dark'],
    ] as const) {
      const vars = block(selector);
      for (const [key, cssVar] of Object.entries(CSS_VARS))
        expect(vars, `${theme} ${cssVar}`).toContain(`${cssVar}: ${THEMES[theme][key as keyof typeof CSS_VARS]};`);
      THEMES[theme].series.forEach((c, i) => expect(vars).toContain(`--chart-${i + 1}: ${c};`));
    }
  });
});

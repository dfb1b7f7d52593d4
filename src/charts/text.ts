/**
 * Text measured in the page's font where there is one (a browser: screen and export alike), else
 * estimated, so tests lay out without a DOM: CJK glyphs are square; Latin is about 0.62 em.
 */

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’]/;
// Where CJK text may break: curly quotes are measured wide but are no break of their own
// (English writes its apostrophe ’ inside a word: "report’s").
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

export function textWidth(s: string, fontSize: number, weight: 'normal' | 'bold' = 'normal'): number {
  const measured = measureInBrowser(s, fontSize, weight);
  if (measured !== null) return measured;
  const latin = weight === 'bold' ? 0.66 : 0.62;
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? fontSize : ch === ' ' ? fontSize * 0.3 : fontSize * latin;
  return Math.ceil(w);
}

/**
 * In a browser, text is measured in the page's own font (a canvas, no layout of the page), so a label is
 * never cut where the reader's font runs wider than the estimate ("WeChat" in DejaVu Sans) and a legend's
 * gaps are even. Screen and export measure alike; outside a browser (unit tests) the estimate stands.
 */
let canvas: CanvasRenderingContext2D | null | undefined;
let fontOf = { lang: '', family: '' };
const widths = new Map<string, number>();

function measureInBrowser(s: string, fontSize: number, weight: 'normal' | 'bold'): number | null {
  if (canvas === undefined)
    canvas =
      typeof document === 'undefined' || /jsdom/.test(navigator.userAgent)
        ? null
        : document.createElement('canvas').getContext('2d');
  if (!canvas) return null;
  // The family follows the page's language (html:lang(zh-Hant) picks Traditional CJK fonts first).
  const lang = document.documentElement.lang;
  if (fontOf.lang !== lang || !fontOf.family) fontOf = { lang, family: getComputedStyle(document.body).fontFamily };
  const key = `${weight}|${fontSize}|${fontOf.family}|${s}`;
  let w = widths.get(key);
  if (w === undefined) {
    canvas.font = `${weight} ${fontSize}px ${fontOf.family}`;
    // A pixel to spare: glyph edges and subpixel positions never overflow the box.
    w = Math.ceil(canvas.measureText(s).width) + 1;
    widths.set(key, w);
  }
  return w;
}

/**
 * Breaks text into lines that fit `width`: Latin at spaces (a word longer than the
 * line is broken where it must), CJK before any character but a closing mark.
 */
export function wrapText(
  text: string,
  width: number,
  fontSize: number,
  weight: 'normal' | 'bold' = 'normal',
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    const next = line + ch;
    if (line && ch !== ' ' && textWidth(next.trimEnd(), fontSize, weight) > width) {
      const space = line.lastIndexOf(' ');
      const cjkBreak = CJK.test(ch) || CJK.test(line.at(-1) ?? '');
      if (!cjkBreak && space > 0) {
        lines.push(line.slice(0, space));
        line = line.slice(space + 1) + ch;
        continue;
      }
      // Closing punctuation never starts a line, an opening bracket never ends one: the last character goes
      // down with it. A number goes with the character it counts ("2025年", "55.58万") and its opening bracket.
      let carry = /[，。、；：！？）」』”’]/.test(ch) || /[（「『“]/.test(line.at(-1) ?? '') ? 1 : 0;
      const first = carry ? (line.at(-1) ?? '') : ch;
      if (CJK.test(first) || /[0-9.,%]/.test(first))
        carry += /[（「『“]?[0-9][0-9.,%]*$/.exec(line.slice(0, line.length - carry))?.[0].length ?? 0;
      if (carry > 0 && carry < line.length) {
        lines.push(line.slice(0, -carry).trimEnd());
        line = line.slice(-carry) + ch;
        continue;
      }
      lines.push(line.trimEnd());
      line = ch;
      continue;
    }
    line = next;
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

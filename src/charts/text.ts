/**
 * Text measured without a DOM, so layout is the same on screen, in an export and
 * in a test. CJK glyphs are square; Latin is about 0.62 em (a little generous, so
 * a wrapped line never overflows its box).
 */

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’]/;
// Where CJK text may break: curly quotes are measured wide but are no break of their own
// (English writes its apostrophe ’ inside a word: "report’s").
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

export function textWidth(s: string, fontSize: number, weight: 'normal' | 'bold' = 'normal'): number {
  const latin = weight === 'bold' ? 0.66 : 0.62;
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? fontSize : ch === ' ' ? fontSize * 0.3 : fontSize * latin;
  return Math.ceil(w);
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
      // Closing punctuation never starts a line, an opening bracket never ends one:
      // carry the last character down with it.
      if ((/[，。、；：！？）」』”’]/.test(ch) || /[（「『“]/.test(line.at(-1) ?? '')) && line.length > 1) {
        lines.push(line.slice(0, -1));
        line = line.slice(-1) + ch;
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

/**
 * Text clean-up shared by the decoders: what a browser would not show (zero-width
 * characters, Word's conditional comments escaped into text) goes, and whitespace
 * collapses the way a reader sees it.
 */

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
// Word HTML pasted into an editor sometimes escapes its conditional comments into text.
const WORD_COMMENTS =
  /<!--\[if[^\]]*\]-->|<!--\[endif\]-->|<!\[if[^\]]*\]>|<!\[endif\]>|<!--(?:Start|End)Fragment-->/gi;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

export const isCjk = (c: string | undefined): boolean => c !== undefined && CJK.test(c);

export function stripInvisible(s: string): string {
  return s.replace(INVISIBLE, '').replace(WORD_COMMENTS, '');
}

/**
 * Collapses whitespace (including &nbsp; and the ideographic space) to one space;
 * a run that holds a line break between two CJK characters vanishes, as it is
 * only the markup's line wrapping.
 */
export function collapse(s: string): string {
  const t = stripInvisible(s);
  return t
    .replace(/[\s\u00a0\u3000]+/g, (ws, at: number) => {
      const before = t[at - 1];
      const after = t[at + ws.length];
      return /\n/.test(ws) && isCjk(before) && isCjk(after) ? '' : ' ';
    })
    .trim();
}

/** Joins pieces of one cell (paragraphs, <br>): no space between CJK text, one between words. */
export function joinPieces(pieces: readonly string[]): string {
  let out = '';
  for (const p of pieces) {
    if (p === '') continue;
    out += out === '' || isCjk(out.at(-1)) || isCjk(p[0]) ? p : ' ' + p;
  }
  return out;
}

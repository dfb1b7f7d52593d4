/**
 * Chinese text takes full-width punctuation (，：；（）？！). Ours often arrived
 * half-width (the source text's conversion lost them), so labels are normalised.
 * A mark between two ASCII letters or digits stays as it is: 467,328, f(x), 12:30.
 */
const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！' };
const ASCII_WORD = /[A-Za-z0-9]/;

export function zhPunct(s: string): string {
  return s.replace(/[,:;()?!]/g, (mark, i: number) =>
    ASCII_WORD.test(s[i - 1] ?? '') && ASCII_WORD.test(s[i + 1] ?? '') ? mark : (FULL[mark] ?? mark),
  );
}

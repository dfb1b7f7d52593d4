import TinyPinyin from 'tiny-pinyin';

/**
 * A readable id for a body named only in Chinese, in pinyin without tones, one
 * word per administrative unit: 淮安市洪泽区人民政府 -> huaianshi-hongzequ. The
 * suffix every government shares (人民政府) is dropped; a department keeps its
 * name (教育局 -> jiaoyuju).
 */

const UNIT = /(省|自治区|市|自治州|地区|县|自治县|区|旗|镇|乡|街道|办事处|委员会|局|厅|办公室)/g;
const MAX = 60;

export function pinyinId(name: string): string | undefined {
  const trimmed = name.replace(/\s+/g, '').replace(/人民政府$/, '') || name;
  const words = trimmed
    .replace(UNIT, '$1\u0000')
    .split('\u0000')
    .map((w) =>
      TinyPinyin.convertToPinyin(w, '', true)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ''),
    )
    .filter(Boolean);
  const id = words.join('-').slice(0, MAX).replace(/-+$/, '');
  return id || undefined;
}

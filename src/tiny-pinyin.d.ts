// tiny-pinyin ships its types as tiny-pinyin.d.ts without naming them in package.json.
declare module 'tiny-pinyin' {
  const TinyPinyin: {
    isSupported(force?: boolean): boolean;
    convertToPinyin(str: string, separator?: string, lowerCase?: boolean): string;
  };
  export default TinyPinyin;
}

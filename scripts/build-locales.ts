import { writeFileSync } from 'node:fs';
import { zhHant } from '../src/i18n/zh-Hant';
import { toHans } from '../src/i18n/hans';

/** `npm run locales`: derives src/i18n/zh-Hans.ts from zh-Hant (src/i18n/hans.ts), so nobody types Simplified by hand. */
export function zhHansSource(): string {
  const lines = Object.entries(zhHant).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(toHans(v))},`);
  return [
    "import type { Messages } from './en';",
    '',
    '/** 由 scripts/build-locales.ts 从 zh-Hant 转换生成（字符转换加少数台湾用语回转），请勿手改。 */',
    'export const zhHans = {',
    ...lines,
    '} as const satisfies Messages;',
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL('../src/i18n/zh-Hans.ts', import.meta.url), zhHansSource());
  console.log('wrote src/i18n/zh-Hans.ts');
}

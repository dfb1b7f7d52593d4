import type { Lang } from '../data/schema';
import { en, type MessageKey, type Messages } from './en';

export type { MessageKey, Messages };
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export const DEFAULT_LANG: Lang = 'en';
// Until the library's chunk adds its strings (addEnglish), English lacks them; nothing shown before needs them.
export const bundled = { ...en } as Partial<Messages> as Messages;

export function addEnglish(extra: Partial<Messages>): void {
  Object.assign(bundled, extra);
}

/** Locales other than English are separate chunks, fetched when first chosen. */
export async function loadMessages(lang: Lang): Promise<Messages> {
  if (lang === 'zh-Hant') return (await import('./zh-Hant')).zhHant;
  if (lang === 'zh-Hans') return (await import('./zh-Hans')).zhHans;
  return bundled;
}

export function makeTranslate(messages: Messages): Translate {
  return (key, params) => {
    const template = messages[key];
    if (!params) return template;
    // `{n|item|items}` picks the singular when n is 1 (English needs it; Chinese does not).
    return template
      .replace(/\{(\w+)\|([^|{}]*)\|([^{}]*)\}/g, (_m, name: string, one: string, other: string) =>
        params[name] === 1 ? one : other,
      )
      .replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m));
  };
}

/** zh-TW/zh-HK/zh-MO/zh-Hant -> zh-Hant, other zh -> zh-Hans, anything else -> English. */
export function detectLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const t = tag.toLowerCase();
    if (!t.startsWith('zh')) continue;
    return /^zh-(hant|tw|hk|mo)\b/.test(t) ? 'zh-Hant' : 'zh-Hans';
  }
  return 'en';
}

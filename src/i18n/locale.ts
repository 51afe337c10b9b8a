// The chosen language: a preference kept in localStorage like the theme (never a token or key), defaulting to
// the browser's preferred languages; <html lang> follows it.
import { atom } from 'nanostores';

export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'language';

/** The first of the browser's preferred languages that the page speaks: any `zh*` is zh-CN. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
    if (lower === 'en' || lower.startsWith('en-')) return 'en';
  }
  return 'en';
}

function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

function readSaved(): Language | undefined {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return isLanguage(saved) ? saved : undefined;
  } catch {
    return undefined;
  }
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

export const locale = atom<Language>(readSaved() ?? pickLanguage(browserLanguages()));

/** Switches the page's language at once (no reload) and remembers the choice. */
export function chooseLanguage(language: Language): void {
  locale.set(language);
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // storage may be disabled; the choice still applies for this visit
  }
}

if (typeof document !== 'undefined') {
  locale.subscribe((language) => {
    document.documentElement.lang = language;
  });
}

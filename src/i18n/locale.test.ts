import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pickLanguage } from './locale';

/** Runs public/theme.js (inlined in index.html's head) with a saved language and the browser's languages. */
function headScriptLanguage(saved: string | null, languages: string[]): string {
  const code = readFileSync(new URL('../../public/theme.js', import.meta.url), 'utf8');
  const root = { dataset: {} as Record<string, string>, lang: 'en' };
  const storage = { getItem: (key: string) => (key === 'language' ? saved : null) };
  const navigator = { languages, language: languages[0] ?? '' };
  new Function('localStorage', 'matchMedia', 'document', 'navigator', code)(
    storage,
    () => ({ matches: false }),
    { documentElement: root },
    navigator,
  );
  return root.lang;
}

describe('the language the head script sets before first paint', () => {
  it.each([
    [['zh-CN', 'en']],
    [['zh-TW']],
    [['ZH']],
    [['en-GB', 'zh-CN']],
    [['fr', 'zh-HK', 'en']],
    [['fr', 'de']],
    [['zhx']],
    [[]],
  ])('is the one the app picks for %j', (languages) => {
    expect(headScriptLanguage(null, languages)).toBe(pickLanguage(languages));
  });

  it('is a saved choice when there is one, and ignores a saved value the page does not speak', () => {
    expect(headScriptLanguage('zh-CN', ['en'])).toBe('zh-CN');
    expect(headScriptLanguage('en', ['zh-CN'])).toBe('en');
    expect(headScriptLanguage('fr', ['zh-CN'])).toBe('zh-CN');
  });
});

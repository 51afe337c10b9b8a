// The language picker: switching re-renders the text in place; the token, key and options are untouched.
import { useStore } from '@nanostores/react';
import { appMessages } from '../i18n/en/app';
import { chooseLanguage, LANGUAGES, locale } from '../i18n/locale';
import type { Language } from '../i18n/locale';
import { HeaderSelect } from './header-select';

// Each language is named in itself, so a reader finds their own whatever the page speaks now.
const NATIVE_NAMES: Record<Language, string> = { en: 'English', 'zh-CN': '简体中文' };

export function LanguageSelect() {
  const t = useStore(appMessages);
  const language = useStore(locale);
  return (
    <HeaderSelect
      label={t.language}
      testid="language-select"
      value={language}
      onChange={(value) => chooseLanguage(value as Language)}
    >
      {LANGUAGES.map((code) => (
        <option key={code} value={code} lang={code}>
          {NATIVE_NAMES[code]}
        </option>
      ))}
    </HeaderSelect>
  );
}

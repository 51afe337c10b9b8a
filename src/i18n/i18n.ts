// The i18n runtime (@nanostores/i18n): English messages are defined beside their namespace in ./en/ and
// ship with the code that shows them; another language's catalogue loads by dynamic import when chosen.
import { createI18n } from '@nanostores/i18n';
import type { ComponentsJSON } from '@nanostores/i18n';
import { locale } from './locale';
import type { Language } from './locale';

async function loadCatalogue(language: Language): Promise<ComponentsJSON> {
  if (language === 'zh-CN') return (await import('./zh-CN/index')).zhCN;
  return {};
}

// Start fetching the catalogue before the first component asks for it.
if (locale.get() !== 'en') void loadCatalogue(locale.get());

export const i18n = createI18n(locale, { get: (code) => loadCatalogue(code) });

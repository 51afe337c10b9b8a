// For unit tests only: a namespace's messages in Simplified Chinese, as a component would receive them after a
// language switch. The wording functions take these in place of the English `fooMessages.get()`.
import type { Messages, Translations } from '@nanostores/i18n';
import { i18n } from './i18n';
import { locale } from './locale';
import type { Language } from './locale';
import { zhCN } from './zh-CN/index';

export function messagesIn<Body extends Translations>(store: Messages<Body>, language: Language): Body {
  (i18n.cache as Record<string, unknown>)['zh-CN'] = zhCN;
  const before = locale.get();
  locale.set(language);
  try {
    return store.get();
  } finally {
    locale.set(before);
  }
}

// Types that tie a translation to its English namespace: every key present, nothing extra, checked by tsc.
import type { Messages, TranslationJSON } from '@nanostores/i18n';

/** The shape a translated namespace must have: the English namespace's keys, each a string (or plural forms). */
export type TranslationOf<M> =
  M extends Messages<infer Body>
    ? { [K in keyof Body]: Body[K] extends string ? string : TranslationJSON }
    : never;

/** The translations a component reads: `MessagesOf<typeof tokenMessages>` is the type of `useMessages(tokenMessages)`. */
export type MessagesOf<M> = M extends Messages<infer Body> ? Body : never;

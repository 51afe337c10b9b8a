// Copy as code: programs that verify the current token with the current options in jose, PyJWT and jsonwebtoken.

import { makeJoseSnippet } from './jose-snippet';
import { makeJsonwebtokenSnippet } from './jsonwebtoken-snippet';
import { makePyjwtSnippet } from './pyjwt-snippet';
import { readKeySource } from './snippet-key';
import type { Snippet, SnippetOptions } from './snippet-options';

export type {
  Snippet,
  SnippetKeyKind,
  SnippetLanguage,
  SnippetOptions,
  SnippetSecretEncoding,
} from './snippet-options';
export { quoteJs, quotePython } from './literals';

/**
 * Writes one program per library that verifies the compact JWS `token` with the given options; the key
 * is a placeholder read from the environment unless `includeKey` is set. Returns nothing for alg `none`.
 */
export function makeSnippets(options: SnippetOptions): Snippet[] {
  if (options.alg.toLowerCase() === 'none') return [];
  const key = readKeySource(options);
  return [
    { lang: 'jose', code: makeJoseSnippet(options, key) },
    { lang: 'pyjwt', code: makePyjwtSnippet(options, key) },
    { lang: 'jsonwebtoken', code: makeJsonwebtokenSnippet(options, key) },
  ];
}

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
  const note = keyNote(options);
  return [
    { lang: 'jose', code: withNote(makeJoseSnippet(options, key), note, '//') },
    { lang: 'pyjwt', code: withNote(makePyjwtSnippet(options, key), note, '#') },
    { lang: 'jsonwebtoken', code: withNote(makeJsonwebtokenSnippet(options, key), note, '//') },
  ];
}

/** What the code must say about a private key in the key box: its public half was used, or it was left out. */
function keyNote(options: SnippetOptions): string | undefined {
  if (!options.includeKey) return undefined;
  if (options.keyDerivedFromPrivate)
    return 'The key box holds a private key: only its public part is written here (verifying needs no more).';
  if (options.keyKind === 'pem-private')
    return 'The key box holds a private key, which is never written into code: set the variable to its public key.';
  return undefined;
}

/** Puts the note under the program's first comment line. */
function withNote(code: string, note: string | undefined, comment: string): string {
  if (note === undefined) return code;
  const end = code.indexOf('\n');
  return `${code.slice(0, end + 1)}${comment} ${note}\n${code.slice(end + 1)}`;
}

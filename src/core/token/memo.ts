// A decoder that remembers its last few answers, for callers that decode the same text several times per
// keystroke (the reducer and the app do, and a 1 MB token is costly). The caller owns it: core keeps no state.

import { decodeToken } from './token';
import type { DecodedToken } from './types';

export type TokenDecoder = (input: string) => DecodedToken;

/**
 * Makes a memoised decodeToken that keeps the `bound` most recently used inputs (1 by default: the text being
 * typed). The same input returns the same object, so React memos keyed on it hold.
 */
export function createTokenDecoder(bound = 1): TokenDecoder {
  const size = Math.max(1, Math.floor(bound));
  // A Map keeps insertion order: re-inserting on a hit makes the first key the least recently used.
  const entries = new Map<string, DecodedToken>();
  return (input) => {
    const hit = entries.get(input);
    if (hit) {
      entries.delete(input);
      entries.set(input, hit);
      return hit;
    }
    const decoded = decodeToken(input);
    entries.set(input, decoded);
    if (entries.size > size) entries.delete(entries.keys().next().value as string);
    return decoded;
  };
}

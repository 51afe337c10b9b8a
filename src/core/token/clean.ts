// Cleans what people paste around a token before it is decoded.

import type { Cleanup } from './types';

const AUTH_HEADER = /^authorization\s*:\s*/i;
const BEARER = /^bearer\s+/i;
const FRAGMENT_TOKEN = /(?:^|[#?&])(?:id_token|access_token|token)=([A-Za-z0-9_.~%-]+)/;

/** Removes what people paste around a token: whitespace, `Bearer `, an Authorization line, quotes. */
export function cleanTokenInput(input: string): { token: string; cleanups: Cleanup[] } {
  const cleanups: Cleanup[] = [];
  let text = input.trim();
  if (AUTH_HEADER.test(text)) {
    text = text.replace(AUTH_HEADER, '');
    cleanups.push('authorization-header');
  }
  if (BEARER.test(text)) {
    text = text.replace(BEARER, '');
    cleanups.push('bearer');
  }
  if (text.length >= 2 && /^["'`].*["'`]$/s.test(text) && text[0] === text[text.length - 1]) {
    text = text.slice(1, -1).trim();
    cleanups.push('quotes');
  }
  // A redirect URL or fragment such as `https://app/cb#id_token=eyJ…&state=…` (as with jwt.ms).
  if (!text.startsWith('{') && /(?:id_token|access_token|token)=/.test(text)) {
    const match = FRAGMENT_TOKEN.exec(text);
    if (match?.[1]) {
      try {
        text = decodeURIComponent(match[1]);
        cleanups.push('url-fragment');
      } catch {
        // leave as is: the decoder will say what is wrong
      }
    }
  }
  if (!text.startsWith('{') && /\s/.test(text)) {
    text = text.replace(/\s+/g, '');
    if (!cleanups.includes('whitespace')) cleanups.push('whitespace');
  } else if (input !== input.trim()) {
    cleanups.push('whitespace');
  }
  return { token: text, cleanups };
}

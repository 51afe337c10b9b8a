// Why a number lexeme does not survive JSON.parse (out of range, imprecise, -0, notation), and which claim holds it.
// Apart from json-numbers.ts so that only the claims table, loaded lazily, carries it.

import { isDigit, scanTokens } from './json-numbers';

/** Why a number's lexeme does not survive JSON.parse and JSON.stringify. */
export type InexactReason = 'out-of-range' | 'imprecise' | 'negative-zero' | 'notation';

export interface InexactNumber {
  /** The top-level member whose value holds the number (absent for one outside any member). */
  claim?: string;
  /** The number exactly as written in the JSON text. */
  lexeme: string;
  /** What JSON.parse makes of it. */
  parsed: number;
  reason: InexactReason;
}

/** Digits without leading or trailing zeros and the power of ten they are scaled by; '' for zero. */
function canonical(lexeme: string): { digits: string; exponent: number } {
  let i = lexeme[0] === '-' ? 1 : 0;
  let digits = '';
  let exponent = 0;
  for (; i < lexeme.length && isDigit(lexeme[i]); i++) digits += lexeme[i];
  if (lexeme[i] === '.') {
    for (i++; i < lexeme.length && isDigit(lexeme[i]); i++) {
      digits += lexeme[i];
      exponent--;
    }
  }
  if (lexeme[i] === 'e' || lexeme[i] === 'E') exponent += Number(lexeme.slice(i + 1));
  let start = 0;
  while (start < digits.length && digits[start] === '0') start++;
  let end = digits.length;
  while (end > start && digits[end - 1] === '0') {
    end--;
    exponent++;
  }
  digits = digits.slice(start, end);
  return { digits, exponent: digits === '' ? 0 : exponent };
}

/** Judges one number lexeme; undefined when JSON.stringify(JSON.parse(lexeme)) gives it back unchanged. */
export function judgeNumberLexeme(lexeme: string): InexactReason | undefined {
  const parsed = Number(lexeme);
  if (JSON.stringify(parsed) === lexeme) return undefined;
  if (!Number.isFinite(parsed)) return 'out-of-range';
  const written = canonical(lexeme);
  if (parsed === 0) {
    if (written.digits !== '') return 'out-of-range';
    return lexeme[0] === '-' ? 'negative-zero' : 'notation';
  }
  const read = canonical(String(parsed));
  return read.digits === written.digits && read.exponent === written.exponent ? 'notation' : 'imprecise';
}

/** The numbers of a JSON text that JSON.parse cannot give back as written (at most `limit`). */
export function findInexactNumbers(text: string, limit = 50): InexactNumber[] {
  const found: InexactNumber[] = [];
  let depth = 0;
  let claim: string | undefined;
  let expectKey = false;
  scanTokens(text, (token) => {
    const c = token[0];
    if (c === '{' || c === '[') {
      depth++;
      expectKey = c === '{' && depth === 1;
    } else if (c === '}' || c === ']') depth--;
    else if (c === ',') expectKey = depth === 1;
    else if (c === '"') {
      if (expectKey) claim = JSON.parse(token) as string;
      expectKey = false;
    } else if ((c === '-' || isDigit(c)) && found.length < limit) {
      const reason = judgeNumberLexeme(token);
      if (reason)
        found.push({ claim: depth >= 1 ? claim : undefined, lexeme: token, parsed: Number(token), reason });
    }
  });
  return found;
}

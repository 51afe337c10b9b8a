// Numbers as the token wrote them: JSON.parse turns 1e400 into Infinity, -0 into 0, 12345678901234567890
// into 12345678901234567000 and 1.0 into 1. These scans find such lexemes and pretty-print the JSON text
// itself, so the editor shows the token's own numbers. Index-based, linear scans (issue 16: no patterns).

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

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

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

/** Calls `visit` for each token of a JSON text: strings whole, numbers whole, punctuation one by one. */
function scanTokens(text: string, visit: (token: string, start: number) => void): void {
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') {
      i++;
    } else if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      visit(text.slice(i, j + 1), i);
      i = j + 1;
    } else if (c === '-' || isDigit(c)) {
      let j = i + 1;
      while (j < text.length && (isDigit(text[j]) || '.eE+-'.includes(text[j] ?? ' '))) j++;
      visit(text.slice(i, j), i);
      i = j;
    } else if (c === 't' || c === 'f' || c === 'n') {
      let j = i + 1;
      while (j < text.length && text[j]! >= 'a' && text[j]! <= 'z') j++;
      visit(text.slice(i, j), i);
      i = j;
    } else {
      visit(c ?? '', i);
      i++;
    }
  }
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

/**
 * Pretty-prints JSON text as JSON.stringify(value, null, 2) lays it out, but from the text: numbers and
 * strings stay exactly as written. The text must already be valid JSON.
 */
export function prettyPrintJsonText(text: string): string {
  const out: string[] = [];
  let depth = 0;
  let justOpened = false;
  const newline = () => '\n' + '  '.repeat(depth);
  scanTokens(text, (token) => {
    const c = token[0];
    if (justOpened && c !== '}' && c !== ']') out.push(newline());
    if (c === '}' || c === ']') {
      depth--;
      if (!justOpened) out.push(newline());
      out.push(token);
      justOpened = false;
      return;
    }
    justOpened = false;
    if (c === '{' || c === '[') {
      out.push(token);
      depth++;
      justOpened = true;
    } else if (c === ',') out.push(',' + newline());
    else if (c === ':') out.push(': ');
    else out.push(token);
  });
  return out.join('');
}

/** The editor's text for a decoded JSON object: JSON.stringify's, unless a number would change on the way. */
export function formatJsonKeepingNumbers(
  value: unknown,
  text: string | undefined,
  format: (v: unknown, t?: string) => string,
): string {
  return text !== undefined && findInexactNumbers(text, 1).length > 0
    ? prettyPrintJsonText(text)
    : format(value, text);
}

// Numbers as the token wrote them: JSON.parse turns 1e400 into Infinity, -0 into 0, 12345678901234567890
// into 12345678901234567000 and 1.0 into 1. These scans find such lexemes and pretty-print the JSON text
// itself, so the editor shows the token's own numbers. Index-based, linear scans (issue 16: no patterns).

export const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** Calls `visit` for each token of a JSON text: strings whole, numbers whole, punctuation one by one. */
export function scanTokens(text: string, visit: (token: string, start: number) => void): void {
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

/** True when some number lexeme of the JSON text would change through JSON.parse and JSON.stringify. */
export function hasInexactNumber(text: string): boolean {
  let found = false;
  scanTokens(text, (token) => {
    const c = token[0];
    if (!found && (c === '-' || isDigit(c))) found = JSON.stringify(Number(token)) !== token;
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
  return text !== undefined && hasInexactNumber(text) ? prettyPrintJsonText(text) : format(value, text);
}

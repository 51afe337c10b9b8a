// Copy as code: string, list and value literals in JavaScript and Python, escaped so they evaluate to the input.

import { allowedAlgorithms, type JsonValue, type SnippetOptions } from './snippet-options';

// One character class each (linear): any character quote() below would write differently.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
const NEEDS_ESCAPE_JS = /['\\\u0000-\u001f\u007f\u2028\u2029\ud800-\udfff]/;
// eslint-disable-next-line no-control-regex -- as above
const NEEDS_ESCAPE_PY = /["\\\u0000-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff]/;

interface StringSyntax {
  quote: "'" | '"';
  /** Any character the loop in quote() would write differently. */
  needsEscape: RegExp;
  /** How a character that has no short escape is written when it may not stand as itself, else undefined. */
  codeEscape: (code: number) => string | undefined;
}

const SHORT_ESCAPES: Partial<Record<string, string>> = {
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};
const hex = (code: number, digits: number) => code.toString(16).padStart(digits, '0');
// Line and paragraph separators and lone surrogates: escaped by both languages so the literal survives copying.
const isSeparatorOrSurrogate = (code: number) =>
  code === 0x2028 || code === 0x2029 || (code >= 0xd800 && code <= 0xdfff);

const JS: StringSyntax = {
  quote: "'",
  needsEscape: NEEDS_ESCAPE_JS,
  codeEscape: (code) =>
    code < 0x20 || code === 0x7f || isSeparatorOrSurrogate(code) ? `\\u${hex(code, 4)}` : undefined,
};

const PYTHON: StringSyntax = {
  quote: '"',
  needsEscape: NEEDS_ESCAPE_PY,
  codeEscape: (code) =>
    code < 0x20 || (code >= 0x7f && code <= 0x9f)
      ? `\\x${hex(code, 2)}`
      : isSeparatorOrSurrogate(code)
        ? `\\u${hex(code, 4)}`
        : undefined,
};

function quote(text: string, syntax: StringSyntax): string {
  // A token is base64url and dots: nothing to escape, so no per-character loop over a 1 MB token.
  if (!syntax.needsEscape.test(text)) return `${syntax.quote}${text}${syntax.quote}`;
  let out = syntax.quote;
  for (const char of text) {
    if (char === syntax.quote) out += `\\${char}`;
    else out += SHORT_ESCAPES[char] ?? syntax.codeEscape(char.codePointAt(0) ?? 0) ?? char;
  }
  return out + syntax.quote;
}

/** A single-quoted JavaScript string literal that evaluates to `text`. */
export const quoteJs = (text: string): string => quote(text, JS);

/** A double-quoted Python 3 string literal that evaluates to `text`. */
export const quotePython = (text: string): string => quote(text, PYTHON);

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** A JS expression for `text`, one array item per line when it spans several (a PEM stays readable). */
export function jsText(text: string): string {
  const lines = splitLines(text);
  if (lines.length === 1) return quoteJs(text);
  const end = text.endsWith('\n') ? ` + '\\n'` : '';
  return `[\n${lines.map((line) => `  ${quoteJs(line)},\n`).join('')}].join('\\n')${end}`;
}

/** A Python expression for `text`, one implicitly concatenated literal per line when it spans several. */
export function pyText(text: string): string {
  const lines = splitLines(text);
  if (lines.length === 1) return quotePython(text);
  const last = lines.length - 1;
  const pieces = lines.map(
    (line, i) => `    ${quotePython(i < last || text.endsWith('\n') ? `${line}\n` : line)}\n`,
  );
  return `(\n${pieces.join('')})`;
}

/** A Python expression for a JSON value (dicts, lists, True / False / None). */
export function pyValue(value: JsonValue, indent = ''): string {
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'None';
  if (typeof value === 'string') return quotePython(value);
  const inner = `${indent}    `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${inner}${pyValue(item, inner)},\n`).join('')}${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${quotePython(k)}: ${pyValue(v, inner)},\n`).join('')}${indent}}`;
}

/** A JS expression for a JSON value (JSON is valid JavaScript since ES2019). */
export function jsValue(value: JsonValue): string {
  return JSON.stringify(value, null, 2);
}

/** A JS expression for a JWK or JWK Set: its value, else `JSON.parse` of its text (or of `env`, a placeholder). */
export function jsJson(key: { value?: JsonValue; raw?: string }, env: string): string {
  return key.value !== undefined
    ? jsValue(key.value)
    : `JSON.parse(${key.raw === undefined ? env : quoteJs(key.raw)})`;
}

/** One value as itself, several as a list: what each library reads as "any one of these". */
export function oneOrMany<T>(values: string[], one: (v: string) => T, many: (vs: string[]) => T): T {
  return values.length === 1 ? one(values[0] ?? '') : many(values);
}

export const jsList = (values: string[]) => `[${values.map(quoteJs).join(', ')}]`;
export const pyList = (values: string[]) => `[${values.map(quotePython).join(', ')}]`;

/** The verify options jose and jsonwebtoken name alike (algorithms, audience, issuer), one line each. */
export function jsSharedOptions(options: SnippetOptions): string[] {
  const lines = [`  algorithms: ${jsList(allowedAlgorithms(options))},`];
  if (options.audience?.length) lines.push(`  audience: ${oneOrMany(options.audience, quoteJs, jsList)},`);
  if (options.issuer?.length) lines.push(`  issuer: ${oneOrMany(options.issuer, quoteJs, jsList)},`);
  return lines;
}

// Tests for numbers kept as written: JSON.parse's losses found, and JSON text pretty-printed without reparsing.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prettyPrintJsonText } from './json-numbers';
import { findInexactNumbers, judgeNumberLexeme } from './number-reasons';

describe('judgeNumberLexeme', () => {
  it.each([
    ['1e400', 'out-of-range'],
    ['-1e400', 'out-of-range'],
    ['1e-400', 'out-of-range'],
    ['12345678901234567890', 'imprecise'],
    ['9007199254740993', 'imprecise'],
    ['0.1000000000000000000001', 'imprecise'],
    ['-0', 'negative-zero'],
    ['-0.0', 'negative-zero'],
    ['1.0', 'notation'],
    ['1E5', 'notation'],
    ['0.0', 'notation'],
    ['1700000000.50', 'notation'],
  ])('judges %s as %s', (lexeme, reason) => {
    expect(judgeNumberLexeme(lexeme)).toBe(reason);
  });

  it.each(['0', '1', '-1', '1700000000', '1.5', '1e+21', '9007199254740991', '5e-324'])(
    'leaves %s alone',
    (lexeme) => expect(judgeNumberLexeme(lexeme)).toBeUndefined(),
  );
});

describe('findInexactNumbers', () => {
  it('names the top-level claim that holds each number', () => {
    const text = '{"exp":1e400,"a":{"b":[1, -0]},"big":12345678901234567890,"s":"1e400","n":1.0}';
    expect(findInexactNumbers(text).map((n) => [n.claim, n.lexeme, n.reason])).toEqual([
      ['exp', '1e400', 'out-of-range'],
      ['a', '-0', 'negative-zero'],
      ['big', '12345678901234567890', 'imprecise'],
      ['n', '1.0', 'notation'],
    ]);
  });
});

describe('prettyPrintJsonText', () => {
  it('lays out any JSON exactly as JSON.stringify(value, null, 2) does', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const compact = JSON.stringify(value);
        expect(prettyPrintJsonText(compact)).toBe(JSON.stringify(value, null, 2));
        // Whitespace in the source does not matter.
        expect(prettyPrintJsonText(JSON.stringify(value, null, 3))).toBe(JSON.stringify(value, null, 2));
      }),
    );
  });

  it('keeps each number as written', () => {
    expect(prettyPrintJsonText('{"exp":1e400,"z":-0,"big":12345678901234567890,"n":1.0,"e":[]}')).toBe(
      '{\n  "exp": 1e400,\n  "z": -0,\n  "big": 12345678901234567890,\n  "n": 1.0,\n  "e": []\n}',
    );
  });

  it('is linear on a large, deeply bracketed text', () => {
    const text = `{"a":${'['.repeat(5000)}${']'.repeat(5000)},"b":"${'x'.repeat(1_000_000)}"}`;
    const started = performance.now();
    prettyPrintJsonText(text);
    findInexactNumbers(text);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

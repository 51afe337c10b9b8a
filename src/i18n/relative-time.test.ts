import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './locale';
import { formatRelativeTime, groupDigits } from './relative-time';
import type { RelativeUnit } from './relative-time';

const UNITS: RelativeUnit[] = ['second', 'minute', 'hour', 'day', 'month', 'year'];
const COUNTS = [
  ...Array.from({ length: 241 }, (_, i) => i - 120),
  -0,
  999,
  1000,
  -1001,
  12_345,
  -1_234_567,
  2 ** 31,
  9_007_199_254_740_991,
  1e21,
  -3.1709791983764586e292,
];

// Node's ICU and Chromium's carry the same CLDR data for these words; the page must say what Intl would.
describe.each(LANGUAGES)('formatRelativeTime in %s', (language) => {
  const intl = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  it.each(UNITS)('says every count of %s as Intl.RelativeTimeFormat does', (unit) => {
    for (const count of COUNTS)
      expect(formatRelativeTime(count, unit, language)).toBe(intl.format(count, unit));
  });
});

describe('groupDigits', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [1234567, '1,234,567'],
    [1e21, '1,000,000,000,000,000,000,000'],
  ])('writes %d as %j', (n, text) => expect(groupDigits(n)).toBe(text));
});

// Relative time ("3 hours ago", "明天") exactly as `Intl.RelativeTimeFormat(language, { numeric: 'auto' })` says
// it, for the units and languages the page uses. Hand-written because that constructor is slow the first time:
// Chromium spends about 200 ms on it on a 2-core machine (ICU loads the locale's unit data), and the verdict line
// needs a relative time on the first verdict. relative-time.test.ts compares every unit and a wide range of
// counts with Node's Intl for each language, so a change in wording or a new language cannot slip past.
import type { Language } from './locale';

export type RelativeUnit = 'second' | 'minute' | 'hour' | 'day' | 'month' | 'year';

interface RelativeWords {
  /** The count with its unit: "3 hours", "3小时". */
  amount(count: string, plural: boolean, unit: RelativeUnit): string;
  future(amount: string): string;
  past(amount: string): string;
  /** numeric: 'auto': the words that replace a count ("yesterday", "后天"), by unit and signed count. */
  words: Partial<Record<RelativeUnit, Record<number, string>>>;
}

const EN: RelativeWords = {
  amount: (count, plural, unit) => `${count} ${unit}${plural ? 's' : ''}`,
  future: (amount) => `in ${amount}`,
  past: (amount) => `${amount} ago`,
  words: {
    second: { 0: 'now' },
    minute: { 0: 'this minute' },
    hour: { 0: 'this hour' },
    day: { [-1]: 'yesterday', 0: 'today', 1: 'tomorrow' },
    month: { [-1]: 'last month', 0: 'this month', 1: 'next month' },
    year: { [-1]: 'last year', 0: 'this year', 1: 'next year' },
  },
};

const ZH_UNITS: Record<RelativeUnit, string> = {
  second: '秒钟',
  minute: '分钟',
  hour: '小时',
  day: '天',
  month: '个月',
  year: '年',
};

const ZH_CN: RelativeWords = {
  amount: (count, _plural, unit) => `${count}${ZH_UNITS[unit]}`,
  future: (amount) => `${amount}后`,
  past: (amount) => `${amount}前`,
  words: {
    second: { 0: '现在' },
    minute: { 0: '此刻' },
    hour: { 0: '这一时间 / 此时' },
    day: { [-2]: '前天', [-1]: '昨天', 0: '今天', 1: '明天', 2: '后天' },
    month: { [-1]: '上个月', 0: '本月', 1: '下个月' },
    year: { [-1]: '去年', 0: '今年', 1: '明年' },
  },
};

const WORDS: Record<Language, RelativeWords> = { en: EN, 'zh-CN': ZH_CN };

/** Decimal digits of a finite number, grouped by three (both languages write 12,345), as Intl writes them. */
export function groupDigits(n: number): string {
  const [whole = '0', fraction] = plainDecimal(Math.abs(n)).split('.');
  let grouped = '';
  for (let i = whole.length; i > 0; i -= 3)
    grouped = whole.slice(Math.max(0, i - 3), i) + (grouped && ',' + grouped);
  // Intl keeps at most three fraction digits by default.
  const kept = fraction ? roundFraction(fraction) : '';
  return grouped + (kept ? '.' + kept : '');
}

/** 1e+21 → "1000000000000000000000": the shortest digits of the number, without an exponent. */
function plainDecimal(n: number): string {
  const text = String(n);
  const e = text.indexOf('e');
  if (e < 0) return text;
  const exponent = Number(text.slice(e + 1));
  const [int = '', frac = ''] = text.slice(0, e).split('.');
  const digits = int + frac;
  const point = int.length + exponent;
  if (point <= 0) return '0.' + '0'.repeat(-point) + digits;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return digits.slice(0, point) + '.' + digits.slice(point);
}

function roundFraction(fraction: string): string {
  // Counts here are whole numbers (formatRelative rounds); a fraction is cut to three digits, zeros dropped.
  let kept = fraction.slice(0, 3);
  while (kept.endsWith('0')) kept = kept.slice(0, -1);
  return kept;
}

/** What `new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(count, unit)` returns. */
export function formatRelativeTime(count: number, unit: RelativeUnit, language: Language): string {
  const words = WORDS[language];
  const word = Number.isInteger(count) ? words.words[unit]?.[count === 0 ? 0 : count] : undefined;
  if (word !== undefined) return word;
  const negative = count < 0 || Object.is(count, -0);
  const amount = words.amount(groupDigits(count), Math.abs(count) !== 1, unit);
  return negative ? words.past(amount) : words.future(amount);
}

// NumericDate → UTC, local and relative text for the claims table and the verdict line, in the chosen language.
import { dateTimeFormat } from '../i18n/format';
import { formatRelativeTime } from '../i18n/relative-time';
import type { RelativeUnit } from '../i18n/relative-time';
import { sharedMessages } from '../i18n/en/shared';
import { locale } from '../i18n/locale';
import type { Language } from '../i18n/locale';

const UNITS: [RelativeUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "in 59 minutes", "3 hours ago" ("59 分钟后", "3 小时前"), relative to `now` (both Unix seconds). */
export function formatRelative(seconds: number, now: number, language: Language = locale.get()): string {
  // Not Intl.RelativeTimeFormat: its first construction is slow (see relative-time.ts); the words are the same.
  const relative = {
    format: (count: number, unit: RelativeUnit) => formatRelativeTime(count, unit, language),
  };
  if (!Number.isFinite(seconds - now)) return sharedMessages.get().outOfRange;
  const delta = seconds - now;
  const abs = Math.abs(delta);
  for (let i = 0; i < UNITS.length; i++) {
    const [unit, size] = UNITS[i]!;
    if (abs >= size || unit === 'second') {
      // 3599 s reads "in 1 hour", not "in 60 minutes": promote a rounded count that fills the next unit.
      const bigger = UNITS[i - 1];
      if (bigger && Math.round(abs / size) * size >= bigger[1])
        return relative.format(Math.sign(delta), bigger[0]);
      return relative.format(Math.round(delta / size), unit);
    }
  }
  return relative.format(0, 'second');
}

function toDate(seconds: number): Date | undefined {
  const d = new Date(seconds * 1000);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

export function formatUtc(seconds: number): string {
  const d = toDate(seconds);
  return d ? d.toISOString().replace('.000Z', 'Z') : sharedMessages.get().outOfRange;
}

export function formatLocal(seconds: number, language: Language = locale.get()): string {
  const d = toDate(seconds);
  return d ? dateTimeFormat(language).format(d) : sharedMessages.get().outOfRange;
}

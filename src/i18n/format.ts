// Numbers and dates in the chosen language (relative times: relative-time.ts), with one Intl formatter per language and style
// (building a formatter per call costs milliseconds on every render of the claims table).
import { locale } from './locale';
import type { Language } from './locale';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

export function numberFormat(
  language: Language = locale.get(),
  maximumFractionDigits = 1,
): Intl.NumberFormat {
  return cached(
    `n:${language}:${maximumFractionDigits}`,
    () => new Intl.NumberFormat(language, { maximumFractionDigits }),
  );
}

export function dateTimeFormat(language: Language = locale.get()): Intl.DateTimeFormat {
  return cached(
    `d:${language}`,
    () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'long' }),
  );
}

// Interpolation of `{name}` placeholders. Hand-written instead of the library's `params`, which builds a
// RegExp per value and passes the value to String#replace as a pattern (so `$&` in a claim would be expanded).
import { strings, transform } from '@nanostores/i18n';
import type { params as libraryParams } from '@nanostores/i18n';

const PLACEHOLDER = /\{(\w{1,40})\}/g;

export const params = transform((_locale: string, translation: unknown, values: Record<string, unknown>) =>
  strings(translation as string, (text: string) =>
    text.replace(PLACEHOLDER, (whole: string, name: string) =>
      Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
    ),
  ),
) as unknown as typeof libraryParams;

// Lists where two JSON values differ, member by member, as JSON Pointers (RFC 6901).

import { escapePointerToken } from './json-pointer';

export type ChangeKind = 'added' | 'removed' | 'changed';

/** One difference: `added` = only in the second value, `removed` = only in the first. */
export interface JsonDifference {
  /** JSON Pointer of the member or element; `''` when the whole values differ. */
  path: string;
  change: ChangeKind;
  before?: unknown;
  after?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** True when two parsed JSON values are equal (member order ignored, as JSON object semantics say). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => jsonEqual(v, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}

/**
 * Differences between two parsed JSON values. Objects are compared member by member and arrays element by
 * element (by index), so a changed claim deep inside is named by its own pointer. Never throws.
 * @example diffJson({ exp: 1 }, { exp: 2, admin: true }) // [{ path: '/exp', change: 'changed', … }, { path: '/admin', change: 'added', … }]
 */
export function diffJson(before: unknown, after: unknown): JsonDifference[] {
  const out: JsonDifference[] = [];
  walk(before, after, '', out);
  return out;
}

function walk(before: unknown, after: unknown, path: string, out: JsonDifference[]): void {
  if (isObject(before) && isObject(after)) {
    for (const key of Object.keys(before)) {
      const at = `${path}/${escapePointerToken(key)}`;
      if (!Object.prototype.hasOwnProperty.call(after, key)) {
        out.push({ path: at, change: 'removed', before: before[key] });
      } else walk(before[key], after[key], at, out);
    }
    for (const key of Object.keys(after)) {
      if (!Object.prototype.hasOwnProperty.call(before, key)) {
        out.push({ path: `${path}/${escapePointerToken(key)}`, change: 'added', after: after[key] });
      }
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const shared = Math.min(before.length, after.length);
    for (let i = 0; i < shared; i++) walk(before[i], after[i], `${path}/${i}`, out);
    for (let i = shared; i < before.length; i++)
      out.push({ path: `${path}/${i}`, change: 'removed', before: before[i] });
    for (let i = shared; i < after.length; i++)
      out.push({ path: `${path}/${i}`, change: 'added', after: after[i] });
    return;
  }
  if (!jsonEqual(before, after)) out.push({ path, change: 'changed', before, after });
}

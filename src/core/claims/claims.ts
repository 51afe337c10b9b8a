// Judges a claims set against an injected time and expected values, every claim at once.

import type { JsonObject } from '../token/token';

export type ClaimStatus =
  'ok' | 'expired' | 'not-yet-valid' | 'issued-in-future' | 'mismatch' | 'missing' | 'invalid' | 'info';

export interface ClaimOptions {
  /** The moment claims are judged at, in Unix seconds. */
  now: number;
  /** Leeway in seconds for exp / nbf / iat. */
  clockTolerance: number;
  /** Expected values; any one may match. Empty = not checked. */
  audience: string[];
  issuer: string[];
  subject: string[];
  typ: string[];
}

export const defaultClaimOptions = (now: number): ClaimOptions => ({
  now,
  clockTolerance: 0,
  audience: [],
  issuer: [],
  subject: [],
  typ: [],
});

export interface ClaimVerdict {
  name: string;
  /** Absent only for a `missing` row. */
  value?: unknown;
  status: ClaimStatus;
  /** For NumericDate claims holding a number. */
  time?: { seconds: number; looksLikeMilliseconds: boolean };
  /** For `mismatch` / `missing`: what was expected. */
  expected?: string[];
}

/** Claims whose value is a NumericDate (RFC 7519 §2), including OpenID Connect's. */
export const NUMERIC_DATE_CLAIMS = new Set(['exp', 'nbf', 'iat', 'auth_time', 'updated_at']);

// A NumericDate above this (year 5138 in seconds; 1973 in milliseconds) is almost surely milliseconds.
const MILLISECONDS_THRESHOLD = 1e11;

const isNumericDate = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Normalises a `typ` as jose does: `JWT`, `jwt` and `application/jwt` are the same. */
export function normalizeTyp(value: string): string {
  const lower = value.toLowerCase();
  return lower.startsWith('application/') ? lower.slice('application/'.length) : lower;
}

/** Splits a comma-separated input into trimmed, non-empty values. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function judgeTime(name: string, value: unknown, o: ClaimOptions): ClaimVerdict {
  if (!isNumericDate(value)) return { name, value, status: 'invalid' };
  const time = { seconds: value, looksLikeMilliseconds: value > MILLISECONDS_THRESHOLD };
  const tol = o.clockTolerance;
  let status: ClaimStatus = 'ok';
  // Same comparisons as jose's jwtVerify (RFC 7519 §4.1.4–4.1.6): exp is exclusive, nbf inclusive.
  if (name === 'exp' && value <= o.now - tol) status = 'expired';
  if (name === 'nbf' && value > o.now + tol) status = 'not-yet-valid';
  if (name === 'iat' && value > o.now + tol) status = 'issued-in-future';
  if (name !== 'exp' && name !== 'nbf' && name !== 'iat') status = 'info';
  return { name, value, status, time };
}

function judgeExpected(
  name: string,
  present: boolean,
  value: unknown,
  expected: string[],
  normalize: (s: string) => string = (s) => s,
): ClaimVerdict {
  if (expected.length === 0) return { name, value, status: 'info' };
  if (!present) return { name, status: 'missing', expected };
  const values = Array.isArray(value) ? value : [value];
  if (!values.every((v) => typeof v === 'string')) return { name, value, status: 'invalid', expected };
  const wanted = new Set(expected.map(normalize));
  const match = (values as string[]).some((v) => wanted.has(normalize(v)));
  return { name, value, status: match ? 'ok' : 'mismatch', expected };
}

/** Judges every claim of a claims set; expected-but-absent aud/iss/sub/typ get a `missing` row. */
export function checkClaims(claims: JsonObject, options: ClaimOptions): ClaimVerdict[] {
  const verdicts: ClaimVerdict[] = [];
  for (const name of Object.keys(claims)) {
    const value = claims[name];
    if (name === 'exp' || name === 'nbf' || name === 'iat' || NUMERIC_DATE_CLAIMS.has(name)) {
      verdicts.push(judgeTime(name, value, options));
    } else if (name === 'aud') verdicts.push(judgeExpected(name, true, value, options.audience));
    else if (name === 'iss') verdicts.push(judgeExpected(name, true, value, options.issuer));
    else if (name === 'sub') verdicts.push(judgeExpected(name, true, value, options.subject));
    else if (name === 'typ') verdicts.push(judgeExpected(name, true, value, options.typ, normalizeTyp));
    else verdicts.push({ name, value, status: 'info' });
  }
  const expectations: [string, string[]][] = [
    ['aud', options.audience],
    ['iss', options.issuer],
    ['sub', options.subject],
    ['typ', options.typ],
  ];
  for (const [name, expected] of expectations) {
    if (expected.length > 0 && !Object.prototype.hasOwnProperty.call(claims, name)) {
      verdicts.push({ name, status: 'missing', expected });
    }
  }
  return verdicts;
}

/** Parses the evaluation-time input: empty = undefined (now), Unix seconds, or ISO 8601. */
export function parseEvaluationTime(text: string): { ok: true; seconds?: number } | { ok: false } {
  const t = text.trim();
  if (t === '') return { ok: true };
  if (/^-?\d+(\.\d+)?$/.test(t)) {
    const n = Number(t);
    // Milliseconds pasted by mistake are read as milliseconds (13 digits is a date in ms).
    return { ok: true, seconds: n > MILLISECONDS_THRESHOLD ? Math.floor(n / 1000) : n };
  }
  // ISO 8601 only: Date.parse accepts many loose forms, so require a date at the start.
  if (!/^\d{4}-\d{2}-\d{2}/.test(t)) return { ok: false };
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? { ok: false } : { ok: true, seconds: Math.floor(ms / 1000) };
}

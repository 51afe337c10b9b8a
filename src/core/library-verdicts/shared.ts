// Steps every library model shares: the algorithms list the call passes, and the early "unknown" answers.

import { jsList, oneOrMany, quoteJs } from '../snippets/literals';
import type { LibraryCase, LibraryName, LibraryVerdict, UnknownReason } from './types';
import { isPlainObject, readTokenFacts, type TokenFacts } from './token-facts';

/** RFC 7518 names of each family with SHA-256, -384 and -512: `withShaSizes('HS')` is HS256, HS384, HS512. */
export const withShaSizes = (...families: string[]): string[] =>
  families.flatMap((f) => [`${f}256`, `${f}384`, `${f}512`]);

/** `algorithms` as the call passes it: the allowed list, else the token's own alg (an empty list when it has none). */
export function callAlgorithms(c: LibraryCase, facts: TokenFacts): string[] {
  if (c.options.allowedAlgorithms.length > 0) return c.options.allowedAlgorithms;
  const header = facts.header.json ? facts.header.value : undefined;
  const alg = isPlainObject(header) ? header.alg : undefined;
  return typeof alg === 'string' && alg !== '' ? [alg] : [];
}

/** A header that uses `crit` or `b64` (RFC 7797): the libraries differ in ways the models do not cover. */
export function hasHeaderExtension(header: Record<string, unknown>): boolean {
  return Object.hasOwn(header, 'crit') || Object.hasOwn(header, 'b64');
}

export interface VerdictMaker {
  accept: () => LibraryVerdict;
  reject: (error: string) => LibraryVerdict;
  unknown: (reason: UnknownReason) => LibraryVerdict;
}

export function verdictMaker(lib: LibraryName, version: string, call: string): VerdictMaker {
  return {
    accept: () => ({ lib, version, verdict: 'accept', call }),
    reject: (error) => ({ lib, version, verdict: 'reject', error, call }),
    unknown: (unknownReason) => ({ lib, version, verdict: 'unknown', unknownReason, call }),
  };
}

/**
 * Where every model starts: the token's facts, the algorithms the call allows, and the verdicts for that call
 * (`call` writes it in the library's own terms).
 */
export function startCase(
  c: LibraryCase,
  lib: LibraryName,
  version: string,
  call: (c: LibraryCase, algorithms: string[]) => string,
): { facts: TokenFacts; algorithms: string[]; v: VerdictMaker } {
  const facts = readTokenFacts(c.token);
  const algorithms = callAlgorithms(c, facts);
  return { facts, algorithms, v: verdictMaker(lib, version, call(c, algorithms)) };
}

/** Python's truthiness for a JSON value (PyJWT tests `not payload["aud"]`). */
export function isPythonTruthy(value: unknown): boolean {
  if (value === null || value === false || value === 0 || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

export const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

const jsOneOrMany = (values: string[]) => oneOrMany(values, quoteJs, jsList);

/** The call options jose and jsonwebtoken name alike: algorithms, audience, issuer and subject (when set). */
export function jsCommonOptions(c: LibraryCase, algorithms: string[]): string[] {
  const o = c.options;
  const fields = [`algorithms: ${jsList(algorithms)}`];
  if (o.audience.length > 0) fields.push(`audience: ${jsOneOrMany(o.audience)}`);
  if (o.issuer.length > 0) fields.push(`issuer: ${jsOneOrMany(o.issuer)}`);
  if (o.subject.length > 0) fields.push(`subject: ${jsOneOrMany(o.subject)}`);
  return fields;
}

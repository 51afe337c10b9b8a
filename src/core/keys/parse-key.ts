// Reads the key box's text: a secret, PEM, JWK or JWKS, described without touching WebCrypto.

import { Lru } from '../shared/lru';
import type { KeyProblem, Problem, Result } from '../shared/problems';
import { looksLikePem } from './der';
import type { ImportMemo, KeyInputReading, ParsedKey, SecretEncoding } from './key-types';
import { readJson } from './read-jwk';
import { readPem } from './read-pem';
import { readSecret } from './read-secret';

/** Readings kept by a KeyReadCache: the key box's last few texts (typing back and forth, a secret's encodings). */
export const KEY_READINGS_BOUND = 8;
/** Imports memoised per reading: purposes × algs × JWKS entries tried with one key text. */
export const KEY_IMPORTS_BOUND = 16;

/**
 * Readings of key texts, owned by the caller (the verification hook keeps one for its life): at most
 * KEY_READINGS_BOUND readings, each with at most KEY_IMPORTS_BOUND memoised imports.
 */
export interface KeyReadCache {
  readings: Lru<string, KeyInputReading>;
  /** The last text read, compared by value before any hashing (every verification of a paste repeats it). */
  last?: { text: string; encoding: SecretEncoding; reading: KeyInputReading };
}

export function createKeyReadCache(): KeyReadCache {
  return { readings: new Lru(KEY_READINGS_BOUND) };
}

/**
 * Recognises a secret, PEM (SPKI, PKCS#8, PKCS#1, SEC1, X.509), JWK or JWKS and describes it without
 * touching WebCrypto. Surrounding whitespace, CRLF and blank lines are tolerated. Never throws. With a cache,
 * the same text returns the same reading (whose `imports` memo then serves every verification).
 */
export function parseKeyInput(
  text: string,
  encoding: SecretEncoding = 'utf8',
  cache?: KeyReadCache,
): KeyInputReading {
  if (!cache) return readKeyText(text, encoding);
  if (cache.last?.text === text && cache.last.encoding === encoding) return cache.last.reading;
  const trimmed = text.trim();
  const structured = looksLikePem(trimmed) || trimmed.startsWith('{');
  const id = structured ? `k\u0000${trimmed}` : `s\u0000${encoding}\u0000${text}`;
  let reading = cache.readings.get(id);
  if (!reading) {
    reading = readKeyText(text, encoding);
    if (reading.state === 'ok') reading.value.imports = new Lru(KEY_IMPORTS_BOUND) as ImportMemo;
    cache.readings.set(id, reading);
  }
  cache.last = { text, encoding, reading };
  return reading;
}

function readKeyText(text: string, encoding: SecretEncoding): KeyInputReading {
  const trimmed = text.trim();
  if (trimmed === '') return { state: 'empty' };
  let result: Result<{ key?: ParsedKey; jwks?: ParsedKey[]; hints: Problem[] }, KeyProblem>;
  if (looksLikePem(trimmed)) result = readPem(trimmed);
  else if (trimmed.startsWith('{')) result = readJson(trimmed);
  else result = readSecret(text, trimmed, encoding);
  if (!result.ok) return { state: 'error', problem: result.problem };
  const { key, jwks, hints } = result.value;
  if (jwks) {
    return {
      state: 'ok',
      value: { description: { format: 'jwks', keys: jwks.map((k) => k.description) }, keys: jwks, hints },
    };
  }
  if (!key) return { state: 'error', problem: { code: 'jwks-empty' } };
  return { state: 'ok', value: { description: key.description, keys: [key], hints } };
}

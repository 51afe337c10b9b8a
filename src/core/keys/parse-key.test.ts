import { describe, expect, it } from 'vitest';
import { testKeySet } from '../fixtures/test-keys';
import { importVerificationKeys } from './import-key';
import { createKeyReadCache, KEY_IMPORTS_BOUND, KEY_READINGS_BOUND, parseKeyInput } from './parse-key';

describe('parseKeyInput with a caller-owned KeyReadCache', () => {
  it('returns the same reading for the same text, and a fresh one without a cache', () => {
    const cache = createKeyReadCache();
    const pem = testKeySet('p256').spki;
    const first = parseKeyInput(pem, 'utf8', cache);
    expect(parseKeyInput(pem, 'utf8', cache)).toBe(first);
    // The same key with other surrounding whitespace is the same key.
    expect(parseKeyInput(`\n${pem}\n`, 'utf8', cache)).toBe(first);
    expect(parseKeyInput(pem)).not.toBe(first);
    expect(parseKeyInput(pem)).toEqual(parseKeyInput(pem));
  });

  it(`keeps at most ${KEY_READINGS_BOUND} readings`, () => {
    const cache = createKeyReadCache();
    const texts = Array.from({ length: KEY_READINGS_BOUND + 3 }, (_, i) => `secret number ${i}`);
    const readings = texts.map((t) => parseKeyInput(t, 'utf8', cache));
    expect(cache.readings.size).toBe(KEY_READINGS_BOUND);
    // The newest are still the same objects; the oldest were dropped and are read again.
    expect(parseKeyInput(texts[texts.length - 1] ?? '', 'utf8', cache)).toBe(readings[readings.length - 1]);
    expect(parseKeyInput(texts[0] ?? '', 'utf8', cache)).not.toBe(readings[0]);
  });

  it(`memoises imports per reading, at most ${KEY_IMPORTS_BOUND}`, async () => {
    const cache = createKeyReadCache();
    const reading = parseKeyInput('a secret that is long enough for HS512 and more.....', 'utf8', cache);
    if (reading.state !== 'ok') throw new Error('expected a key');
    const a = await importVerificationKeys(reading.value, 'HS256');
    const b = await importVerificationKeys(reading.value, 'HS256');
    if (!a.ok || !b.ok) throw new Error('expected imports');
    expect(b.value[0]).toBe(a.value[0]);
    for (const alg of ['HS384', 'HS512']) await importVerificationKeys(reading.value, alg);
    expect(reading.value.imports?.size).toBe(3);
    expect(reading.value.imports?.bound).toBe(KEY_IMPORTS_BOUND);
    // Without a cache there is no memo: each call imports again.
    const bare = parseKeyInput('another secret');
    expect(bare.state).toBe('ok');
    expect(bare.state === 'ok' ? bare.value.imports : 'no reading').toBeUndefined();
  });
});

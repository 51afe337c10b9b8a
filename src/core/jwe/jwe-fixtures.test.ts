// Decrypts JWEs made outside the app (jwcrypto in Python, jose in Node with node:crypto keys); see scripts/make-jwe-fixtures.*.

import { describe, expect, it } from 'vitest';
import { decryptToken, verifyNestedToken, type JweSupport } from './jwe';
import type { SecretEncoding } from '../keys/keys';
import { testKeySet } from '../fixtures/test-keys';
import joseNode from '../fixtures/jwe-jose-node.json';
import jwcrypto from '../fixtures/jwe-jwcrypto.json';

interface JweFixture {
  id: string;
  alg: string;
  enc: string;
  token: string;
  keyText: string;
  encoding: string;
  plaintext: string;
  innerKeyText?: string;
}

const NODE: JweSupport = { aes192: true, x25519: true };
const CHROMIUM: JweSupport = { aes192: false, x25519: true };

const SOURCES = [
  ['jwcrypto', jwcrypto.fixtures as JweFixture[]],
  ['jose-node', joseNode.fixtures as JweFixture[]],
] as const;

describe.each(SOURCES)('fixtures from %s', (_source, fixtures) => {
  it.each(fixtures.map((f) => [f.id, f] as const))('decrypts %s', async (_id, fixture) => {
    const report = await decryptToken(fixture.token, fixture.keyText, {
      encoding: fixture.encoding as SecretEncoding,
      support: NODE,
    });
    expect(report.problem).toBeUndefined();
    expect(report.state).toBe('decrypted');
    expect(report.plaintext).toBe(fixture.plaintext);
    if (fixture.innerKeyText !== undefined) {
      expect(report.nested).toBe(true);
      const inner = await verifyNestedToken(report, fixture.innerKeyText);
      expect(inner.state).toBe('valid');
    } else {
      expect(report.claims).toEqual(JSON.parse(fixture.plaintext));
    }
  });

  it.each(fixtures.filter((f) => /192/.test(f.alg + f.enc)).map((f) => [f.id, f] as const))(
    'reports %s as unsupported where 192-bit AES is missing',
    async (_id, fixture) => {
      const report = await decryptToken(fixture.token, fixture.keyText, {
        encoding: fixture.encoding as SecretEncoding,
        support: CHROMIUM,
      });
      expect(report.state).toBe('unsupported');
      expect(report.problem?.code).toBe('jwe-unsupported-in-browser');
    },
  );

  it('says a nested token with the wrong second key is invalid', async () => {
    const nested = fixtures.find((f) => f.innerKeyText !== undefined);
    expect(nested).toBeDefined();
    if (!nested) return;
    const report = await decryptToken(nested.token, nested.keyText, { support: NODE });
    const inner = await verifyNestedToken(report, testKeySet('p256').spki);
    expect(inner.state).toBe('invalid');
  });
});

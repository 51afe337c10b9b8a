import { describe, expect, it } from 'vitest';
import { encodeBase64urlText } from '../shared/base64url';
import { judgeWithLibraries } from './index';
import type { LibraryCase } from './types';
import { NO_OPTIONS } from './test-support';

const now = 1_700_000_000;
const segment = (v: unknown) => encodeBase64urlText(JSON.stringify(v));
const token = (header: object, claims: object) => `${segment(header)}.${segment(claims)}.c2ln`;
const options = NO_OPTIONS;
const secret = { kind: 'secret', pyjwtRefuses: false } as const;
const judge = (c: Partial<LibraryCase>) =>
  judgeWithLibraries({
    token: token({ alg: 'HS256' }, { exp: now + 60 }),
    signature: 'valid',
    options,
    now,
    ...c,
  });

describe('judgeWithLibraries', () => {
  it('says unknown for every library when there is no key', () => {
    expect(judge({}).map((v) => [v.lib, v.verdict, v.unknownReason])).toEqual([
      ['pyjwt', 'unknown', 'no-key'],
      ['jsonwebtoken', 'unknown', 'no-key'],
      ['jose', 'unknown', 'no-key'],
    ]);
  });

  it('says unknown for a payload nested past the depth limit instead of parsing millions of brackets', () => {
    const deep = `${segment({ alg: 'HS256' })}.${encodeBase64urlText(`{"x":${'['.repeat(200_000)}${']'.repeat(200_000)}}`)}.c2ln`;
    expect(judge({ key: secret, token: deep }).map((v) => [v.lib, v.verdict, v.unknownReason])).toEqual([
      ['pyjwt', 'unknown', 'token-unusual'],
      ['jsonwebtoken', 'unknown', 'token-unusual'],
      ['jose', 'unknown', 'token-unusual'],
    ]);
  });

  it('names the exact versions modelled', () => {
    expect(judge({ key: secret }).map((v) => `${v.lib}@${v.version}`)).toEqual([
      'pyjwt@2.6.0',
      'jsonwebtoken@9.0.3',
      'jose@6.2.18',
    ]);
  });

  it('writes each call with the options under that library’s names, leaving out what is not set', () => {
    const calls = judge({
      key: secret,
      options: {
        ...options,
        allowedAlgorithms: ['HS256', 'HS384'],
        audience: ['a', 'b'],
        issuer: ['i'],
        subject: ['s'],
        clockTolerance: 30,
        requiredClaims: ['jti'],
        expectedType: 'at+jwt',
        maxAge: 3600,
      },
    }).map((v) => v.call);
    expect(calls).toEqual([
      'jwt.decode(token, key, algorithms=["HS256", "HS384"], audience=["a", "b"], issuer="i", leeway=30, options={"require": ["jti"]})',
      "jwt.verify(token, key, { algorithms: ['HS256', 'HS384'], audience: ['a', 'b'], issuer: 'i', subject: 's', clockTolerance: 30 })",
      "await jwtVerify(token, key, { algorithms: ['HS256', 'HS384'], audience: ['a', 'b'], issuer: 'i', subject: 's', typ: 'at+jwt', maxTokenAge: 3600, requiredClaims: ['jti'], clockTolerance: 30 })",
    ]);
    expect(judge({ key: secret })[0]?.call).toBe('jwt.decode(token, key, algorithms=["HS256"])');
  });

  it('reports jsonwebtoken refusing an Ed25519 key before it looks at the signature', () => {
    const verdicts = judge({
      token: token({ alg: 'EdDSA' }, { exp: now + 60 }),
      key: { kind: 'asymmetric', kty: 'OKP', curve: 'Ed25519' },
      signature: 'not-checked',
    });
    expect(verdicts.map((v) => [v.verdict, v.error])).toEqual([
      ['unknown', undefined],
      ['reject', 'Unknown key type "ed25519".'],
      ['unknown', undefined],
    ]);
  });

  it('reports PyJWT refusing an aud that no audience expects, and an iat in the future', () => {
    const aud = judge({ key: secret, token: token({ alg: 'HS256' }, { aud: 'x' }) });
    expect(aud.map((v) => v.error ?? v.verdict)).toEqual(['InvalidAudienceError', 'accept', 'accept']);
    const iat = judge({ key: secret, token: token({ alg: 'HS256' }, { iat: now + 3600 }) });
    expect(iat.map((v) => v.error ?? v.verdict)).toEqual(['ImmatureSignatureError', 'accept', 'accept']);
  });
});

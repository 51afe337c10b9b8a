import { describe, expect, it } from 'vitest';
import { defaultClaimOptions } from '../claims/claims';
import { decodeToken } from '../token/token';
import { encodeBase64urlText } from '../shared/base64url';
import { compareTokens } from './compare-tokens';
import { diffJson, jsonEqual } from './diff-json';
import { escapePointerToken, toJsonPointer } from './json-pointer';

const seg = (v: unknown) => encodeBase64urlText(JSON.stringify(v));
const token = (header: object, payload: object, signature = 'c2ln') =>
  `${seg(header)}.${seg(payload)}.${signature}`;
// decodeToken keeps only its last input: take a copy of each decode for the comparison.
const decode = (t: string) => ({ ...decodeToken(t) });

describe('JSON Pointer', () => {
  it('escapes ~ before / (RFC 6901 §3)', () => {
    expect(escapePointerToken('a/b~c')).toBe('a~1b~0c');
    expect(escapePointerToken('~1')).toBe('~01');
    expect(toJsonPointer(['https://x/claims', 0, ''])).toBe('/https:~1~1x~1claims/0/');
    expect(toJsonPointer([])).toBe('');
  });
});

describe('diffJson', () => {
  it('names added, removed and changed members by pointer', () => {
    expect(diffJson({ a: 1, b: 2, c: { d: [1, 2] } }, { a: 1, c: { d: [1, 3, 4] }, e: null })).toEqual([
      { path: '/b', change: 'removed', before: 2 },
      { path: '/c/d/1', change: 'changed', before: 2, after: 3 },
      { path: '/c/d/2', change: 'added', after: 4 },
      { path: '/e', change: 'added', after: null },
    ]);
  });

  it('escapes member names with / and ~', () => {
    expect(diffJson({ 'a/b': 1 }, { 'a/b': 2, '~': 0 }).map((d) => d.path)).toEqual(['/a~1b', '/~0']);
  });

  it('treats a change of type as one change, and ignores member order', () => {
    expect(diffJson({ aud: 'x' }, { aud: ['x'] })).toEqual([
      { path: '/aud', change: 'changed', before: 'x', after: ['x'] },
    ]);
    expect(diffJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toEqual([]);
    expect(jsonEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
  });

  it('reports whole values that differ at the root', () => {
    expect(diffJson('text', { a: 1 })).toEqual([
      { path: '', change: 'changed', before: 'text', after: { a: 1 } },
    ]);
  });
});

describe('compareTokens', () => {
  const now = 1_700_000_000;
  const options = defaultClaimOptions(now);

  it('lists header, payload and signature differences (added = only in the second)', () => {
    const a = decode(token({ alg: 'HS256', typ: 'JWT' }, { sub: '1', exp: now + 60, role: 'user' }, 'AAAA'));
    const b = decode(token({ alg: 'HS256', kid: 'k1' }, { sub: '1', exp: now + 7260, admin: true }, 'BBBB'));
    const result = compareTokens(a, b, options);
    expect(result.differences.map((d) => [d.part, d.path, d.change])).toEqual([
      ['header', '/typ', 'removed'],
      ['header', '/kid', 'added'],
      ['payload', '/exp', 'changed'],
      ['payload', '/role', 'removed'],
      ['payload', '/admin', 'added'],
      ['signature', '', 'changed'],
    ]);
    const exp = result.differences.find((d) => d.path === '/exp');
    expect(exp).toMatchObject({ timeClaim: true, secondsLater: 7200 });
    expect(result.signatureDiffers).toBe(true);
  });

  it('finds no differences between a token and itself', () => {
    const t = token({ alg: 'HS256' }, { sub: '1' });
    const result = compareTokens(decode(t), decode(t), options);
    expect(result.differences).toEqual([]);
    expect(result.signatureDiffers).toBe(false);
  });

  it('says which claim problems only one of the two has', () => {
    const a = decode(token({ alg: 'HS256' }, { exp: now - 10, nbf: now - 100 }));
    const b = decode(token({ alg: 'HS256' }, { exp: now + 10, nbf: now + 100 }));
    const result = compareTokens(a, b, options);
    expect(result.problemsOnlyInFirst.map((v) => [v.name, v.status])).toEqual([['exp', 'expired']]);
    expect(result.problemsOnlyInSecond.map((v) => [v.name, v.status])).toEqual([['nbf', 'not-yet-valid']]);
  });

  it('judges both tokens with the same expected values', () => {
    const a = decode(token({ alg: 'HS256' }, { aud: 'api' }));
    const b = decode(token({ alg: 'HS256' }, { aud: 'web' }));
    const result = compareTokens(a, b, { ...options, audience: ['api'] });
    expect(result.problemsOnlyInFirst).toEqual([]);
    expect(result.problemsOnlyInSecond.map((v) => [v.name, v.status])).toEqual([['aud', 'mismatch']]);
  });

  it('reports a signature that only one token has', () => {
    const a = decode(`${seg({ alg: 'none' })}.${seg({})}.`);
    const b = decode(`${seg({ alg: 'none' })}.${seg({})}.c2ln`);
    expect(compareTokens(a, b, options).differences).toEqual([
      { part: 'signature', path: '', change: 'added', before: '', after: 'c2ln' },
    ]);
    expect(compareTokens(b, a, options).differences[0]?.change).toBe('removed');
  });

  it('compares an undecodable part as text rather than failing', () => {
    const a = decode(`${seg({ alg: 'HS256' })}.bm90IGpzb24.c2ln`);
    const b = decode(`${seg({ alg: 'HS256' })}.${seg({ sub: 'x' })}.c2ln`);
    expect(compareTokens(a, b, options).differences).toEqual([
      { part: 'payload', path: '', change: 'changed', before: 'not json', after: { sub: 'x' } },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkPolicy, normalizeMediaType, readPolicy } from './policy';

const now = 1_700_000_000;
const context = { now, clockTolerance: 0 };
const inputs = (over: Partial<Parameters<typeof readPolicy>[0]>) =>
  readPolicy({ allowedAlgorithms: '', requiredClaims: '', expectedType: '', maxAge: '', ...over });

describe('readPolicy', () => {
  it('leaves out every input that is empty', () => {
    expect(inputs({})).toEqual({});
  });

  it('reads lists, the typ and durations', () => {
    expect(
      inputs({
        allowedAlgorithms: 'RS256, ES256',
        requiredClaims: 'exp,jti,exp',
        expectedType: ' at+jwt ',
        maxAge: '1h',
      }),
    ).toEqual({
      allowedAlgorithms: ['RS256', 'ES256'],
      requiredClaims: ['exp', 'jti'],
      expectedType: 'at+jwt',
      maxAge: 3600,
      maxAgeText: '1h',
    });
    expect(inputs({ maxAge: '90' }).maxAge).toBe(90);
    expect(inputs({ maxAge: '7d' }).maxAge).toBe(604800);
  });

  it('keeps an unreadable max-age as text', () => {
    expect(inputs({ maxAge: 'soon' })).toEqual({ maxAgeText: 'soon' });
  });
});

describe('normalizeMediaType compares as jose does', () => {
  it.each([
    ['JWT', 'jwt', true],
    ['at+jwt', 'application/AT+JWT', true],
    ['jwt', 'at+jwt', false],
    ['text/jwt', 'jwt', false],
  ])('%s vs %s', (a, b, same) => {
    expect(normalizeMediaType(a) === normalizeMediaType(b)).toBe(same);
  });
});

describe('checkPolicy', () => {
  const header = { alg: 'RS256', typ: 'JWT' };
  const claims = { iat: now - 600, exp: now + 600, jti: null };

  it('makes no check when nothing is set', () => {
    expect(checkPolicy(header, claims, {}, context)).toEqual([]);
  });

  it('judges the alg against the list, case-sensitively', () => {
    const ok = checkPolicy(header, claims, inputs({ allowedAlgorithms: 'RS256,PS256' }), context);
    expect(ok).toEqual([
      {
        check: 'alg',
        status: 'ok',
        reason: { code: 'alg-allowed', alg: 'RS256', allowed: ['RS256', 'PS256'] },
      },
    ]);
    const fail = checkPolicy(header, claims, inputs({ allowedAlgorithms: 'rs256' }), context);
    expect(fail[0]?.status).toBe('fail');
    expect(fail[0]?.reason.code).toBe('alg-not-allowed');
  });

  it('makes one check per required claim; a null value is present', () => {
    const checks = checkPolicy(header, claims, inputs({ requiredClaims: 'exp, jti, aud' }), context);
    expect(checks.map((c) => [c.check, c.status])).toEqual([
      ['required:exp', 'ok'],
      ['required:jti', 'ok'],
      ['required:aud', 'fail'],
    ]);
  });

  it('compares typ case-insensitively with application/ optional', () => {
    expect(checkPolicy(header, claims, inputs({ expectedType: 'application/jwt' }), context)[0]?.status).toBe(
      'ok',
    );
    expect(checkPolicy(header, claims, inputs({ expectedType: 'at+jwt' }), context)[0]?.reason.code).toBe(
      'typ-mismatch',
    );
    expect(
      checkPolicy({ alg: 'RS256' }, claims, inputs({ expectedType: 'JWT' }), context)[0]?.reason.code,
    ).toBe('typ-missing');
  });

  it('judges max-age from iat with the clock tolerance', () => {
    const check = (maxAge: string, c: Record<string, unknown>, tolerance = 0) =>
      checkPolicy(header, c, inputs({ maxAge }), { now, clockTolerance: tolerance })[0]?.reason.code;
    expect(check('30m', claims)).toBe('max-age-ok');
    expect(check('5m', claims)).toBe('max-age-exceeded');
    expect(check('5m', claims, 300)).toBe('max-age-ok');
    expect(check('1h', { iat: now + 60 })).toBe('iat-in-future');
    expect(check('1h', {})).toBe('iat-missing');
    expect(check('1h', { iat: '1' })).toBe('iat-not-number');
    expect(check('whenever', claims)).toBe('max-age-unreadable');
  });
});

import { describe, expect, it } from 'vitest';
import { checkClaims, defaultClaimOptions, parseEvaluationTime, splitList } from './claims';

const now = 1_700_000_000;
const status = (claims: Record<string, unknown>, opts = {}) =>
  Object.fromEntries(
    checkClaims(claims, { ...defaultClaimOptions(now), ...opts }).map((v) => [v.name, v.status]),
  );

describe('checkClaims', () => {
  it('reports every time problem at once', () => {
    expect(status({ exp: now - 10, nbf: now + 100, iat: now + 100 })).toEqual({
      exp: 'expired',
      nbf: 'not-yet-valid',
      iat: 'issued-in-future',
    });
  });
  it('treats exp equal to now as expired and nbf equal to now as valid', () => {
    expect(status({ exp: now, nbf: now })).toEqual({ exp: 'expired', nbf: 'ok' });
  });
  it('applies the clock tolerance to exp, nbf and iat', () => {
    expect(status({ exp: now - 10, nbf: now + 10, iat: now + 10 }, { clockTolerance: 30 })).toEqual({
      exp: 'ok',
      nbf: 'ok',
      iat: 'ok',
    });
  });
  it('marks non-numeric dates invalid', () => {
    expect(status({ exp: '1700000000', nbf: null, iat: 'x' })).toEqual({
      exp: 'invalid',
      nbf: 'invalid',
      iat: 'invalid',
    });
  });
  it('flags a value that looks like milliseconds', () => {
    const [v] = checkClaims({ exp: now * 1000 }, defaultClaimOptions(now));
    expect(v?.time?.looksLikeMilliseconds).toBe(true);
    const [w] = checkClaims({ exp: now }, defaultClaimOptions(now));
    expect(w?.time?.looksLikeMilliseconds).toBe(false);
  });
  it('matches any expected audience against a string or an array', () => {
    expect(status({ aud: ['a', 'b'] }, { audience: ['c', 'b'] })).toEqual({ aud: 'ok' });
    expect(status({ aud: 'a' }, { audience: ['b'] })).toEqual({ aud: 'mismatch' });
    expect(status({ aud: 'a' })).toEqual({ aud: 'info' });
  });
  it('adds a missing row when an expected claim is absent', () => {
    expect(status({}, { issuer: ['https://idp'], audience: ['api'] })).toEqual({
      iss: 'missing',
      aud: 'missing',
    });
  });
  it('normalises typ like jose', () => {
    expect(status({ typ: 'application/JWT' }, { typ: ['jwt'] })).toEqual({ typ: 'ok' });
  });
  it('marks other claims info', () => {
    expect(status({ name: 'x', auth_time: now })).toEqual({ name: 'info', auth_time: 'info' });
  });
});

describe('parseEvaluationTime', () => {
  it.each([
    ['', undefined],
    ['1700000000', 1700000000],
    ['1700000000000', 1700000000],
    ['2023-11-14T22:13:20Z', 1700000000],
  ])('reads %j', (input, seconds) => {
    expect(parseEvaluationTime(input)).toEqual({ ok: true, seconds });
  });
  it('rejects text that is not a time', () => {
    expect(parseEvaluationTime('tomorrow').ok).toBe(false);
  });
  it('splits comma lists', () => {
    expect(splitList(' a, ,b ,')).toEqual(['a', 'b']);
  });
});

// reportWithoutCrypto answers at once exactly when verifyDecodedToken needs no key check, and then says the same.
import { describe, expect, it } from 'vitest';
import { encodeBase64url } from '../shared/base64url';
import { decodeToken } from '../token/token';
import { parseKeyInput } from '../keys/keys';
import { reportWithoutCrypto, verifyDecodedToken } from './verify';

const enc = new TextEncoder();
const seg = (v: unknown) => encodeBase64url(enc.encode(JSON.stringify(v)));
const compact = (header: unknown, payload: unknown = { sub: 'x' }) => `${seg(header)}.${seg(payload)}.c2ln`;

const EMPTY = parseKeyInput('', 'utf8');
const SECRET = parseKeyInput('a secret that is long enough for HS256 and more', 'utf8');
const BAD_KEY = parseKeyInput('-----BEGIN PUBLIC KEY-----\nnot base64!\n-----END PUBLIC KEY-----', 'utf8');

describe('reportWithoutCrypto', () => {
  it.each([
    ['no key', compact({ alg: 'HS256' }), EMPTY, 'no-key'],
    ['alg none', `${seg({ alg: 'none' })}.${seg({ sub: 'x' })}.`, SECRET, 'unsecured'],
    ['no alg', compact({ typ: 'JWT' }), SECRET, 'invalid'],
    ['unknown crit', compact({ alg: 'HS256', crit: ['exp'], exp: 1 }), SECRET, 'invalid'],
    ['unsupported alg', compact({ alg: 'HS999' }), SECRET, 'unsupported'],
    ['undecodable token', 'not a token', SECRET, 'not-applicable'],
    ['detached payload', `${seg({ alg: 'HS256' })}..c2ln`, SECRET, 'not-applicable'],
    ['a key that cannot be read', compact({ alg: 'RS256' }), BAD_KEY, 'key-error'],
  ])('%s: %s', async (_name, token, reading, state) => {
    const decoded = decodeToken(token);
    const now = reportWithoutCrypto(decoded, reading);
    expect(now?.state).toBe(state);
    // The same report as the full check.
    expect(await verifyDecodedToken(decoded, reading)).toEqual(now);
  });

  it('leaves a key check and a JSON-serialized JWS to verifyDecodedToken', () => {
    expect(reportWithoutCrypto(decodeToken(compact({ alg: 'HS256' })), SECRET)).toBeUndefined();
    const json = JSON.stringify({
      payload: seg({ sub: 'x' }),
      protected: seg({ alg: 'HS256' }),
      signature: 'c2ln',
    });
    expect(reportWithoutCrypto(decodeToken(json), EMPTY)).toBeUndefined();
  });
});

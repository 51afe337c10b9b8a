import { describe, expect, it } from 'vitest';
import { decodeToken, firstProblem } from './token';
import { jsonSerialization } from '../fixtures';

const fixture = (id: string) =>
  [...jsonSerialization.rfc, ...jsonSerialization.jwcrypto].find((f) => f.id === id)!;

describe('decodeToken on JSON serialization', () => {
  it('decodes RFC 7515 A.6 (general, two signatures) with each signature’s headers', () => {
    const d = decodeToken(fixture('rfc7515-a6-general').token);
    expect(firstProblem(d)).toBeUndefined();
    expect(d.kind).toBe('jws');
    expect(d.json?.type).toBe('jws');
    if (d.json?.type !== 'jws') return;
    expect(d.json.serialization).toBe('general');
    expect(d.json.signatures.map((s) => [s.protected.value, s.header])).toEqual([
      [{ alg: 'RS256' }, { kid: '2010-12-29' }],
      [{ alg: 'ES256' }, { kid: 'e9bc097a-ce51-4036-9562-d2ade882db0d' }],
    ]);
    expect(d.json.signatures.map((s) => s.signatureLength)).toEqual([256, 64]);
    // The header shown is the first signature's JOSE header; the claims are the payload's.
    expect(d.header?.value).toEqual({ alg: 'RS256', kid: '2010-12-29' });
    expect(d.payload?.view).toMatchObject({ type: 'claims', claims: { iss: 'joe', exp: 1300819380 } });
  });

  it('decodes RFC 7515 A.7 (flattened), pasted with newlines and spaces', () => {
    const d = decodeToken(`\n  ${fixture('rfc7515-a7-flattened').token}\n`);
    expect(firstProblem(d)).toBeUndefined();
    expect(d.json).toMatchObject({ type: 'jws', serialization: 'flattened' });
    expect(d.header?.value).toEqual({ alg: 'ES256', kid: 'e9bc097a-ce51-4036-9562-d2ade882db0d' });
  });

  it('RFC 7520 §4.7: a signature with only an unprotected header', () => {
    const d = decodeToken(fixture('rfc7520-4.7-json-flat').token);
    expect(firstProblem(d)).toBeUndefined();
    expect(d.header?.value).toMatchObject({ alg: 'HS256' });
    expect(d.header?.raw).toBe('');
  });

  it('decodes RFC 7520 §5.13 (general JWE, three recipients)', () => {
    const d = decodeToken(fixture('rfc7520-5.13-general').token);
    expect(firstProblem(d)).toBeUndefined();
    expect(d.kind).toBe('jwe');
    expect(d.payload?.view).toEqual({ type: 'encrypted' });
    if (d.json?.type !== 'jwe') throw new Error('not a JWE');
    expect(d.json.recipients.map((r) => r.joseHeader.alg)).toEqual(['RSA1_5', 'ECDH-ES+A256KW', 'A256GCMKW']);
    expect(d.json.recipients.every((r) => r.joseHeader.enc === 'A128CBC-HS256')).toBe(true);
  });

  it.each([
    ['{"payload":"eyJ9","signatures":[]}', 'signatures', 'empty'],
    ['{"payload":"eyJ9","signatures":{}}', 'signatures', 'not-array'],
    ['{"payload":"eyJ9","signatures":[1]}', 'signatures[0]', 'not-object'],
    [
      '{"payload":"eyJ9","signatures":[{"protected":"eyJhbGciOiJIUzI1NiJ9"}]}',
      'signatures[0].signature',
      'missing',
    ],
    ['{"payload":1,"signature":"abc","protected":"eyJhbGciOiJIUzI1NiJ9"}', 'payload', 'not-string'],
    ['{"signature":"abc","header":[]}', 'header', 'not-object'],
    ['{"ciphertext":5,"iv":"a","tag":"b"}', 'ciphertext', 'not-string'],
    ['{"recipients":[],"ciphertext":"a"}', 'recipients', 'empty'],
    [
      `{"payload":"","signatures":[${'{"signature":""},'.repeat(100)}{"signature":""}]}`,
      'signatures',
      'too-many',
    ],
  ])('%s → %s %s', (text, member, reason) => {
    const d = decodeToken(text);
    expect(d.tokenProblem).toMatchObject({ code: 'json-serialization', member, reason });
  });

  it('other JSON is not a token', () => {
    expect(decodeToken('{"not":"a token"}').tokenProblem).toEqual({ code: 'not-a-token' });
    expect(decodeToken('{"payload":').tokenProblem).toEqual({ code: 'not-a-token' });
  });
});

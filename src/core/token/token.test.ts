import { describe, expect, it } from 'vitest';
import { cleanTokenInput, decodeToken, firstProblem } from './token';
import { rfcVectors } from '../fixtures/rfc-vectors';

const HS =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

describe('decodeToken', () => {
  it('decodes a plain JWS', () => {
    const d = decodeToken(HS);
    expect(d.kind).toBe('jws');
    expect(d.header?.value).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(d.payload?.view).toMatchObject({ type: 'claims', claims: { sub: '1234567890' } });
    expect(firstProblem(d)).toBeUndefined();
  });
  it('cleans Bearer, Authorization lines and whitespace', () => {
    expect(cleanTokenInput(`Authorization: Bearer ${HS}`).token).toBe(HS);
    expect(cleanTokenInput(`  Bearer ${HS.slice(0, 20)}\n${HS.slice(20)}  `).token).toBe(HS);
  });
});

describe('decodeToken over the RFC examples', () => {
  it.each(rfcVectors.filter((v) => v.expect.decode === 'ok').map((v) => [v.id, v] as const))(
    '%s',
    (_id, v) => {
      const d = decodeToken(v.token);
      expect(firstProblem(d)).toBeUndefined();
      expect(d.header?.value).toEqual(v.expect.header);
      if (v.expect.payload)
        expect(d.payload?.view).toMatchObject({ type: 'claims', claims: v.expect.payload });
      if (v.expect.payloadText !== undefined) {
        expect(d.payload?.view).toEqual({ type: 'text', text: v.expect.payloadText });
      }
      expect(d.kind).toBe(v.alg === 'none' ? 'unsecured' : 'jws');
    },
  );

  it('reads the RFC 7519 A.1 JWE as an encrypted token with its protected header', () => {
    const v = rfcVectors.find((x) => x.id === 'rfc7519-a1-jwe')!;
    const d = decodeToken(v.token);
    // Our UI contract reports a JWE as decoded with kind "jwe" (the vector file calls it a token error).
    expect(d.kind).toBe('jwe');
    expect(d.header?.value).toEqual(v.expect.header);
    expect(d.payload?.view).toEqual({ type: 'encrypted' });
  });

  it('decodes a pasted JSON serialization (issue 20: it used to be refused as not compact)', () => {
    const v = rfcVectors.find((x) => x.id === 'rfc7520-4.4-json-flattened')!;
    const d = decodeToken(v.token);
    expect(firstProblem(d)).toBeUndefined();
    expect(d.json).toMatchObject({ type: 'jws', serialization: 'flattened' });
    expect(d.header?.value).toEqual({ alg: 'HS256', kid: '018c0ae5-4d9b-471b-bfd6-eef314bc7037' });
    expect(d.payload?.view).toMatchObject({ type: 'text' });
  });
});

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
const H = b64('{"alg":"HS256"}');
const P = b64('{"sub":"x"}');

describe('decodeToken on malformed input', () => {
  it.each([
    ['', 'token', 'empty-token'],
    ['   \n ', 'token', 'empty-token'],
    ['garbage', 'token', 'not-a-token'],
    [`${H}.${P}`, 'token', 'wrong-part-count'],
    [`${H}.${P}.s.x`, 'token', 'wrong-part-count'],
    ['{"not":"a token"}', 'token', 'not-a-token'],
    [`{"payload":"${P}","signatures":[]}`, 'token', 'json-serialization'],
    [`.${P}.sig`, 'header', 'segment-empty'],
    [`${H}.a+b/.sig`, 'payload', 'segment-not-base64url'],
    [`${H}.abcde.sig`, 'payload', 'segment-bad-length'],
    [`${b64('{"alg":')}.${P}.sig`, 'header', 'segment-not-json'],
    [`${b64('"HS256"')}.${P}.sig`, 'header', 'segment-not-object'],
    [`${Buffer.from([0xff, 0xfe, 0x7b]).toString('base64url')}.${P}.sig`, 'header', 'segment-not-utf8'],
    [`${H}.${b64('{"sub":')}.sig`, 'payload', 'segment-not-json'],
    [`${H}.${b64('[1,2]')}.sig`, 'payload', 'segment-not-object'],
    // Issue 16: a JSON literal is JSON, just not a claims set (was: shown as text with no problem).
    [`${H}.${b64('null')}.sig`, 'payload', 'segment-not-object'],
  ])('%j → %s %s', (input, part, code) => {
    const p = firstProblem(decodeToken(input));
    expect(p?.part).toBe(part);
    expect(p?.problem.code).toBe(code);
  });

  it('keeps the header when the payload is broken', () => {
    const d = decodeToken(`${H}.%%%.sig`);
    expect(d.header?.value).toEqual({ alg: 'HS256' });
    expect(d.payload?.problem?.code).toBe('segment-not-base64url');
  });

  it('keeps the payload when the header is broken', () => {
    const d = decodeToken(`${b64('{oops')}.${P}.sig`);
    expect(d.header?.problem?.code).toBe('segment-not-json');
    expect(d.header?.text).toBe('{oops');
    expect(d.payload?.view).toMatchObject({ type: 'claims', claims: { sub: 'x' } });
  });

  it('shows a binary payload as hex', () => {
    const d = decodeToken(`${H}.${Buffer.from([0xff, 0x00, 0x10]).toString('base64url')}.sig`);
    expect(d.payload?.view).toEqual({ type: 'binary', hex: 'ff0010', byteLength: 3 });
    expect(d.notes.map((n) => n.code)).toContain('payload-not-claims');
  });

  it('marks alg none as unsecured and notes a signature that should not be there', () => {
    expect(decodeToken(`${b64('{"alg":"none"}')}.${P}.`).kind).toBe('unsecured');
    expect(decodeToken(`${b64('{"alg":"none"}')}.${P}.c2ln`).notes.map((n) => n.code)).toContain(
      'unsecured-with-signature',
    );
  });

  it('reads a token out of an OAuth redirect fragment', () => {
    expect(decodeToken(`https://app.example/cb#id_token=${HS}&state=abc`).token).toBe(HS);
  });

  it('keeps __proto__ keys as plain data', () => {
    const d = decodeToken(`${H}.${b64('{"__proto__":{"polluted":1},"a":1}')}.sig`);
    const view = d.payload?.view;
    expect(view?.type === 'claims' && Object.keys(view.claims)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('decodes unicode claims', () => {
    const d = decodeToken(`${H}.${b64('{"name":"😀 東京 مرحبا"}')}.sig`);
    expect(d.payload?.view).toMatchObject({ claims: { name: '😀 東京 مرحبا' } });
  });

  it('decodes a 1 MB payload', () => {
    const big = { data: 'x'.repeat(1_000_000) };
    const d = decodeToken(`${H}.${b64(JSON.stringify(big))}.sig`);
    expect(d.payload?.view).toMatchObject({ type: 'claims' });
  });

  it('never throws on random strings', () => {
    const alphabet = 'eyJhbGciOi.-_+/=\n {}"\\\u0000é😀';
    for (let i = 0; i < 2000; i++) {
      let s = '';
      const n = Math.floor(Math.random() * 60);
      for (let j = 0; j < n; j++) s += alphabet[Math.floor(Math.random() * alphabet.length)];
      expect(() => decodeToken(s)).not.toThrow();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { attachDetachedPayload, decodeToken, firstProblem } from './token';
import { verifySignature, verifyDecodedToken } from '../jws/verify';
import { parseKeyInput } from '../keys/keys';
import { jsonSerialization } from '../fixtures';

const fixture = (id: string) => jsonSerialization.rfc.find((f) => f.id === id)!;
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');

describe('detached payloads (RFC 7515 Appendix F) and b64:false (RFC 7797)', () => {
  it('header..signature decodes as a JWS whose payload is detached (it used to be a broken payload)', () => {
    const d = decodeToken(`${b64('{"alg":"HS256"}')}..c2ln`);
    expect(firstProblem(d)).toBeUndefined();
    expect(d.kind).toBe('jws');
    expect(d.detached).toBe(true);
    expect(d.notes).toContainEqual({ code: 'payload-detached' });
  });

  it('a detached JWS is not verified until its payload is supplied', async () => {
    const f = fixture('rfc7797-4.2-compact');
    const report = await verifySignature(f.token, JSON.stringify(f.keys[0]));
    expect(report).toMatchObject({ state: 'not-applicable', problem: { code: 'payload-detached' } });
  });

  it('RFC 7797 §4.2: the b64:false detached example verifies over the raw bytes "$.02", and not over others', async () => {
    const f = fixture('rfc7797-4.2-compact');
    const reading = parseKeyInput(JSON.stringify(f.keys[0]));
    const attached = attachDetachedPayload(decodeToken(f.token), f.payload!);
    expect(attached.detachedSupplied).toBe(true);
    // Unencoded: shown as the text it is, not judged as claims.
    expect(attached.payload?.view).toEqual({ type: 'text', text: '$.02' });
    expect(attached.notes).toContainEqual({ code: 'payload-not-claims', reason: 'unencoded' });
    expect((await verifyDecodedToken(attached, reading)).state).toBe('valid');
    const wrong = attachDetachedPayload(decodeToken(f.token), '$.03');
    expect((await verifyDecodedToken(wrong, reading)).state).toBe('invalid');
  });

  it('RFC 7797 §4.2 in JSON serialization, with the payload inline, verifies', async () => {
    const f = fixture('rfc7797-4.2-json');
    expect((await verifySignature(f.token, JSON.stringify(f.keys[0]))).state).toBe('valid');
  });

  it('RFC 7797 §4.1: the b64:true form of the same payload, detached, verifies once "$.02" is supplied', async () => {
    const f = fixture('rfc7797-4.1');
    const [h, , s] = f.token.split('.');
    const reading = parseKeyInput(JSON.stringify(f.keys[0]));
    const attached = attachDetachedPayload(decodeToken(`${h}..${s}`), f.payload!);
    expect(attached.parts[1]).toBe('JC4wMg');
    expect((await verifyDecodedToken(attached, reading)).state).toBe('valid');
  });

  it('an unencoded payload with a dot is carried in the flattened form and still verifies', async () => {
    const { FlattenedSign } = await import('jose');
    const key = new TextEncoder().encode('a secret that is long enough for HS256 and then some');
    const jws = await new FlattenedSign(new TextEncoder().encode('a.b.c'))
      .setProtectedHeader({ alg: 'HS256', b64: false, crit: ['b64'] })
      .sign(key);
    const compact = `${jws.protected}..${jws.signature}`;
    const attached = attachDetachedPayload(decodeToken(compact), 'a.b.c');
    expect(attached.json?.type).toBe('jws');
    const reading = parseKeyInput('a secret that is long enough for HS256 and then some');
    expect((await verifyDecodedToken(attached, reading)).state).toBe('valid');
  });

  it('a JSON JWS without its payload member is detached, and verifies once the payload is supplied', async () => {
    const f = jsonSerialization.rfc.find((x) => x.id === 'rfc7515-a7-flattened')!;
    const value = JSON.parse(f.token) as Record<string, unknown>;
    const payload = Buffer.from(value.payload as string, 'base64url').toString('utf8');
    delete value.payload;
    const d = decodeToken(JSON.stringify(value));
    expect(d.detached).toBe(true);
    const reading = parseKeyInput(JSON.stringify(f.keys[0]));
    expect((await verifyDecodedToken(d, reading)).state).toBe('not-applicable');
    const attached = attachDetachedPayload(d, payload);
    expect(attached.payload?.view).toMatchObject({ type: 'claims', claims: { iss: 'joe' } });
    expect((await verifyDecodedToken(attached, reading)).state).toBe('valid');
  });
});

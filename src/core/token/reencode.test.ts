import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeToken } from './token';
import { toCompact, toFlattenedJson } from './reencode';
import { jsonSerialization, rfcVectors } from '../fixtures';

const PYTHON = '/usr/bin/python3';
// Verifies a JWS (compact or JSON) with a JWK using python-jwcrypto, an implementation other than the app's.
const VERIFY = `
import sys, json
from jwcrypto import jwk, jws
token, key = json.load(sys.stdin)
t = jws.JWS()
t.deserialize(token)
t.verify(jwk.JWK(**key))
print(t.payload.decode())
`;

function jwcryptoVerifies(token: string, key: Record<string, unknown>): { ok: boolean; payload: string } {
  const run = spawnSync(PYTHON, ['-c', VERIFY], { input: JSON.stringify([token, key]), encoding: 'utf8' });
  return { ok: run.status === 0, payload: run.stdout.trim() };
}

const a2 = rfcVectors.find((v) => v.id === 'rfc7515-a2-rs256')!;
const a2Key = JSON.parse(a2.key!.value) as Record<string, unknown>;
const a7 = jsonSerialization.rfc.find((f) => f.id === 'rfc7515-a7-flattened')!;

describe('re-encoding between compact and JSON', () => {
  it('a compact JWS copied as flattened JSON holds its three parts', () => {
    const out = toFlattenedJson(decodeToken(a2.token));
    if (!out.ok) throw new Error(out.reason);
    const [h, p, s] = a2.token.split('.');
    expect(JSON.parse(out.text)).toEqual({ payload: p, protected: h, signature: s });
  });

  it('a general JWS with several signatures cannot be flattened or made compact', () => {
    const d = decodeToken(jsonSerialization.rfc.find((f) => f.id === 'rfc7515-a6-general')!.token);
    expect(toFlattenedJson(d)).toEqual({ ok: false, reason: 'several-signatures' });
    expect(toCompact(d)).toEqual({ ok: false, reason: 'several-signatures' });
  });

  it('a flattened JWS with an unprotected header is not made compact (the header would be lost)', () => {
    expect(toCompact(decodeToken(a7.token))).toEqual({ ok: false, reason: 'unprotected-header' });
  });

  it('a one-signature general JWS without unprotected header becomes compact and verifies as before', () => {
    const [h, p, s] = a2.token.split('.');
    const general = JSON.stringify({ payload: p, signatures: [{ protected: h, signature: s }] });
    expect(toCompact(decodeToken(general))).toEqual({ ok: true, text: a2.token });
    expect(toFlattenedJson(decodeToken(general))).toMatchObject({ ok: true });
  });

  it('a compact JWE copied as flattened JSON keeps its five parts', () => {
    const jwe = rfcVectors.find((v) => v.id === 'rfc7519-a1-jwe')!.token;
    const out = toFlattenedJson(decodeToken(jwe));
    if (!out.ok) throw new Error(out.reason);
    const [p, k, iv, ct, tag] = jwe.split('.');
    expect(JSON.parse(out.text)).toEqual({ protected: p, encrypted_key: k, iv, ciphertext: ct, tag });
    expect(toCompact(decodeToken(out.text))).toEqual({ ok: true, text: jwe });
  });

  describe.runIf(existsSync(PYTHON))('the app’s output, verified by python-jwcrypto', () => {
    it('the flattened JSON of RFC 7515 A.2 verifies with its RSA key, and a changed one does not', () => {
      const out = toFlattenedJson(decodeToken(a2.token));
      if (!out.ok) throw new Error(out.reason);
      const verified = jwcryptoVerifies(out.text, a2Key);
      expect(verified.ok).toBe(true);
      expect(verified.payload).toContain('"iss":"joe"');
      const tampered = out.text.replace('"signature": "', '"signature": "AA');
      expect(jwcryptoVerifies(tampered, a2Key).ok).toBe(false);
    });

    it('the compact form of a one-signature general JWS made by jwcrypto verifies in jwcrypto', () => {
      const f = jsonSerialization.jwcrypto.find((x) => x.id === 'jwcrypto-jws-general-3')!;
      const value = JSON.parse(f.token) as {
        payload: string;
        signatures: { protected: string; signature: string }[];
      };
      const single = JSON.stringify({
        payload: value.payload,
        signatures: [
          { protected: value.signatures[1]!.protected, signature: value.signatures[1]!.signature },
        ],
      });
      const out = toCompact(decodeToken(single));
      if (!out.ok) throw new Error(out.reason);
      expect(out.text.split('.')).toHaveLength(3);
      expect(jwcryptoVerifies(out.text, f.keys[1]!).ok).toBe(true);
    });
  });
});

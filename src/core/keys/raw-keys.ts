// Raw key bytes for the algorithms WebCrypto lacks (secp256k1, Ed448): read out of a JWK, SPKI or PKCS#8,
// and written back as JWK, SPKI and PKCS#8. Hand-written on the small DER helpers in der.ts: the formats
// are fixed (RFC 5480, RFC 5915, RFC 8410) and an ASN.1 library would cost more than the whole feature.

import { decodeBase64url, encodeBase64url } from '../shared/base64url';
import { readDer, readSequence, writeDer } from './der';
import { writeKeyPems } from './key-pems';
import type { KeyMaterial } from './keys';
import { fail, ok, type Problem, type Result } from '../shared/problems';

/** The curves handled here: `kty` EC crv secp256k1 (RFC 8812 §3.1) and `kty` OKP crv Ed448 (RFC 8037 §2). */
export type SoftwareCurve = 'secp256k1' | 'Ed448';

/** Raw key bytes: an uncompressed SEC1 point (0x04‖x‖y) or Ed448's 57-byte key; a 32- or 57-byte secret. */
export interface RawKey {
  /** Absent when only the private key was given (the caller derives it). */
  publicKey?: Uint8Array;
  privateKey?: Uint8Array;
}

const FIELD_BYTES: Record<SoftwareCurve, number> = { secp256k1: 32, Ed448: 57 };

const EC_PUBLIC_KEY_OID = [0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01];
const SECP256K1_OID = [0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x0a];
const ED448_OID = [0x06, 0x03, 0x2b, 0x65, 0x71];

const badKey = (reason: string): Problem => ({
  code: 'crypto-operation-failed',
  operation: 'import',
  reason,
});

/** Left-pads (or checks) a big-endian integer to the field size. */
function fixed(bytes: Uint8Array, size: number): Uint8Array | undefined {
  if (bytes.length === size) return bytes;
  if (bytes.length > size) return undefined;
  const out = new Uint8Array(size);
  out.set(bytes, size - bytes.length);
  return out;
}

function fromJwk(jwk: Record<string, unknown>, curve: SoftwareCurve): Result<RawKey, Problem> {
  const size = FIELD_BYTES[curve];
  const member = (name: string): Uint8Array | undefined =>
    typeof jwk[name] === 'string' ? decodeBase64url(jwk[name]) : undefined;
  const out: RawKey = {};
  const d = member('d');
  if (d) {
    const secret = curve === 'secp256k1' ? fixed(d, size) : d.length === size ? d : undefined;
    if (!secret) return fail(badKey('invalid-key-data'));
    out.privateKey = secret;
  }
  const x = member('x');
  if (curve === 'Ed448') {
    if (!x || x.length !== size) return fail(badKey('invalid-key-data'));
    out.publicKey = x;
  } else {
    const y = member('y');
    const fx = x && fixed(x, size);
    const fy = y && fixed(y, size);
    if (!fx || !fy) return fail(badKey('invalid-key-data'));
    out.publicKey = Uint8Array.from([0x04, ...fx, ...fy]);
  }
  return ok(out);
}

/** The key bytes of an SPKI's BIT STRING (without its unused-bits byte). */
function fromSpki(der: Uint8Array): Uint8Array {
  const [, bits] = readSequence(der);
  if (!bits || bits.tag !== 0x03) throw new RangeError('not SPKI');
  return der.slice(bits.start + 1, bits.end);
}

/** The secret in a PKCS#8: SEC1 ECPrivateKey's OCTET STRING (RFC 5915), or RFC 8410's CurvePrivateKey. */
function fromPkcs8(der: Uint8Array, curve: SoftwareCurve): RawKey {
  const [, , octets] = readSequence(der);
  if (!octets || octets.tag !== 0x04) throw new RangeError('not PKCS#8');
  const inner = der.subarray(octets.start, octets.end);
  if (curve === 'Ed448') {
    const node = readDer(inner, 0);
    if (node.tag !== 0x04) throw new RangeError('not a CurvePrivateKey');
    return { privateKey: inner.slice(node.start, node.end) };
  }
  const fields = readSequence(inner);
  const secret = fields[1];
  if (!secret || secret.tag !== 0x04) throw new RangeError('not an ECPrivateKey');
  const out: RawKey = { privateKey: inner.slice(secret.start, secret.end) };
  for (const f of fields.slice(2)) {
    if (f.tag !== 0xa1) continue;
    const bits = readDer(inner, f.start);
    if (bits.tag === 0x03) out.publicKey = inner.slice(bits.start + 1, bits.end);
  }
  return out;
}

/**
 * The raw bytes of a secp256k1 or Ed448 key, from the material parseKeyInput read (JWK, SPKI, PKCS#8 or
 * SEC1 already rewrapped as PKCS#8). Errors as data: a key whose members have the wrong length is refused.
 */
export function readRawKey(material: KeyMaterial, curve: SoftwareCurve): Result<RawKey, Problem> {
  try {
    switch (material.type) {
      case 'jwk':
        return fromJwk(material.jwk as Record<string, unknown>, curve);
      case 'spki':
        return ok({ publicKey: fromSpki(material.der) });
      case 'pkcs8': {
        const raw = fromPkcs8(material.der, curve);
        const size = FIELD_BYTES[curve];
        const secret = raw.privateKey && fixed(raw.privateKey, size);
        if (!secret || (curve === 'Ed448' && raw.privateKey?.length !== size))
          return fail(badKey('invalid-key-data'));
        return ok({ ...raw, privateKey: secret });
      }
      case 'secret':
        return fail(badKey('invalid-key-data'));
    }
  } catch {
    return fail(badKey('invalid-key-data'));
  }
}

/** A key pair written every way the key box reads: JWKs (RFC 8812 / RFC 8037) and PEM (SPKI, PKCS#8). */
export interface WrittenKeyPair {
  publicJwk: Record<string, string>;
  privateJwk: Record<string, string>;
  publicPem: string;
  privatePem: string;
}

/** Writes raw secp256k1 (uncompressed point) or Ed448 key bytes as JWK and PEM. */
export function writeKeyPair(
  curve: SoftwareCurve,
  publicKey: Uint8Array,
  privateKey: Uint8Array,
): WrittenKeyPair {
  if (curve === 'Ed448') {
    const publicJwk = { kty: 'OKP', crv: 'Ed448', x: encodeBase64url(publicKey) };
    const algId = writeDer(0x30, ED448_OID);
    return {
      publicJwk,
      privateJwk: { ...publicJwk, d: encodeBase64url(privateKey) },
      ...writeKeyPems(algId, publicKey, writeDer(0x04, privateKey)),
    };
  }
  const publicJwk = {
    kty: 'EC',
    crv: 'secp256k1',
    x: encodeBase64url(publicKey.subarray(1, 33)),
    y: encodeBase64url(publicKey.subarray(33, 65)),
  };
  const algId = writeDer(0x30, EC_PUBLIC_KEY_OID, SECP256K1_OID);
  // RFC 5915 ECPrivateKey with the public key in [1]; the curve is in the PKCS#8 AlgorithmIdentifier.
  const ecPrivateKey = writeDer(
    0x30,
    [0x02, 0x01, 0x01],
    writeDer(0x04, privateKey),
    writeDer(0xa1, writeDer(0x03, [0x00], publicKey)),
  );
  return {
    publicJwk,
    privateJwk: { ...publicJwk, d: encodeBase64url(privateKey) },
    ...writeKeyPems(algId, publicKey, ecPrivateKey),
  };
}

// Minimal DER reading/writing for keys: PEM blocks by label, PKCS#1/SEC1 → PKCS#8/SPKI wrappers, key facts.
//
// Hand-written on purpose: these few functions are about 1 KB minified, where asn1js costs 17 KB gzipped,
// @peculiar/asn1-* 33 KB and pkijs 93 KB (see research/stack.md §1). jose imports only SPKI and PKCS#8,
// so PKCS#1 (BEGIN RSA …) and SEC1 (BEGIN EC PRIVATE KEY) are rewrapped here first.

import { decodeBase64, encodeBase64 } from '../shared/base64url';
import { scanPemBlocks } from '../shared/pem-scan';

export interface DerNode {
  tag: number;
  /** Offset of the tag byte. */
  offset: number;
  /** Offset of the first content byte. */
  start: number;
  /** Offset just past the content. */
  end: number;
}

/** Reads one TLV at `offset`; throws RangeError when the bytes are truncated or not DER. */
export function readDer(der: Uint8Array, offset: number): DerNode {
  const tag = der[offset];
  let length = der[offset + 1];
  if (tag === undefined || length === undefined) throw new RangeError('truncated DER');
  let pos = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4) throw new RangeError('unsupported DER length');
    length = 0;
    for (let i = 0; i < count; i++) {
      const b = der[pos++];
      if (b === undefined) throw new RangeError('truncated DER');
      length = length * 256 + b;
    }
  }
  if (pos + length > der.length) throw new RangeError('truncated DER');
  return { tag, offset, start: pos, end: pos + length };
}

/** The child TLVs of a constructed node. */
export function derChildren(der: Uint8Array, node: DerNode): DerNode[] {
  const out: DerNode[] = [];
  for (let off = node.start; off < node.end;) {
    const child = readDer(der, off);
    out.push(child);
    off = child.end;
  }
  return out;
}

/** Reads the whole buffer as exactly one SEQUENCE and returns its children. */
export function readSequence(der: Uint8Array, node?: DerNode): DerNode[] {
  const n = node ?? readDer(der, 0);
  if (n.tag !== 0x30) throw new RangeError('expected a DER SEQUENCE');
  if (!node && n.end !== der.length) throw new RangeError('trailing bytes after DER');
  return derChildren(der, n);
}

const lengthBytes = (n: number): number[] => {
  if (n < 0x80) return [n];
  const out: number[] = [];
  for (; n > 0; n = Math.floor(n / 256)) out.unshift(n & 0xff);
  return [0x80 | out.length, ...out];
};

/** Writes one TLV. */
export function writeDer(tag: number, ...parts: (Uint8Array | number[])[]): Uint8Array {
  const body = parts.flatMap((p) => Array.from(p));
  return Uint8Array.from([tag, ...lengthBytes(body.length), ...body]);
}

const RSA_ALGORITHM = [
  0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00,
];
const EC_PUBLIC_KEY_OID = [0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01];
const VERSION_0 = [0x02, 0x01, 0x00];

/** `RSA PRIVATE KEY` (PKCS#1) → `PRIVATE KEY` (PKCS#8); byte-identical to openssl's output. */
export const pkcs1PrivateToPkcs8 = (key: Uint8Array): Uint8Array =>
  writeDer(0x30, VERSION_0, RSA_ALGORITHM, writeDer(0x04, key));

/** `RSA PUBLIC KEY` (PKCS#1) → `PUBLIC KEY` (SPKI). */
export const pkcs1PublicToSpki = (key: Uint8Array): Uint8Array =>
  writeDer(0x30, RSA_ALGORITHM, writeDer(0x03, [0x00], key));

/** `EC PRIVATE KEY` (SEC1, RFC 5915) → `PRIVATE KEY` (PKCS#8); needs the namedCurve the key carries in [0]. */
export function sec1ToPkcs8(key: Uint8Array): Uint8Array {
  const curve = sec1CurveOid(key);
  if (!curve) throw new RangeError('SEC1 key lacks namedCurve');
  return writeDer(0x30, VERSION_0, writeDer(0x30, EC_PUBLIC_KEY_OID, curve), writeDer(0x04, key));
}

function sec1CurveOid(key: Uint8Array): Uint8Array | undefined {
  const fields = readSequence(key);
  for (const f of fields.slice(2)) {
    if (f.tag === 0xa0) {
      const inner = readDer(key, f.start);
      if (inner.tag === 0x06) return key.subarray(f.start, inner.end);
    }
  }
  return undefined;
}

// ---- PEM ----

export interface PemBlock {
  label: string;
  der: Uint8Array;
}

/** True when the text contains a PEM BEGIN line. */
export const looksLikePem = (text: string): boolean => /-----BEGIN [A-Z0-9 ]+-----/.test(text);

/**
 * Every PEM block in the text, in order. Headers such as `Proc-Type:` inside a block are kept out of the
 * base64; CRLF and blank lines are tolerated. Throws TypeError naming the label when a body is not base64.
 */
export function readPemBlocks(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  for (const match of scanPemBlocks(text)) {
    const { label } = match;
    const body = match.body
      .split(/\r?\n|\r/)
      .filter((line) => !line.includes(':'))
      .join('');
    try {
      blocks.push({ label, der: decodeBase64(body) });
    } catch {
      throw new TypeError(label);
    }
  }
  return blocks;
}

/** Formats DER as a PEM block with 64-character lines. */
export function writePem(label: string, der: Uint8Array): string {
  const lines = encodeBase64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

// ---- key facts, read without WebCrypto ----

const OIDS: Record<string, string> = {
  '2a864886f70d010101': 'rsaEncryption',
  '2a864886f70d01010a': 'rsassa-pss',
  '2a8648ce3d0201': 'ecPublicKey',
  '2b6570': 'Ed25519',
  '2b6571': 'Ed448',
  '2b656e': 'X25519',
  '2b656f': 'X448',
  '2a8648ce3d030107': 'P-256',
  '2b81040022': 'P-384',
  '2b81040023': 'P-521',
  '2b8104000a': 'secp256k1',
  '2a8648ce380401': 'dsa',
  // id-ml-dsa-44/65/87 (FIPS 204; RFC 9881 for SPKI and PKCS#8).
  '608648016503040311': 'ML-DSA-44',
  '608648016503040312': 'ML-DSA-65',
  '608648016503040313': 'ML-DSA-87',
};

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** A known OID's name, else its hex. */
export function oidName(der: Uint8Array, node: DerNode): string {
  const h = hex(der.subarray(node.start, node.end));
  return OIDS[h] ?? `oid:${h}`;
}

export interface AsymmetricKeyFacts {
  kty: 'RSA' | 'EC' | 'OKP' | 'AKP' | 'unknown';
  /** rsaEncryption, rsassa-pss, ecPublicKey, Ed25519, … */
  algorithm: string;
  /** RSA modulus size in bits. */
  bits?: number;
  /** EC curve, OKP subtype (P-256, secp256k1, Ed25519, X25519 …) or AKP parameter set (ML-DSA-65). */
  curve?: string;
}

function integerBits(der: Uint8Array, node: DerNode): number {
  let i = node.start;
  while (i < node.end && der[i] === 0) i++;
  if (i === node.end) return 0;
  const first = der[i] ?? 0;
  return (node.end - i - 1) * 8 + (32 - Math.clz32(first));
}

/** Modulus size of a PKCS#1 RSAPublicKey or RSAPrivateKey. */
function rsaBits(der: Uint8Array, isPrivate: boolean): number {
  const fields = readSequence(der);
  const n = fields[isPrivate ? 1 : 0];
  if (!n || n.tag !== 0x02) throw new RangeError('not a PKCS#1 RSA key');
  return integerBits(der, n);
}

function factsFromAlgorithmId(
  der: Uint8Array,
  algId: DerNode,
  keyBytes: Uint8Array,
  isPrivate: boolean,
): AsymmetricKeyFacts {
  const [oid, params] = readSequence(der, algId);
  if (!oid || oid.tag !== 0x06) throw new RangeError('bad AlgorithmIdentifier');
  const algorithm = oidName(der, oid);
  if (algorithm === 'rsaEncryption' || algorithm === 'rsassa-pss') {
    return { kty: 'RSA', algorithm, bits: rsaBits(keyBytes, isPrivate) };
  }
  if (algorithm === 'ecPublicKey') {
    const curve = params && params.tag === 0x06 ? oidName(der, params) : 'explicit parameters';
    return { kty: 'EC', algorithm, curve };
  }
  if (['Ed25519', 'Ed448', 'X25519', 'X448'].includes(algorithm))
    return { kty: 'OKP', algorithm, curve: algorithm };
  // AKP (RFC 9964): the parameter set is the key's algorithm, kept as its `curve` so key choice checks it.
  if (algorithm.startsWith('ML-DSA-')) return { kty: 'AKP', algorithm, curve: algorithm };
  return { kty: 'unknown', algorithm };
}

/** Key type, size and curve of a SubjectPublicKeyInfo. */
export function readSpkiFacts(spki: Uint8Array): AsymmetricKeyFacts {
  const [algId, bitString] = readSequence(spki);
  if (!algId || !bitString || bitString.tag !== 0x03) throw new RangeError('not SPKI');
  return factsFromAlgorithmId(spki, algId, spki.subarray(bitString.start + 1, bitString.end), false);
}

/** Key type, size and curve of a PKCS#8 PrivateKeyInfo. */
export function readPkcs8Facts(pkcs8: Uint8Array): AsymmetricKeyFacts {
  const [version, algId, octets] = readSequence(pkcs8);
  if (!version || version.tag !== 0x02 || !algId || !octets || octets.tag !== 0x04)
    throw new RangeError('not PKCS#8');
  return factsFromAlgorithmId(pkcs8, algId, pkcs8.subarray(octets.start, octets.end), true);
}

/** Modulus size of a PKCS#1 RSA public (`RSA PUBLIC KEY`) or private (`RSA PRIVATE KEY`) key. */
export function readPkcs1Bits(der: Uint8Array, isPrivate: boolean): number {
  return rsaBits(der, isPrivate);
}

/** Curve name of a SEC1 `EC PRIVATE KEY`, or undefined when it carries none. */
export function readSec1Curve(der: Uint8Array): string | undefined {
  const oid = sec1CurveOid(der);
  return oid ? oidName(oid, readDer(oid, 0)) : undefined;
}

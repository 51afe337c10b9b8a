import { describe, expect, it } from 'vitest';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import {
  pkcs1PrivateToPkcs8,
  pkcs1PublicToSpki,
  readDer,
  readPemBlocks,
  readPkcs1Bits,
  readPkcs8Facts,
  readSec1Curve,
  readSpkiFacts,
  sec1ToPkcs8,
  writeDer,
  writePem,
} from './der';
import { testKeySet } from '../fixtures/test-keys';

const der = (pem: string | undefined): Uint8Array => readPemBlocks(pem ?? '')[0]?.der ?? new Uint8Array();

describe('PKCS#1 and SEC1 wrappers', () => {
  it.each(['rsa2048', 'rsa1024'] as const)(
    'wraps a %s PKCS#1 key into the same bytes openssl writes',
    (kind) => {
      const set = testKeySet(kind);
      expect(pkcs1PrivateToPkcs8(der(set.pkcs1Private))).toEqual(der(set.pkcs8));
      expect(pkcs1PublicToSpki(der(set.pkcs1Public))).toEqual(der(set.spki));
    },
  );

  it.each(['p256', 'p384', 'p521', 'secp256k1'] as const)(
    'wraps a %s SEC1 key into a PKCS#8 of the same key',
    (kind) => {
      const set = testKeySet(kind);
      const pkcs8 = sec1ToPkcs8(der(set.sec1));
      const fromWrapper = createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' });
      expect(fromWrapper.export({ format: 'jwk' })).toEqual(set.privateJwk);
    },
  );

  it('refuses a SEC1 key without a named curve', () => {
    // ECPrivateKey { version 1, privateKey } and nothing else
    const bare = writeDer(0x30, [0x02, 0x01, 0x01], writeDer(0x04, new Uint8Array(32)));
    expect(() => sec1ToPkcs8(bare)).toThrow(RangeError);
  });
});

describe('key facts', () => {
  it('reads RSA modulus sizes from every container', () => {
    const set = testKeySet('rsa2048');
    expect(readSpkiFacts(der(set.spki))).toEqual({ kty: 'RSA', algorithm: 'rsaEncryption', bits: 2048 });
    expect(readPkcs8Facts(der(set.pkcs8))).toMatchObject({ kty: 'RSA', bits: 2048 });
    expect(readPkcs1Bits(der(set.pkcs1Public), false)).toBe(2048);
    expect(readPkcs1Bits(der(set.pkcs1Private), true)).toBe(2048);
    expect(readPkcs1Bits(der(testKeySet('rsa1024').pkcs1Private), true)).toBe(1024);
  });

  it.each([
    ['p256', 'P-256'],
    ['p384', 'P-384'],
    ['p521', 'P-521'],
    ['secp256k1', 'secp256k1'],
  ] as const)('names the %s curve in SPKI, PKCS#8 and SEC1', (kind, curve) => {
    const set = testKeySet(kind);
    expect(readSpkiFacts(der(set.spki)).curve).toBe(curve);
    expect(readPkcs8Facts(der(set.pkcs8)).curve).toBe(curve);
    expect(readSec1Curve(der(set.sec1))).toBe(curve);
  });
});

describe('PEM and DER', () => {
  it('picks blocks by label and skips headers, CRLF and blank lines', () => {
    const set = testKeySet('p256');
    const text = `junk before\r\n${(set.sec1WithParams ?? '').replace(/\n/g, '\r\n\r\n')}\r\ntrailing`;
    expect(readPemBlocks(text).map((b) => b.label)).toEqual(['EC PARAMETERS', 'EC PRIVATE KEY']);
    expect(readPemBlocks(text)[1]?.der).toEqual(der(set.sec1));
  });

  it('writes PEM that reads back to the same DER and that node accepts', () => {
    const spki = der(testKeySet('ed25519').spki);
    const pem = writePem('PUBLIC KEY', spki);
    expect(pem.split('\n').every((l) => l.length <= 64)).toBe(true);
    expect(der(pem)).toEqual(spki);
    expect(createPublicKey(pem).asymmetricKeyType).toBe('ed25519');
  });

  it('throws on truncated DER and encodes long lengths', () => {
    expect(() => readDer(new Uint8Array([0x30, 0x05, 0x01]), 0)).toThrow(RangeError);
    const big = writeDer(0x04, new Uint8Array(300));
    expect(Array.from(big.subarray(0, 4))).toEqual([0x04, 0x82, 0x01, 0x2c]);
    expect(readDer(big, 0)).toEqual({ tag: 0x04, offset: 0, start: 4, end: 304 });
  });

  it('names the PEM label whose body is not base64', () => {
    expect(() => readPemBlocks('-----BEGIN PUBLIC KEY-----\n@@@\n-----END PUBLIC KEY-----')).toThrow(
      'PUBLIC KEY',
    );
  });
});

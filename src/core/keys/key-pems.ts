// SPKI and PKCS#8 PEMs for raw key bytes: what the software engines (ES256K, Ed448, ML-DSA) write for a
// generated key pair. Loaded only with them.
import { writeDer, writePem } from './der';

/**
 * The public key as SPKI (RFC 5280 §4.1.2.7) and the private key as PKCS#8 version 0 (RFC 5208), both under
 * `algId` (the AlgorithmIdentifier SEQUENCE); `privateKey` is the content of PKCS#8's privateKey OCTET STRING.
 */
export function writeKeyPems(
  algId: Uint8Array,
  publicKey: Uint8Array,
  privateKey: Uint8Array,
): { publicPem: string; privatePem: string } {
  return {
    publicPem: writePem('PUBLIC KEY', writeDer(0x30, algId, writeDer(0x03, [0x00], publicKey))),
    privatePem: writePem(
      'PRIVATE KEY',
      writeDer(0x30, [0x02, 0x01, 0x00], algId, writeDer(0x04, privateKey)),
    ),
  };
}

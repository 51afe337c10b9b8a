// Copy as code: the public half of a private key in the key box, so a verification snippet never carries
// private material (issue 16). Loaded with a dynamic import only when the box holds a private key.

import { exportParsedKey } from '../keys/key-export';
import { parseKeyInput, type SecretEncoding } from '../keys/keys';
import { readRawKey, writeKeyPair, type SoftwareCurve } from '../keys/raw-keys';
import { toPublicJwk } from './snippet-key';
import type { JsonValue, SnippetKeyKind } from './snippet-options';

/** What a snippet may write for the key box: public material only. */
export type SnippetPublicKey =
  | { ok: true; keyKind: SnippetKeyKind; keyText: string; derived: boolean }
  /** The public half could not be worked out (a key type this page cannot derive): write no key at all. */
  | { ok: false };

const PRIVATE_PEM_FORMATS = new Set(['pem-pkcs8', 'pem-pkcs1-private', 'pem-sec1']);

/** Derives a secp256k1 or Ed448 public key with @noble/curves (loaded only here), as WebCrypto has neither. */
async function softwarePublicPem(curve: SoftwareCurve, privateKey: Uint8Array, known?: Uint8Array) {
  let publicKey = known;
  if (!publicKey) {
    publicKey =
      curve === 'Ed448'
        ? (await import('@noble/curves/ed448.js')).ed448.getPublicKey(privateKey)
        : (await import('@noble/curves/secp256k1.js')).secp256k1.getPublicKey(privateKey, false);
  }
  return writeKeyPair(curve, publicKey, privateKey).publicPem;
}

/**
 * The key text a verification snippet may contain: a private PEM (PKCS#8, PKCS#1, SEC1) becomes its SPKI
 * public key, a private JWK or JWK Set loses its private members; public keys, certificates and secrets
 * (a secret is what an HMAC verifier needs) are kept as pasted. Never rejects.
 */
export async function publicKeyForSnippet(
  keyText: string,
  encoding: SecretEncoding = 'utf8',
): Promise<SnippetPublicKey> {
  const reading = parseKeyInput(keyText, encoding);
  if (reading.state !== 'ok') return { ok: false };
  const { description, keys } = reading.value;
  if (description.format === 'jwk' || description.format === 'jwks') {
    try {
      const parsed = JSON.parse(keyText) as JsonValue;
      const isSet = description.format === 'jwks';
      const value =
        isSet &&
        parsed !== null &&
        typeof parsed === 'object' &&
        !Array.isArray(parsed) &&
        Array.isArray(parsed.keys)
          ? { ...parsed, keys: parsed.keys.map(toPublicJwk) }
          : toPublicJwk(parsed);
      const text = JSON.stringify(value, null, 2);
      return {
        ok: true,
        keyKind: isSet ? 'jwks' : 'jwk',
        keyText: text,
        derived: text !== JSON.stringify(parsed, null, 2),
      };
    } catch {
      return { ok: false };
    }
  }
  if (!PRIVATE_PEM_FORMATS.has(description.format)) {
    return { ok: true, keyKind: kindOfPublic(description.format), keyText, derived: false };
  }
  const key = keys[0];
  if (!key) return { ok: false };
  const curve = description.curve;
  try {
    if (curve === 'Ed448' || curve === 'secp256k1') {
      const raw = readRawKey(key.material, curve);
      if (!raw.ok || !raw.value.privateKey) return { ok: false };
      const pem = await softwarePublicPem(curve, raw.value.privateKey, raw.value.publicKey);
      return { ok: true, keyKind: 'pem-public', keyText: pem, derived: true };
    }
    const exported = await exportParsedKey(key);
    if (!exported.ok || exported.value.publicPem === undefined) return { ok: false };
    return { ok: true, keyKind: 'pem-public', keyText: exported.value.publicPem, derived: true };
  } catch {
    return { ok: false };
  }
}

function kindOfPublic(format: string): SnippetKeyKind {
  if (format === 'secret') return 'secret';
  if (format === 'pem-x509') return 'pem-certificate';
  return 'pem-public';
}

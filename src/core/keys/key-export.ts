// Converts any pasted key to the other format (PEM ↔ JWK) with its RFC 7638 JWK thumbprint.

import {
  calculateJwkThumbprint,
  exportJWK,
  exportPKCS8,
  exportSPKI,
  importJWK,
  importPKCS8,
  importSPKI,
  type JWK,
} from 'jose';
import { encodeBase64url } from '../shared/base64url';
import { problemFromCryptoError } from '../shared/crypto-errors';
import { writePem } from './der';
import { minimalJwk, parseKeyInput, type KeyDescription, type ParsedKey, type SecretEncoding } from './keys';
import { fail, ok, type Problem, type Result } from '../shared/problems';

export interface ExportedKey {
  description: KeyDescription;
  /** The key as a JWK: private members included for a private key; kid, alg and use kept from a JWK input. */
  jwk: JWK;
  /** PKCS#8 PEM for a private key, SPKI PEM for a public one; absent for a secret (no PEM form). */
  pem?: string;
  /** For a private key: its public half. */
  publicJwk?: JWK;
  publicPem?: string;
  /** RFC 7638 SHA-256 thumbprint, base64url (of the public members; of `k` for a secret). */
  thumbprint: string;
}

const PUBLIC_MEMBERS: Record<string, string[]> = {
  RSA: ['kty', 'n', 'e'],
  EC: ['kty', 'crv', 'x', 'y'],
  OKP: ['kty', 'crv', 'x'],
};

function pick(jwk: JWK, names: string[]): JWK {
  const out: Record<string, unknown> = {};
  for (const n of names)
    if ((jwk as Record<string, unknown>)[n] !== undefined) out[n] = (jwk as Record<string, unknown>)[n];
  return out as JWK;
}

/** An alg WebCrypto can import the key with; the exported bytes do not depend on it. */
function importAlgFor(d: KeyDescription): string | undefined {
  if (d.kty === 'RSA') return 'RS256';
  if (d.kty === 'OKP' && d.curve === 'Ed25519') return 'EdDSA';
  if (d.kty === 'EC') return { 'P-256': 'ES256', 'P-384': 'ES384', 'P-521': 'ES512' }[d.curve ?? ''];
  return undefined;
}

/** Exports one parsed key in both formats. */
export async function exportParsedKey(parsed: ParsedKey): Promise<Result<ExportedKey, Problem>> {
  const { description, material } = parsed;
  const keep = material.type === 'jwk' ? pick(material.jwk, ['kid', 'alg', 'use']) : {};
  if (material.type === 'secret' || (material.type === 'jwk' && material.jwk.kty === 'oct')) {
    const k = material.type === 'secret' ? encodeBase64url(material.bytes) : (material.jwk.k ?? '');
    const jwk: JWK = { kty: 'oct', k, ...keep };
    return ok({ description, jwk, thumbprint: await calculateJwkThumbprint({ kty: 'oct', k }) });
  }
  const alg = importAlgFor(description);
  if (!alg) {
    return fail({
      code: 'key-type-unsupported',
      algorithm: description.curve ?? description.kty ?? 'unknown',
    });
  }
  try {
    const isPrivate = description.visibility === 'private';
    let cryptoKey: CryptoKey;
    if (material.type === 'spki')
      cryptoKey = await importSPKI(writePem('PUBLIC KEY', material.der), alg, { extractable: true });
    else if (material.type === 'pkcs8')
      cryptoKey = await importPKCS8(writePem('PRIVATE KEY', material.der), alg, { extractable: true });
    else {
      cryptoKey = (await importJWK(minimalJwk(material.jwk, isPrivate), alg, {
        extractable: true,
      })) as CryptoKey;
    }
    const full = await exportJWK(cryptoKey);
    const publicJwk = pick(full, PUBLIC_MEMBERS[full.kty ?? ''] ?? []);
    const thumbprint = await calculateJwkThumbprint(publicJwk);
    if (!isPrivate) {
      return ok({
        description,
        jwk: { ...publicJwk, ...keep },
        pem: await exportSPKI(cryptoKey),
        thumbprint,
      });
    }
    const publicKey = (await importJWK(publicJwk, alg, { extractable: true })) as CryptoKey;
    return ok({
      description,
      jwk: { ...full, ...keep },
      pem: await exportPKCS8(cryptoKey),
      publicJwk: { ...publicJwk, ...keep },
      publicPem: await exportSPKI(publicKey),
      thumbprint,
    });
  } catch (e) {
    return fail(problemFromCryptoError(e, 'export'));
  }
}

/**
 * Exports pasted key text as JWK and PEM with its thumbprint; for a JWKS, the key at `index` (default 0).
 * @example const r = await exportKey(pemText); if (r.ok) show(r.value.jwk, r.value.thumbprint);
 */
export async function exportKey(
  keyInput: string,
  options: { encoding?: SecretEncoding; index?: number } = {},
): Promise<Result<ExportedKey, Problem>> {
  const reading = parseKeyInput(keyInput, options.encoding ?? 'utf8');
  if (reading.state === 'empty') return fail({ code: 'no-key' });
  if (reading.state === 'error') return fail(reading.problem);
  const key = reading.value.keys[options.index ?? 0];
  if (!key) return fail({ code: 'jwks-empty' });
  return exportParsedKey(key);
}

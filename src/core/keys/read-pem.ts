// Reads a PEM key: SPKI, PKCS#8, PKCS#1, SEC1 or an X.509 certificate, normalised to SPKI or PKCS#8 DER.

import {
  pkcs1PrivateToPkcs8,
  pkcs1PublicToSpki,
  readPemBlocks,
  readPkcs1Bits,
  readPkcs8Facts,
  readSec1Curve,
  readSpkiFacts,
  sec1ToPkcs8,
  type AsymmetricKeyFacts,
} from './der';
import { fail, ok, type KeyProblem, type Problem, type Result } from '../shared/problems';
import { readCertificate } from './x509';
import type { KeyDescription, KeyFormat, KeyMaterial, KeyVisibility, ParsedKey } from './key-types';

const KEY_LABELS = new Set([
  'PUBLIC KEY',
  'PRIVATE KEY',
  'RSA PUBLIC KEY',
  'RSA PRIVATE KEY',
  'EC PRIVATE KEY',
  'CERTIFICATE',
  'X509 CERTIFICATE',
  'TRUSTED CERTIFICATE',
  'ENCRYPTED PRIVATE KEY',
]);

function describeFacts(
  facts: AsymmetricKeyFacts,
  format: KeyFormat,
  visibility: KeyVisibility,
): Result<KeyDescription, KeyProblem> {
  if (facts.kty === 'unknown') return fail({ code: 'key-type-unsupported', algorithm: facts.algorithm });
  const d: KeyDescription = { format, kty: facts.kty, visibility };
  if (facts.bits !== undefined) d.bits = facts.bits;
  if (facts.curve !== undefined) d.curve = facts.curve;
  return ok(d);
}

export function readPem(text: string): Result<{ key: ParsedKey; hints: Problem[] }, KeyProblem> {
  let blocks;
  try {
    blocks = readPemBlocks(text);
  } catch (e) {
    return fail({
      code: 'pem-unreadable',
      label: e instanceof TypeError ? e.message : undefined,
      reason: 'bad-base64',
    });
  }
  // `openssl ecparam -genkey` writes an EC PARAMETERS block before the key; a chain lists the leaf first.
  const block = blocks.find((b) => KEY_LABELS.has(b.label));
  if (!block) {
    const label = blocks.find((b) => b.label !== 'EC PARAMETERS')?.label ?? blocks[0]?.label;
    return label
      ? fail({ code: 'pem-unsupported', label })
      : fail({ code: 'pem-unreadable', reason: 'no-block' });
  }
  const { label, der } = block;
  // RFC 1421 headers (`Proc-Type: 4,ENCRYPTED`) mark an OpenSSL-encrypted traditional key.
  if (label === 'ENCRYPTED PRIVATE KEY' || /Proc-Type:\s*4,ENCRYPTED/i.test(text)) {
    return fail({ code: 'pem-encrypted', label });
  }
  try {
    let description: Result<KeyDescription, KeyProblem>;
    let material: KeyMaterial;
    switch (label) {
      case 'PUBLIC KEY':
        description = describeFacts(readSpkiFacts(der), 'pem-spki', 'public');
        material = { type: 'spki', der };
        break;
      case 'PRIVATE KEY':
        description = describeFacts(readPkcs8Facts(der), 'pem-pkcs8', 'private');
        material = { type: 'pkcs8', der };
        break;
      case 'RSA PUBLIC KEY':
      case 'RSA PRIVATE KEY': {
        // PKCS#1 holds RSA only; WebCrypto imports it wrapped as SPKI or PKCS#8.
        const isPrivate = label === 'RSA PRIVATE KEY';
        description = ok({
          format: isPrivate ? 'pem-pkcs1-private' : 'pem-pkcs1-public',
          kty: 'RSA',
          visibility: isPrivate ? 'private' : 'public',
          bits: readPkcs1Bits(der, isPrivate),
        });
        material = isPrivate
          ? { type: 'pkcs8', der: pkcs1PrivateToPkcs8(der) }
          : { type: 'spki', der: pkcs1PublicToSpki(der) };
        break;
      }
      case 'EC PRIVATE KEY': {
        const curve = readSec1Curve(der);
        if (!curve) return fail({ code: 'pem-unreadable', label, reason: 'bad-der' });
        description = ok({ format: 'pem-sec1', kty: 'EC', visibility: 'private', curve });
        material = { type: 'pkcs8', der: sec1ToPkcs8(der) };
        break;
      }
      default: {
        const cert = readCertificate(der);
        description = describeFacts(readSpkiFacts(cert.spki), 'pem-x509', 'public');
        if (description.ok) description.value.certificate = cert.info;
        material = { type: 'spki', der: cert.spki };
      }
    }
    if (!description.ok) return description;
    return ok({ key: { description: description.value, material }, hints: [] });
  } catch {
    return fail({ code: 'pem-unreadable', label, reason: 'bad-der' });
  }
}

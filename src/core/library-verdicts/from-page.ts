// Turns what this page already knows (the key box's reading, its own signature report) into a LibraryCase.

import { secretBytesOf, type KeyDescription, type KeyInputReading } from '../keys/keys';
import type { SignatureReport } from '../jws/verify';
import type { LibraryKey, SignatureOutcome } from './types';

// PyJWT 2.6.0 utils.is_ssh_key: these names anywhere in an HMAC secret make prepare_key refuse it.
const SSH_KEY_FORMATS = [
  'ssh-ed25519',
  'ssh-rsa',
  'ssh-dss',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
];

/** Whether PyJWT 2.6.0 refuses these HMAC secret bytes as "an asymmetric key or x509 certificate". */
export function pyjwtRefusesSecret(bytes: Uint8Array): boolean | undefined {
  // Latin-1 keeps one character per byte, as PyJWT's byte regexes see them.
  const text = Array.from(bytes, (b) => String.fromCharCode(b)).join('');
  if (SSH_KEY_FORMATS.some((name) => text.includes(name))) return true;
  // is_pem_format and the -cert-v01@openssh.com rule are regexes not worth copying: say "unsure" instead.
  if (/BEGIN/.test(text) || text.includes('-cert-v01@openssh.com')) return undefined;
  return false;
}

function keyFromDescription(d: KeyDescription | undefined, secret?: Uint8Array): LibraryKey {
  if (!d) return { kind: 'unread' };
  if (d.kty === 'oct')
    return { kind: 'secret', pyjwtRefuses: secret ? pyjwtRefusesSecret(secret) : undefined };
  if (d.kty === 'RSA' || d.kty === 'EC' || d.kty === 'OKP') {
    return { kind: 'asymmetric', kty: d.kty, curve: d.curve, bits: d.bits };
  }
  return { kind: 'unread' };
}

/**
 * The key as the library models see it: absent when the key box is empty, `unread` when its kind is unclear.
 * For a JWKS, the entry this page's verification used (the user's code picks it by kid the same way).
 */
export function libraryKeyOf(reading: KeyInputReading, report: SignatureReport): LibraryKey | undefined {
  if (reading.state === 'empty') return undefined;
  if (reading.state === 'error') return { kind: 'unread' };
  const keys = reading.value.keys;
  if (reading.value.description.format === 'jwks') {
    return report.key ? keyFromDescription(report.key) : { kind: 'unread' };
  }
  const only = keys.length === 1 ? keys[0] : undefined;
  if (!only) return { kind: 'unread' };
  return keyFromDescription(only.description, secretBytesOf(only.material));
}

/** This page's signature verdict in the models' terms. */
export function signatureOutcomeOf(report: SignatureReport): SignatureOutcome {
  if (report.state === 'valid') return 'valid';
  if (report.state === 'invalid')
    return report.problem?.code === 'signature-wrong-length' ? 'wrong-length' : 'invalid';
  return 'not-checked';
}

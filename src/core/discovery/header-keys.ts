// Key discovery's sources in the token's header: an x5u certificate URL, an x5c chain, an embedded jwk.

import { scanPemBlocks } from '../shared/pem-scan';
import { decodeBase64, encodeBase64 } from '../shared/base64url';
import { fetchText, Stage, type Attempt, type Context } from './fetch-text';
import { isObject } from './key-sets';

/** Wraps base64 DER as PEM text with 64-character lines (RFC 7468). */
export function formatPem(label: string, base64: string): string {
  const lines = base64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

function certificateAttempt(pem: string): Attempt {
  return { ok: true, report: { untrusted: true, keyText: pem, keyFormat: 'pem-certificate' } };
}

export async function tryX5u(ctx: Context, url: string): Promise<Attempt> {
  const fetched = await fetchText(ctx, url, 'x5u', 'certificate', 'application/pem-certificate-chain, */*');
  if (!fetched.ok) return fetched;
  // RFC 7515 §4.1.5: the resource is a PEM certificate or chain; the first is the signer's.
  const [block] = scanPemBlocks(fetched.text, 'CERTIFICATE').filter((b) => b.body.trim() !== '');
  const match = block && [`-----BEGIN CERTIFICATE-----${block.body}-----END CERTIFICATE-----`];
  if (!match) {
    ctx.steps.push({
      source: 'x5u',
      role: 'certificate',
      url,
      outcome: 'not-certificate',
      status: fetched.status,
    });
    return { ok: false, problem: { code: 'discovery-not-certificate', url }, stage: Stage.KeySet };
  }
  ctx.steps.push({ source: 'x5u', role: 'certificate', url, outcome: 'ok', status: fetched.status });
  return certificateAttempt(match[0] + '\n');
}

export function tryX5c(ctx: Context, x5c: unknown): Attempt {
  // RFC 7515 §4.1.6: an array of standard (not url-safe) base64 DER certificates, the signer's first.
  const first: unknown = Array.isArray(x5c) ? x5c[0] : undefined;
  let der: Uint8Array | undefined;
  if (typeof first === 'string') {
    try {
      der = decodeBase64(first);
    } catch {
      der = undefined;
    }
  }
  if (!der || der.length < 2 || der[0] !== 0x30) {
    ctx.steps.push({ source: 'x5c', role: 'embedded', outcome: 'not-certificate' });
    return { ok: false, problem: { code: 'discovery-not-certificate', url: undefined }, stage: Stage.KeySet };
  }
  ctx.steps.push({ source: 'x5c', role: 'embedded', outcome: 'ok' });
  return certificateAttempt(formatPem('CERTIFICATE', encodeBase64(der)));
}

export function tryEmbeddedJwk(ctx: Context, jwk: unknown): Attempt {
  if (!isObject(jwk) || typeof jwk.kty !== 'string') {
    ctx.steps.push({ source: 'jwk', role: 'embedded', outcome: 'bad-jwk' });
    return { ok: false, problem: { code: 'discovery-bad-embedded-jwk' }, stage: Stage.KeySet };
  }
  ctx.steps.push({ source: 'jwk', role: 'embedded', outcome: 'ok' });
  return {
    ok: true,
    report: { untrusted: true, key: jwk, keyText: JSON.stringify(jwk, null, 2), keyFormat: 'jwk' },
  };
}

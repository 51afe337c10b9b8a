// Re-encodes a JWS or JWE between the compact and the flattened JSON serialization, where the token allows it.

import type { DecodedToken, JweJson, JweJsonRecipient } from './types';

export type Reencoded = { ok: true; text: string } | { ok: false; reason: ReencodeRefusal };

/** Why a token cannot take the other form. */
export type ReencodeRefusal =
  | 'not-decoded'
  | 'several-signatures'
  | 'several-recipients'
  | 'unprotected-header'
  | 'detached'
  | 'unencoded-with-dot'
  | 'already';

const refuse = (reason: ReencodeRefusal): Reencoded => ({ ok: false, reason });

/**
 * One recipient's part of a JSON-serialized JWE in flattened form (RFC 7516 §7.2.2), empty members left out:
 * what jose's flattenedDecrypt takes for that recipient.
 */
export function flattenedJwe(json: JweJson, recipient: JweJsonRecipient) {
  return {
    ...(json.protected.raw !== '' ? { protected: json.protected.raw } : {}),
    ...(json.unprotected ? { unprotected: json.unprotected } : {}),
    ...(recipient.header ? { header: recipient.header } : {}),
    ...(recipient.encryptedKey !== '' ? { encrypted_key: recipient.encryptedKey } : {}),
    ...(json.aad !== undefined ? { aad: json.aad } : {}),
    iv: json.iv,
    ciphertext: json.ciphertext,
    tag: json.tag,
  };
}

/** The token in flattened JSON serialization (RFC 7515 §7.2.2, RFC 7516 §7.2.2). */
export function toFlattenedJson(decoded: DecodedToken): Reencoded {
  if (decoded.tokenProblem || !decoded.kind) return refuse('not-decoded');
  const json = decoded.json;
  if (json?.type === 'jws') {
    if (json.signatures.length > 1) return refuse('several-signatures');
    if (json.serialization === 'flattened') return refuse('already');
    const sig = json.signatures[0]!;
    return ok({
      ...(json.payload !== undefined ? { payload: json.payload } : {}),
      ...(sig.protected.raw !== '' ? { protected: sig.protected.raw } : {}),
      ...(sig.header ? { header: sig.header } : {}),
      signature: sig.signature,
    });
  }
  if (json?.type === 'jwe') {
    if (json.recipients.length > 1) return refuse('several-recipients');
    if (json.serialization === 'flattened') return refuse('already');
    return ok(flattenedJwe(json, json.recipients[0]!));
  }
  const [a = '', b = '', c = '', d = '', e = ''] = decoded.parts;
  if (decoded.kind === 'jwe') {
    return ok({ protected: a, ...(b !== '' ? { encrypted_key: b } : {}), iv: c, ciphertext: d, tag: e });
  }
  return ok({ ...(decoded.detached ? {} : { payload: b }), protected: a, signature: c });
}

/** A JSON-serialized JWS with one signature, no unprotected header and its payload, in compact form. */
export function toCompact(decoded: DecodedToken): Reencoded {
  const json = decoded.json;
  if (decoded.tokenProblem || !decoded.kind) return refuse('not-decoded');
  if (!json) return refuse('already');
  if (json.type === 'jwe') {
    if (json.recipients.length > 1) return refuse('several-recipients');
    if (json.unprotected || json.recipients[0]!.header || json.aad !== undefined)
      return refuse('unprotected-header');
    const [p = '', k = '', iv = '', ct = '', tag = ''] = decoded.parts;
    return { ok: true, text: [p, k, iv, ct, tag].join('.') };
  }
  if (json.signatures.length > 1) return refuse('several-signatures');
  const sig = json.signatures[0]!;
  // Compact has only the protected header (RFC 7515 §7.1): an unprotected one would be lost.
  if (sig.header) return refuse('unprotected-header');
  if (json.payload === undefined) return { ok: true, text: `${sig.protected.raw}..${sig.signature}` };
  if (json.payload.includes('.')) return refuse('unencoded-with-dot');
  return { ok: true, text: `${sig.protected.raw}.${json.payload}.${sig.signature}` };
}

function ok(value: Record<string, unknown>): Reencoded {
  return { ok: true, text: JSON.stringify(value, null, 2) };
}

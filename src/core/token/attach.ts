// Puts a detached payload (RFC 7515 Appendix F) back into its token, so that the ordinary decoding and verifying
// read it: base64url-encoded unless the header says "b64": false (RFC 7797), where the payload is the bytes as is.

import { encodeBase64urlText } from '../shared/base64url';
import { isUnencoded } from './decode-json';
import { decodeToken } from './token';
import type { DecodedToken } from './types';

/**
 * The token as if its detached payload had been sent in it; `decoded` itself when it is not detached or the
 * payload is empty. The result keeps the pasted token's text in `token` only for a compact token whose payload
 * fits there; otherwise it is the flattened JSON serialization that carries it (an unencoded payload with a `.`).
 */
export function attachDetachedPayload(decoded: DecodedToken, payload: string): DecodedToken {
  if (!decoded.detached || payload === '') return decoded;
  const unencoded = isUnencoded(
    decoded.json?.type === 'jws' ? decoded.json.signatures[0]?.protected.value : decoded.header?.value,
  );
  const segment = unencoded ? payload : encodeBase64urlText(payload);
  let text: string;
  if (decoded.json) {
    let value: Record<string, unknown>;
    try {
      value = JSON.parse(decoded.token) as Record<string, unknown>;
    } catch {
      return decoded;
    }
    text = JSON.stringify({ ...value, payload: segment });
  } else {
    const [h = '', , s = ''] = decoded.parts;
    // RFC 7797 §5.2: an unencoded payload with a '.' cannot sit in a compact token; the flattened form holds it.
    text = segment.includes('.')
      ? JSON.stringify({ protected: h, payload: segment, signature: s })
      : `${h}.${segment}.${s}`;
  }
  const attached = decodeToken(text);
  return { ...attached, cleanups: decoded.cleanups, detachedSupplied: true };
}

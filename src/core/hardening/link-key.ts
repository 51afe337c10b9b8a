// A `#publicKey=` link may carry only public key material: a secret or private key in a link would let
// whoever sent it make a forged token "verify" (a forged HS256 token with its own secret shows "valid").

import { parseKeyInput } from '../keys/keys';

/** True when `text` reads as one or more public keys (PEM, certificate, JWK or JWKS), with no secret or private part. */
export function isPublicKeyOnly(text: string): boolean {
  const reading = parseKeyInput(text);
  return (
    reading.state === 'ok' &&
    reading.value.keys.length > 0 &&
    reading.value.keys.every((k) => k.description.visibility === 'public')
  );
}

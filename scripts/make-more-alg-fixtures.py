#!/usr/bin/python3
"""ES256K (RFC 8812) and Ed448 (RFC 8037) tokens and keys made by python-jwcrypto, not by the app.

Run with Debian's Python (python3-jwcrypto, python3-cryptography):
  /usr/bin/python3 scripts/make-more-alg-fixtures.py > src/core/fixtures/more-algs-jwcrypto.json
Each entry has the token, the public key as JWK and PEM, and the private key as PEM. `high_s` is the
ES256K token with s replaced by n - s: RFC 8812 does not require low S, so it must still verify.
"""
import base64
import importlib.metadata
import json

import jwcrypto
from jwcrypto import jwk, jws

SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141


def b64u(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64u(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def make(kty: str, crv: str, alg: str) -> dict:
    key = jwk.JWK.generate(kty=kty, crv=crv, kid=f"jwcrypto-{crv}")
    payload = json.dumps({"iss": "python-jwcrypto", "sub": alg + "/" + crv, "iat": 1700000000})
    token = jws.JWS(payload.encode())
    token.add_signature(key, alg=alg, protected=json.dumps({"alg": alg, "typ": "JWT", "kid": key.get("kid")}))
    compact = token.serialize(compact=True)
    return {
        "alg": alg,
        "crv": crv,
        "token": compact,
        "publicJwk": json.loads(key.export_public()),
        "publicPem": key.export_to_pem(private_key=False).decode(),
        "privatePem": key.export_to_pem(private_key=True, password=None).decode(),
    }


es256k = make("EC", "secp256k1", "ES256K")
h, p, s = es256k["token"].split(".")
sig = unb64u(s)
r, low = sig[:32], int.from_bytes(sig[32:], "big")
es256k["highS"] = ".".join([h, p, b64u(r + (SECP256K1_N - low).to_bytes(32, "big"))])

# jwcrypto writes Ed448 tokens with the RFC 8037 alg name EdDSA (the key's crv says Ed448).
ed448 = make("OKP", "Ed448", "EdDSA")

print(json.dumps({"generator": "python3-jwcrypto " + importlib.metadata.version("jwcrypto"),
                  "ES256K": es256k, "Ed448": ed448}, indent=2))

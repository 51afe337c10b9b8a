# Signs the fixture tokens with PyJWT (Debian python3-jwt) and exports its JWKs; called by make-fixtures.mjs.
# Reads {keys, secrets, payload, kindForAlg} as JSON on stdin, writes {version, tokens, jwks} to stdout.
import base64
import json
import sys

import jwt
from cryptography.hazmat.primitives.serialization import load_pem_private_key
from jwt.algorithms import ECAlgorithm, OKPAlgorithm, RSAAlgorithm

data = json.load(sys.stdin)
keys, secrets, payload = data["keys"], data["secrets"], data["payload"]


def b64url_decode(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


tokens = []
for alg in ["HS256", "HS384", "HS512"]:
    secret = b64url_decode(secrets[alg])
    token = jwt.encode(payload, secret, algorithm=alg, headers={"kid": "hmac-kid"})
    tokens.append({"issuer": "PyJWT " + jwt.__version__, "alg": alg, "key": alg, "signedWith": "secret", "token": token})

for alg, kind in data["kindForAlg"].items():
    formats = {"pkcs8": keys[kind]["pkcs8"]}
    if "pkcs1Private" in keys[kind]:
        formats["pkcs1"] = keys[kind]["pkcs1Private"]
    if "sec1" in keys[kind]:
        formats["sec1"] = keys[kind]["sec1"]
    for name, pem in formats.items():
        token = jwt.encode(payload, pem, algorithm=alg, headers={"kid": kind + "-kid"})
        tokens.append({"issuer": "PyJWT " + jwt.__version__, "alg": alg, "key": kind, "signedWith": name, "token": token})

exporters = {"rsa2048": RSAAlgorithm, "p256": ECAlgorithm, "p384": ECAlgorithm, "p521": ECAlgorithm, "ed25519": OKPAlgorithm}
jwks = {"keys": []}
for kind, algorithm in exporters.items():
    private = load_pem_private_key(keys[kind]["pkcs8"].encode(), password=None)
    jwk = json.loads(algorithm.to_jwk(private.public_key()))
    jwk["kid"] = kind + "-kid"
    jwks["keys"].append(jwk)

json.dump({"version": jwt.__version__, "tokens": tokens, "jwks": jwks}, sys.stdout)

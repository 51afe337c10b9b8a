#!/usr/bin/python3
# Makes JWE fixtures with python3-jwcrypto (Debian), independent of jose: writes src/core/fixtures/jwe-jwcrypto.json.
#
# Usage: apt-get install -y python3-jwcrypto && /usr/bin/python3 scripts/make-jwe-fixtures.py
# Each entry holds a compact JWE, the text a user would paste in the key box to decrypt it, and the plaintext.

import json
import os

from jwcrypto import jwa, jwe, jwk, jws
from jwcrypto.common import json_encode

ALGS = [
    'dir', 'A128KW', 'A192KW', 'A256KW', 'A128GCMKW', 'A192GCMKW', 'A256GCMKW',
    'RSA-OAEP', 'RSA-OAEP-256', 'RSA-OAEP-384', 'RSA-OAEP-512',
    'ECDH-ES', 'ECDH-ES+A128KW', 'ECDH-ES+A192KW', 'ECDH-ES+A256KW',
    'PBES2-HS256+A128KW', 'PBES2-HS384+A192KW', 'PBES2-HS512+A256KW',
]
ENCS = ['A128GCM', 'A192GCM', 'A256GCM', 'A128CBC-HS256', 'A192CBC-HS384', 'A256CBC-HS512']
CEK_BITS = {'A128GCM': 128, 'A192GCM': 192, 'A256GCM': 256, 'A128CBC-HS256': 256, 'A192CBC-HS384': 384, 'A256CBC-HS512': 512}
WRAP_BITS = {'A128KW': 128, 'A192KW': 192, 'A256KW': 256, 'A128GCMKW': 128, 'A192GCMKW': 192, 'A256GCMKW': 256}
PASSWORD = 'correct horse battery staple'
CLAIMS = {'iss': 'https://jwcrypto.example', 'sub': 'fixture', 'iat': 1700000000, 'exp': 4102444800}

rsa = jwk.JWK.generate(kty='RSA', size=2048, kid='rsa-1')
ec_keys = {crv: jwk.JWK.generate(kty='EC', crv=crv, kid=f'ec-{crv}') for crv in ['P-256', 'P-384', 'P-521']}
x25519 = jwk.JWK.generate(kty='OKP', crv='X25519', kid='x25519-1')
oct_keys = {bits: jwk.JWK.generate(kty='oct', size=bits) for bits in [128, 192, 256, 384, 512]}


def encrypt(plaintext, header, key):
    token = jwe.JWE(plaintext.encode(), protected=json_encode(header), algs=[header['alg'], header['enc']])
    token.add_recipient(key)
    return token.serialize(compact=True)


def recipient(alg, enc, curve='P-256'):
    """The key to encrypt to, and the text a user pastes to decrypt (with its secret encoding)."""
    if alg == 'dir':
        key = oct_keys[CEK_BITS[enc]]
        return key, key.export(), 'utf8'
    if alg in WRAP_BITS:
        key = oct_keys[WRAP_BITS[alg]]
        # Half of these as a raw base64url secret rather than a JWK, to exercise that path too.
        if alg.endswith('GCMKW'):
            return key, json.loads(key.export())['k'], 'base64url'
        return key, key.export(), 'utf8'
    if alg.startswith('RSA'):
        return rsa, rsa.export_to_pem(private_key=True, password=None).decode(), 'utf8'
    if alg.startswith('ECDH'):
        key = x25519 if curve == 'X25519' else ec_keys[curve]
        return key, key.export(), 'utf8'
    if alg.startswith('PBES2'):
        return jwk.JWK.from_password(PASSWORD), PASSWORD, 'utf8'
    raise ValueError(alg)


def known_to_jwcrypto(alg):
    try:
        jwa.JWA.keymgmt_alg(alg)
        return True
    except jwa.InvalidJWAAlgorithm:
        return False


# Debian 12's jwcrypto 1.1.0 has no RSA-OAEP-384/512; the jose fixtures cover those.
skipped = [alg for alg in ALGS if not known_to_jwcrypto(alg)]
fixtures = []
plaintext = json.dumps(CLAIMS)
for alg in ALGS:
    if alg in skipped:
        continue
    for enc in ENCS:
        key, key_text, encoding = recipient(alg, enc)
        fixtures.append({
            'id': f'{alg} {enc}', 'alg': alg, 'enc': enc, 'token': encrypt(plaintext, {'alg': alg, 'enc': enc}, key),
            'keyText': key_text, 'encoding': encoding, 'plaintext': plaintext,
        })

for curve in ['P-384', 'P-521', 'X25519']:
    for alg in ['ECDH-ES', 'ECDH-ES+A128KW', 'ECDH-ES+A256KW']:
        key, key_text, encoding = recipient(alg, 'A256GCM', curve)
        fixtures.append({
            'id': f'{alg} {curve}', 'alg': alg, 'enc': 'A256GCM',
            'token': encrypt(plaintext, {'alg': alg, 'enc': 'A256GCM'}, key),
            'keyText': key_text, 'encoding': encoding, 'plaintext': plaintext,
        })

key, key_text, encoding = recipient('A256KW', 'A256GCM')
long_plaintext = json.dumps({**CLAIMS, 'pad': 'x' * 1000})
fixtures.append({
    'id': 'zip DEF', 'alg': 'A256KW', 'enc': 'A256GCM',
    'token': encrypt(long_plaintext, {'alg': 'A256KW', 'enc': 'A256GCM', 'zip': 'DEF'}, key),
    'keyText': key_text, 'encoding': encoding, 'plaintext': long_plaintext,
})

signing_key = jwk.JWK.generate(kty='EC', crv='P-256', kid='signer-1')
inner = jws.JWS(plaintext.encode())
inner.add_signature(signing_key, alg='ES256', protected=json_encode({'alg': 'ES256', 'kid': 'signer-1', 'typ': 'JWT'}))
inner_token = inner.serialize(compact=True)
key, key_text, encoding = recipient('RSA-OAEP-256', 'A256GCM')
fixtures.append({
    'id': 'nested cty JWT', 'alg': 'RSA-OAEP-256', 'enc': 'A256GCM',
    'token': encrypt(inner_token, {'alg': 'RSA-OAEP-256', 'enc': 'A256GCM', 'cty': 'JWT'}, key),
    'keyText': key_text, 'encoding': encoding, 'plaintext': inner_token,
    'innerKeyText': signing_key.export_public(),
})

out = os.path.join(os.path.dirname(__file__), '..', 'src', 'core', 'fixtures', 'jwe-jwcrypto.json')
with open(out, 'w') as f:
    json.dump({'generator': 'python3-jwcrypto (Debian)', 'script': 'scripts/make-jwe-fixtures.py',
               'skippedAlgs': skipped, 'fixtures': fixtures}, f, indent=1)
    f.write('\n')
print(f'wrote {len(fixtures)} fixtures to {os.path.normpath(out)}')

#!/usr/bin/python3
"""JWS and JWE in JSON serialization, detached and b64:false: RFC examples and tokens made by python-jwcrypto.

Run with Debian's Python (python3-jwcrypto 1.1):
  /usr/bin/python3 scripts/make-json-serialization-fixtures.py [COOKBOOK] > src/core/fixtures/json-serialization.json

- `rfc`: the examples of RFC 7515 A.6 (general, two signatures) and A.7 (flattened), RFC 7520 §4.7 (protecting
  content only), §4.8 (three signatures) and §5.13 (three recipients), and RFC 7797 §4.1 / §4.2 (b64). The RFC
  7515 and RFC 7797 texts are copied below from the RFCs; the RFC 7520 ones are read from a checkout of
  github.com/ietf-jose/cookbook (COOKBOOK, default /work/.mirror/ietf-jose+cookbook/repo, read with `git show`),
  whose JSON files hold the RFC's figures. Every signed example is verified here with jwcrypto before it is
  written, and every encrypted one decrypted, so a copying mistake stops the script.
- `jwcrypto`: fresh keys and tokens made by jwcrypto's serialize(compact=False): a general JWS with RS256, ES256
  and HS256 signatures, a flattened ES256 JWS, a general JWE for RSA-OAEP-256 and A256KW recipients and a
  flattened ECDH-ES+A128KW JWE. They change on every run.
"""
import base64
import json
import subprocess
import sys

from jwcrypto import jwe, jwk, jws
from jwcrypto.common import json_encode

COOKBOOK = sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror/ietf-jose+cookbook/repo"


def b64u(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def cookbook(path: str) -> dict:
    text = subprocess.run(["git", "-C", COOKBOOK, "show", f"HEAD:{path}"], check=True, capture_output=True).stdout
    return json.loads(text)


# RFC 7515 A.2's RSA key and A.3's EC key (the A.6 and A.7 examples are signed with them).
RFC7515_RSA = {
    "kty": "RSA",
    "n": "ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ",
    "e": "AQAB",
}
RFC7515_EC = {
    "kty": "EC",
    "crv": "P-256",
    "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
    "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0",
}
# RFC 7515 A.1's HMAC key: RFC 7797 §4 signs with it.
RFC7515_HMAC = {
    "kty": "oct",
    "k": "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow",
}

A_PAYLOAD = "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
A2_SIG = (
    "cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5jujGbds9uJdbF9CUAr"
    "7t1dnZcAcQjbKBYNX4BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--x"
    "i12jzDwusC-eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypG"
    "lUPQGe77Rw"
)
A3_SIG = "DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q"

# RFC 7515 A.6.4, as printed (the RFC breaks long strings over lines only for display).
A6 = """{
  "payload": "%s",
  "signatures": [
    {"protected": "eyJhbGciOiJSUzI1NiJ9",
     "header": {"kid": "2010-12-29"},
     "signature": "%s"},
    {"protected": "eyJhbGciOiJFUzI1NiJ9",
     "header": {"kid": "e9bc097a-ce51-4036-9562-d2ade882db0d"},
     "signature": "%s"}]
}""" % (A_PAYLOAD, A2_SIG, A3_SIG)

# RFC 7515 A.7.
A7 = """{
  "payload": "%s",
  "protected": "eyJhbGciOiJFUzI1NiJ9",
  "header": {"kid": "e9bc097a-ce51-4036-9562-d2ade882db0d"},
  "signature": "%s"
}""" % (A_PAYLOAD, A3_SIG)

# RFC 7797 §4.1 (b64 true, the ordinary form) and §4.2 (b64 false, detached in compact, "$.02" in JSON).
RFC7797_PAYLOAD = "$.02"
RFC7797_41 = "eyJhbGciOiJIUzI1NiJ9.JC4wMg.5mvfOroL-g7HyqJoozehmsaqmvTYGEq5jTI1gVvoEoQ"
RFC7797_42 = "eyJhbGciOiJIUzI1NiIsImI2NCI6ZmFsc2UsImNyaXQiOlsiYjY0Il19..A5dxf2s96_n5FLueVuW1Z_vh161FwXZC4YLPff6dmDY"
RFC7797_42_JSON = """{
  "protected": "eyJhbGciOiJIUzI1NiIsImI2NCI6ZmFsc2UsImNyaXQiOlsiYjY0Il19",
  "payload": "$.02",
  "signature": "A5dxf2s96_n5FLueVuW1Z_vh161FwXZC4YLPff6dmDY"
}"""


def check_jws(text: str, keys: list, detached: bytes | None = None) -> list[bool]:
    """Which of a JSON JWS's signatures each key verifies (jwcrypto), one entry per key."""
    results = []
    for key in keys:
        token = jws.JWS()
        token.deserialize(text)
        if detached is not None:  # jwcrypto 1.1 reads an empty payload segment; put the detached bytes in
            token.objects["payload"] = detached
        try:
            token.verify(jwk.JWK(**key))
            results.append(True)
        except jws.InvalidJWSSignature:
            results.append(False)
    return results


def rfc_examples() -> list[dict]:
    out = []
    assert check_jws(A6, [RFC7515_RSA, RFC7515_EC]) == [True, True]
    out.append({"id": "rfc7515-a6-general", "source": "RFC 7515 A.6", "token": A6,
                "keys": [RFC7515_RSA, RFC7515_EC], "signatures": 2})
    assert check_jws(A7, [RFC7515_EC]) == [True]
    out.append({"id": "rfc7515-a7-flattened", "source": "RFC 7515 A.7", "token": A7, "keys": [RFC7515_EC],
                "signatures": 1})
    c47 = cookbook("jws/4_7.protecting_content_only.json")
    for form in ("json", "json_flat"):
        text = json.dumps(c47["output"][form], indent=2)
        assert check_jws(text, [c47["input"]["key"]]) == [True]
        out.append({"id": f"rfc7520-4.7-{form.replace('_', '-')}", "source": "RFC 7520 §4.7", "token": text,
                    "keys": [c47["input"]["key"]], "signatures": 1})
    c48 = cookbook("jws/4_8.multiple_signatures.json")
    text = json.dumps(c48["output"]["json"], indent=2)
    public = [{k: v for k, v in key.items() if k not in ("d", "p", "q", "dp", "dq", "qi")} for key in c48["input"]["key"]]
    assert check_jws(text, public) == [True, True, True]
    out.append({"id": "rfc7520-4.8-general", "source": "RFC 7520 §4.8", "token": text, "keys": public,
                "signatures": 3})
    c513 = cookbook("jwe/5_13.encrypting_to_multiple_recipients.json")
    text = json.dumps(c513["output"]["json"], indent=2)
    for key in c513["input"]["key"]:
        token = jwe.JWE()
        token.allowed_algs = token.allowed_algs + ["RSA1_5"]  # the RFC's first recipient; off by default
        token.deserialize(text, jwk.JWK(**key))
        assert token.payload.decode() == c513["input"]["plaintext"]
    out.append({"id": "rfc7520-5.13-general", "source": "RFC 7520 §5.13", "token": text,
                "keys": c513["input"]["key"], "algs": c513["input"]["alg"], "plaintext": c513["input"]["plaintext"]})
    compact41 = jws.JWS()
    compact41.deserialize(RFC7797_41, jwk.JWK(**RFC7515_HMAC))
    assert compact41.payload.decode() == RFC7797_PAYLOAD
    out.append({"id": "rfc7797-4.1", "source": "RFC 7797 §4.1", "token": RFC7797_41, "keys": [RFC7515_HMAC],
                "payload": RFC7797_PAYLOAD})
    assert check_jws(RFC7797_42_JSON, [RFC7515_HMAC]) == [True]
    assert check_jws(RFC7797_42, [RFC7515_HMAC], RFC7797_PAYLOAD.encode()) == [True]
    assert check_jws(RFC7797_42, [RFC7515_HMAC], b"$.03") == [False]
    out.append({"id": "rfc7797-4.2-compact", "source": "RFC 7797 §4.2", "token": RFC7797_42, "keys": [RFC7515_HMAC],
                "payload": RFC7797_PAYLOAD})
    out.append({"id": "rfc7797-4.2-json", "source": "RFC 7797 §4.2", "token": RFC7797_42_JSON,
                "keys": [RFC7515_HMAC], "payload": RFC7797_PAYLOAD})
    return out


def jwcrypto_tokens() -> list[dict]:
    rsa = jwk.JWK.generate(kty="RSA", size=2048, kid="jwcrypto-rsa")
    ec = jwk.JWK.generate(kty="EC", crv="P-256", kid="jwcrypto-p256")
    hmac = jwk.JWK.generate(kty="oct", size=256, kid="jwcrypto-hs256")
    claims = json.dumps({"iss": "python-jwcrypto", "sub": "json-serialization", "iat": 1700000000}).encode()
    general = jws.JWS(claims)
    for key, alg in ((rsa, "RS256"), (ec, "ES256"), (hmac, "HS256")):
        general.add_signature(key, None, json_encode({"alg": alg}), json_encode({"kid": key.get("kid")}))
    flat = jws.JWS(claims)
    flat.add_signature(ec, None, json_encode({"alg": "ES256", "typ": "JWT"}), json_encode({"kid": ec.get("kid")}))
    # ECDH-ES+A128KW on P-256 and A256KW for AES: what every browser's WebCrypto does.
    aes = jwk.JWK.generate(kty="oct", size=256, kid="jwcrypto-a256kw")
    ecdh = jwk.JWK.generate(kty="EC", crv="P-256", kid="jwcrypto-ecdh")
    multi = jwe.JWE(claims, protected=json_encode({"enc": "A256GCM", "cty": "application/json"}))
    multi.add_recipient(rsa, header=json_encode({"alg": "RSA-OAEP-256", "kid": rsa.get("kid")}))
    multi.add_recipient(aes, header=json_encode({"alg": "A256KW", "kid": aes.get("kid")}))
    single = jwe.JWE(claims, protected=json_encode({"alg": "ECDH-ES+A128KW", "enc": "A128CBC-HS256"}))
    single.add_recipient(ecdh)
    priv = lambda k: json.loads(k.export(private_key=True))
    pub = lambda k: json.loads(k.export_public())
    return [
        {"id": "jwcrypto-jws-general-3", "token": general.serialize(compact=False),
         "keys": [pub(rsa), pub(ec), priv(hmac)], "algs": ["RS256", "ES256", "HS256"]},
        {"id": "jwcrypto-jws-flattened", "token": flat.serialize(compact=False), "keys": [pub(ec)],
         "algs": ["ES256"]},
        {"id": "jwcrypto-jwe-general-2", "token": multi.serialize(compact=False), "keys": [priv(rsa), priv(aes)],
         "algs": ["RSA-OAEP-256", "A256KW"], "plaintext": claims.decode()},
        {"id": "jwcrypto-jwe-flattened", "token": single.serialize(compact=False), "keys": [priv(ecdh)],
         "algs": ["ECDH-ES+A128KW"], "plaintext": claims.decode()},
    ]


if __name__ == "__main__":
    print(json.dumps({"rfc": rfc_examples(), "jwcrypto": jwcrypto_tokens()}, indent=1, ensure_ascii=False))

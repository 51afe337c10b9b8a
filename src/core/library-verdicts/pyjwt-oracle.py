# Runs PyJWT's jwt.decode for each case read as JSON from stdin; prints each outcome as JSON on stdout.
# Used by library-verdicts.differential.test.ts with Debian's /usr/bin/python3 (python3-jwt, python3-cryptography).
import json
import sys

import jwt


def run(case):
    kwargs = {"algorithms": case["algorithms"]}
    if "audience" in case:
        kwargs["audience"] = case["audience"]
    if "issuer" in case:
        kwargs["issuer"] = case["issuer"]
    if case.get("leeway"):
        kwargs["leeway"] = case["leeway"]
    if case.get("require"):
        kwargs["options"] = {"require": case["require"]}
    key = case["key"]
    try:
        jwt.decode(case["token"], key, **kwargs)
        return {"verdict": "accept"}
    except Exception as e:  # noqa: BLE001 - every outcome is reported, PyJWT's or not
        return {"verdict": "reject", "error": type(e).__name__, "message": str(e)}


def main():
    cases = json.load(sys.stdin)
    print(json.dumps({"version": jwt.__version__, "results": [run(c) for c in cases]}))


main()

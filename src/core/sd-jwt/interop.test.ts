// Round trips with @meeco/sd-jwt, an SD-JWT implementation independent of ours and of @sd-jwt/*: its tokens read
// and verified by us, ours unpacked and verified (issuer and KB-JWT signatures) by it.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compactVerify, CompactSign, exportJWK, exportPKCS8, generateKeyPair, importJWK } from 'jose';
import type { JWK } from 'jose';
import { issueSDJWT, verifySDJWT } from '@meeco/sd-jwt';
import { decodeToken } from '../token/token';
import type { JsonObject } from '../token/token';
import { parseKeyInput } from '../keys/keys';
import { verifyDecodedToken } from '../jws/verify';
import { readSdJwt } from './read';
import { checkKeyBinding } from './key-binding';
import { presentSdJwt } from './make';
import { EXAMPLE_CLAIMS, makeDcSdJwt, payloadOf } from './test-support';

const claims = EXAMPLE_CLAIMS;

const sha256 = (data: string) => createHash('sha256').update(data).digest('base64url');
const getHasher = () => Promise.resolve(sha256);

async function keys() {
  const issuer = await generateKeyPair('ES256', { extractable: true });
  const holder = await generateKeyPair('ES256', { extractable: true });
  return {
    issuerPrivate: issuer.privateKey,
    issuerPem: await exportPKCS8(issuer.privateKey),
    issuerPublicJwk: await exportJWK(issuer.publicKey),
    holderPem: await exportPKCS8(holder.privateKey),
    holderPublicJwk: await exportJWK(holder.publicKey),
  };
}

describe('interop with @meeco/sd-jwt', () => {
  it('reads and verifies an SD-JWT it issued (object, nested and array disclosures, decoys)', async () => {
    const k = await keys();
    // Its signer returns the signature only; it joins header and payload itself.
    const signer = async (header: object, payload: object) => {
      const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
        .setProtectedHeader(header as { alg: string })
        .sign(k.issuerPrivate);
      return jws.split('.')[2] ?? '';
    };
    const issued = await issueSDJWT(
      { alg: 'ES256', typ: 'dc+sd-jwt' },
      claims,
      {
        _sd: ['given_name', 'family_name'],
        address: { _sd: ['street_address'] },
        nationalities: { _sd: [1] },
        _sd_decoy: 2,
      },
      {
        signer,
        hash: { alg: 'sha-256', callback: sha256 },
        cnf: { jwk: k.holderPublicJwk as JWK & { kty: string } },
      },
    );
    const payload = payloadOf(issued);
    const reading = await readSdJwt(issued, payload);
    expect(reading.problems).toEqual([]);
    expect(reading.disclosures).toHaveLength(4);
    expect(reading.disclosures.every((d) => d.status === 'ok')).toBe(true);
    expect(reading.undisclosedCount).toBe(2);
    expect(reading.processed).toEqual({ ...claims, cnf: { jwk: k.holderPublicJwk } });
    const report = await verifyDecodedToken(
      decodeToken(issued),
      parseKeyInput(JSON.stringify(k.issuerPublicJwk)),
    );
    expect(report.state).toBe('valid');

    // We present and bind its token; the binding checks out.
    const withoutTail = issued.slice(0, issued.indexOf('~'));
    const raws = reading.disclosures.filter((d) => d.name === 'given_name').map((d) => d.raw);
    const presented = await presentSdJwt({
      issuerJwt: withoutTail,
      disclosures: raws,
      holderKeyText: k.holderPem,
      audience: 'https://verifier.example',
      nonce: 'abc',
      now: 1_800_000_000,
    });
    if (!presented.ok) throw new Error(presented.problem.code);
    const kb = await checkKeyBinding(await readSdJwt(presented.value, payload), payload, {
      now: 1_800_000_000,
      clockTolerance: 0,
      audience: ['https://verifier.example'],
      nonce: 'abc',
    });
    expect(kb.state).toBe('valid');
  });

  it('has ours unpacked and verified by it, key binding included', async () => {
    const k = await keys();
    const made = await makeDcSdJwt({
      claims,
      paths: 'given_name, family_name, address.street_address, nationalities[1]',
      decoys: 2,
      issuerKey: parseKeyInput(k.issuerPem),
      holderKeyText: k.holderPem,
    });
    const presented = await presentSdJwt({
      issuerJwt: made.issuerJwt,
      disclosures: made.disclosures.map((d) => d.raw),
      holderKeyText: k.holderPem,
      audience: 'https://verifier.example',
      nonce: 'abc',
      now: 1_800_000_000,
    });
    if (!presented.ok) throw new Error(presented.problem.code);
    const issuerKey = await importJWK(k.issuerPublicJwk, 'ES256');
    const verifier = async (jwt: string) => {
      await compactVerify(jwt, issuerKey);
      return true;
    };
    let kbChecked = false;
    const kbVerifier = async (jwt: string, jwk: JWK) => {
      const { protectedHeader } = await compactVerify(jwt, await importJWK(jwk, 'ES256'));
      kbChecked = protectedHeader.typ === 'kb+jwt';
      return true;
    };
    const unpacked = await verifySDJWT(presented.value, verifier, getHasher, {
      kb: { verifier: kbVerifier },
    });
    expect(kbChecked).toBe(true);
    const { _sd_alg: _alg, cnf, ...rest } = unpacked as JsonObject;
    expect(rest).toEqual(claims);
    expect(cnf).toEqual({ jwk: k.holderPublicJwk });

    // A forged issuer signature is refused by it too.
    const forged = presented.value.replace(/^([^.]+\.[^.]+\.)[A-Za-z0-9_-]{4}/, '$1AAAA');
    await expect(verifySDJWT(forged, verifier, getHasher)).rejects.toThrow();
  });
});

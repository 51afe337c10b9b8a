import { describe, expect, it } from 'vitest';
import { exportJWK, exportPKCS8, generateKeyPair } from 'jose';
import type { JsonObject } from '../token/token';
import { parseKeyInput } from '../keys/keys';
import { readSdJwt } from './read';
import { checkKeyBinding } from './key-binding';
import { makeSdJwt, parseClaimPaths, presentSdJwt } from './make';
import {
  EXAMPLE_CLAIMS,
  makeDcSdJwt,
  payloadOf,
  presentWithoutKeyBinding,
  readPresentation,
} from './test-support';

const claims = EXAMPLE_CLAIMS;

async function pem(alg: string) {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { text: await exportPKCS8(privateKey), publicJwk: await exportJWK(publicKey) };
}

describe('parseClaimPaths', () => {
  it('reads names, nested names and array indexes', () => {
    const r = parseClaimPaths(' given_name, address.street_address ,nationalities[0], a.b[1][2].c ');
    expect(r.ok && r.value.map((p) => p.path)).toEqual([
      ['given_name'],
      ['address', 'street_address'],
      ['nationalities', 0],
      ['a', 'b', 1, 2, 'c'],
    ]);
  });

  it.each([
    ['a..b', 'sd-path-syntax'],
    ['a[x]', 'sd-path-syntax'],
    ['_sd', 'sd-path-reserved'],
  ])('rejects %s', (text, code) => {
    const r = parseClaimPaths(text);
    expect(!r.ok && r.problem.code).toBe(code);
  });
});

describe('makeSdJwt and presentSdJwt', () => {
  it('makes claims, nested claims and array elements disclosable, with decoys, and reads back', async () => {
    const issuer = await pem('ES256');
    const { issuerJwt, disclosures, payload } = await makeDcSdJwt({
      claims,
      paths: 'given_name, address.street_address, nationalities[1], address',
      decoys: 3,
      issuerKey: parseKeyInput(issuer.text),
    });
    expect(disclosures.map((d) => d.path).sort()).toEqual(
      ['address', 'address.street_address', 'given_name', 'nationalities[1]'].sort(),
    );
    expect(payload).not.toHaveProperty('given_name');
    expect(payload).not.toHaveProperty('address');
    expect(payload._sd_alg).toBe('sha-256');
    // given_name, address and 3 decoys at the root, sorted
    const root = payload._sd as string[];
    expect(root).toHaveLength(5);
    expect([...root].sort()).toEqual(root);
    expect((payload.nationalities as unknown[])[0]).toBe('DE');

    const all = await presentWithoutKeyBinding(
      issuerJwt,
      disclosures.map((d) => d.raw),
    );
    const reading = await readPresentation(all);
    expect(reading.problems).toEqual([]);
    expect(reading.processed).toEqual(claims);
    expect(reading.undisclosedCount).toBe(3);

    // Present only given_name: the address (and its street inside), the second nationality stay hidden.
    const some = await presentWithoutKeyBinding(
      issuerJwt,
      disclosures.filter((d) => d.path === 'given_name').map((d) => d.raw),
    );
    const partial = await readPresentation(some);
    expect(partial.problems).toEqual([]);
    expect(partial.processed).toEqual({
      iss: claims.iss,
      sub: claims.sub,
      given_name: 'Erika',
      family_name: 'Mustermann',
      nationalities: ['DE'],
    });
  });

  it('makes fresh salts each time', async () => {
    const issuer = await pem('ES256');
    const request = {
      header: { alg: 'ES256' },
      claims,
      paths: 'given_name',
      decoys: 0,
      issuerKey: parseKeyInput(issuer.text),
    };
    const a = await makeSdJwt(request);
    const b = await makeSdJwt(request);
    expect(a.ok && b.ok && a.value.disclosures[0]?.raw !== b.value.disclosures[0]?.raw).toBe(true);
  });

  it('says which path is not in the claims', async () => {
    const issuer = await pem('ES256');
    const r = await makeSdJwt({
      header: { alg: 'ES256' },
      claims,
      paths: 'nationalities[5]',
      decoys: 0,
      issuerKey: parseKeyInput(issuer.text),
    });
    expect(!r.ok && r.problem).toEqual({ code: 'sd-path-not-found', path: 'nationalities[5]' });
  });

  it.each(['ES256', 'EdDSA', 'RS256'])(
    'binds a presentation to a %s holder key (cnf + KB-JWT)',
    async (alg) => {
      const issuer = await pem('ES256');
      const holder = await pem(alg);
      const made = await makeDcSdJwt({
        claims,
        paths: 'given_name, family_name',
        decoys: 1,
        issuerKey: parseKeyInput(issuer.text),
        holderKeyText: holder.text,
      });
      expect((made.payload.cnf as { jwk: JsonObject }).jwk).toMatchObject({
        kty: holder.publicJwk.kty,
      });
      const presented = await presentSdJwt({
        issuerJwt: made.issuerJwt,
        disclosures: [made.disclosures[0]?.raw ?? ''],
        holderKeyText: holder.text,
        audience: 'https://verifier.example',
        nonce: 'n-1',
        now: 1_800_000_000,
      });
      if (!presented.ok) throw new Error(presented.problem.code);
      const payload = payloadOf(presented.value);
      const reading = await readSdJwt(presented.value, payload);
      const kb = await checkKeyBinding(reading, payload, {
        now: 1_800_000_010,
        clockTolerance: 0,
        audience: ['https://verifier.example'],
        nonce: 'n-1',
      });
      expect(kb.state).toBe('valid');
      expect(kb.header?.typ).toBe('kb+jwt');
    },
  );
});

// at_hash / c_hash: WebCrypto's result equals node:crypto's (the fixture script) for the fixture tokens.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { decodeToken } from '../token/token';
import { checkHashClaim, computeHashClaim, hashForAlg } from './hash-claims';
import fixtureFile from './fixtures.json';

const fixtures = (
  fixtureFile as { fixtures: { name: string; token: string; accessToken?: string; code?: string }[] }
).fixtures;

const claimsOf = (token: string) => {
  const view = decodeToken(token).payload?.view;
  return view?.type === 'claims' ? view.claims : {};
};

describe('hash claims', () => {
  it('confirms the at_hash and c_hash of the Google fixture', async () => {
    const f = fixtures.find((x) => x.name === 'google-id-token')!;
    const claims = claimsOf(f.token);
    expect(await checkHashClaim(claims.at_hash, f.accessToken!, 'RS256')).toMatchObject({ state: 'ok' });
    expect(await checkHashClaim(claims.c_hash, f.code!, 'RS256')).toMatchObject({ state: 'ok' });
    expect(await checkHashClaim(claims.c_hash, f.accessToken!, 'RS256')).toMatchObject({ state: 'mismatch' });
  });

  it('confirms the at_hash of the Keycloak ID token with its access token', async () => {
    const f = fixtures.find((x) => x.name === 'keycloak-id-token')!;
    expect(await checkHashClaim(claimsOf(f.token).at_hash, f.accessToken!, 'RS256')).toMatchObject({
      state: 'ok',
    });
  });

  it.each([
    ['RS256', 'sha256'],
    ['PS384', 'sha384'],
    ['ES512', 'sha512'],
    ['EdDSA', 'sha512'],
    ['Ed25519', 'sha512'],
  ] as const)('uses the hash of %s', async (alg, nodeHash) => {
    const full = createHash(nodeHash).update('jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y', 'ascii').digest();
    const half = full.subarray(0, full.length / 2).toString('base64url');
    expect(await computeHashClaim('jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y', hashForAlg(alg)!)).toBe(
      half,
    );
  });

  it('matches the OIDC Core A.3 example at_hash', async () => {
    // OpenID Connect Core 1.0, Appendix A.3 (RS256): access token and the at_hash of its ID token.
    expect(await computeHashClaim('jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y', 'SHA-256')).toBe(
      '77QmUPtjPfzWtF2AnpK9RQ',
    );
  });

  it('says what it cannot check', async () => {
    expect(await checkHashClaim('x', '', 'RS256')).toEqual({ state: 'empty' });
    expect(await checkHashClaim(undefined, 'abc', 'RS256')).toEqual({ state: 'absent' });
    expect(await checkHashClaim('x', 'abc', 'Ed448')).toEqual({ state: 'unsupported', alg: 'Ed448' });
    expect(await checkHashClaim('x', 'abc', 'none')).toEqual({ state: 'unsupported', alg: 'none' });
  });
});

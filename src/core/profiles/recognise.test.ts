// Every fixture token is recognised as the provider and type it was made as; near-misses stay unknown.
import { describe, expect, it } from 'vitest';
import { compactVerify, importSPKI } from 'jose';
import { decodeToken } from '../token/token';
import type { JsonObject } from '../token/token';
import { recogniseProfile } from './recognise';
import fixtureFile from './fixtures.json';

interface Fixture {
  name: string;
  provider: string;
  tokenType: string;
  alg: 'RS256' | 'ES256';
  token: string;
}
const { fixtures, publicKeys } = fixtureFile as { fixtures: Fixture[]; publicKeys: Record<string, string> };

function profileOf(token: string) {
  const jws = token.split('~')[0] ?? '';
  const decoded = decodeToken(jws);
  const view = decoded.payload?.view;
  return recogniseProfile({
    header: decoded.header?.value,
    payload: view?.type === 'claims' ? view.claims : undefined,
    token,
  });
}

const profile = (header: JsonObject, payload: JsonObject, token?: string) =>
  recogniseProfile({ header, payload, token });

describe('recogniseProfile', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('recognises %s', (_name, f) => {
    const p = profileOf(f.token);
    expect({ provider: p.provider, tokenType: p.tokenType }).toEqual({
      provider: f.provider,
      tokenType: f.tokenType,
    });
    if (p.provider !== 'unknown') expect(p.providerEvidence.length).toBeGreaterThan(0);
    if (p.tokenType !== 'unknown') expect(p.typeEvidence.length).toBeGreaterThan(0);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s is signed with the project test key',
    async (_n, f) => {
      const key = await importSPKI(publicKeys[f.alg] ?? '', f.alg);
      await expect(compactVerify(f.token.split('~')[0] ?? '', key)).resolves.toBeTruthy();
    },
  );

  it('covers every provider and every type', () => {
    expect(new Set(fixtures.map((f) => f.provider))).toEqual(
      new Set([
        'entra',
        'auth0',
        'cognito',
        'keycloak',
        'google',
        'firebase',
        'okta',
        'github-actions',
        'kubernetes',
        'unknown',
      ]),
    );
    expect(new Set(fixtures.map((f) => f.tokenType))).toEqual(
      new Set([
        'id-token',
        'access-token',
        'logout-token',
        'dpop-proof',
        'client-assertion',
        'sd-jwt',
        'unknown',
      ]),
    );
  });

  it('names the issuer as the evidence for an Entra token, and links the claims reference', () => {
    const p = profileOf(fixtures.find((f) => f.name === 'entra-id-token-v2')!.token);
    expect(p.providerEvidence.map((e) => e.where)).toContain('iss');
    expect(p.providerEvidence.find((e) => e.where === 'iss')?.code).toBe('entra-v2-issuer');
    expect(p.typeEvidence.map((e) => e.where)).toContain('nonce');
    expect(p.docsUrl).toMatch(/id-token-claims-reference$/);
  });

  it('keeps a hand-made token with one tid claim unknown', () => {
    expect(
      profile({ alg: 'HS256' }, { sub: 'x', tid: '9122040d-6c67-4c5b-b112-36a304b66dad' }).provider,
    ).toBe('unknown');
  });

  it('needs the issuer or several claims: tid with oid and ver and aio is still not a verdict without a strong one', () => {
    const p = profile(
      { alg: 'HS256' },
      {
        tid: '9122040d-6c67-4c5b-b112-36a304b66dad',
        oid: '9122040d-6c67-4c5b-b112-36a304b66dad',
        ver: '2.0',
      },
    );
    expect(p.provider).toBe('unknown');
  });

  it('accepts the Entra v1 issuer', () => {
    expect(
      profile({ alg: 'RS256' }, { iss: 'https://sts.windows.net/9122040d-6c67-4c5b-b112-36a304b66dad/' })
        .provider,
    ).toBe('entra');
  });

  it('reads the Google issuer with and without https://', () => {
    expect(profile({}, { iss: 'accounts.google.com', aud: 'x' }).provider).toBe('google');
    expect(profile({}, { iss: 'https://accounts.google.com', aud: 'x' }).provider).toBe('google');
    expect(profile({}, { iss: 'http://accounts.google.com', aud: 'x' }).provider).toBe('unknown');
  });

  it('recognises a DPoP proof only with its typ', () => {
    expect(profile({ typ: 'dpop+jwt' }, { htm: 'GET', htu: 'https://a/', jti: 'x' }).tokenType).toBe(
      'dpop-proof',
    );
    expect(profile({ typ: 'JWT' }, { htm: 'GET', htu: 'https://a/', jti: 'x' }).tokenType).toBe('unknown');
  });

  it('compares typ as RFC 8725 does: application/ prefix and case do not matter', () => {
    expect(profile({ typ: 'application/AT+JWT' }, {}).tokenType).toBe('access-token');
  });

  it('sees an SD-JWT from its ~ alone', () => {
    expect(profile({ alg: 'ES256' }, { iss: 'https://i.example' }, 'a.b.c~').tokenType).toBe('sd-jwt');
  });

  it('does not call a token a client assertion unless iss equals sub', () => {
    const payload = { iss: 'a', sub: 'b', aud: 'https://as.example/token', jti: 'j', iat: 0, exp: 60 };
    expect(profile({}, payload).tokenType).toBe('unknown');
    expect(profile({}, { ...payload, sub: 'a' }).tokenType).toBe('client-assertion');
  });

  it('says where the keys are: the metadata URL the discover button asks first', () => {
    const entra = profileOf(fixtures.find((f) => f.name === 'entra-access-token-v2')!.token);
    expect(entra.keys).toEqual({
      url: 'https://login.microsoftonline.com/9122040d-6c67-4c5b-b112-36a304b66dad/v2.0/.well-known/openid-configuration',
      askedByButton: true,
    });
    const google = profileOf(fixtures.find((f) => f.name === 'google-id-token-no-scheme')!.token);
    expect(google.keys).toEqual({
      url: 'https://accounts.google.com/.well-known/openid-configuration',
      askedByButton: false,
    });
    expect(profileOf(fixtures.find((f) => f.name === 'dpop-proof')!.token).keys).toBeUndefined();
  });

  it('never throws on odd claim values', () => {
    for (const payload of [
      { iss: 42 },
      { events: null },
      { aud: [1, null] },
      { firebase: 'x' },
      { 'kubernetes.io': [] },
      { sub: {} },
    ]) {
      expect(() => profile({ typ: 7 }, payload as JsonObject)).not.toThrow();
    }
  });
});

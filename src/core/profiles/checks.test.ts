// Provider-aware checks: each mismatch is found with the inputs that reveal it, and not without them.
import { describe, expect, it } from 'vitest';
import { decodeToken } from '../token/token';
import { checkProfile, matchesSubjectPattern } from './checks';
import type { ProfileCheckInput } from './checks';
import { recogniseProfile } from './recognise';
import fixtureFile from './fixtures.json';

const fixtures = (fixtureFile as { fixtures: { name: string; token: string }[] }).fixtures;

function inputFor(name: string, options: Omit<ProfileCheckInput, 'profile'> = {}): ProfileCheckInput {
  const token = fixtures.find((f) => f.name === name)!.token;
  const decoded = decodeToken(token.split('~')[0] ?? '');
  const view = decoded.payload?.view;
  const header = decoded.header?.value;
  const payload = view?.type === 'claims' ? view.claims : undefined;
  return { profile: recogniseProfile({ header, payload, token }), header, payload, ...options };
}

const codes = (input: ProfileCheckInput) => checkProfile(input).map((c) => `${c.code}:${c.status}`);

describe('checkProfile', () => {
  it('flags an ID token where the expected type is at+jwt, whatever its case or prefix', () => {
    expect(codes(inputFor('entra-id-token-v2', { expectedType: 'application/AT+JWT' }))).toContain(
      'id-token-as-access-token:mismatch',
    );
    expect(codes(inputFor('entra-id-token-v2', { expectedType: 'JWT' }))).not.toContain(
      'id-token-as-access-token:mismatch',
    );
  });

  it('flags an ID token whose expected audience is an API rather than the client', () => {
    expect(codes(inputFor('auth0-id-token', { expectedAudience: ['https://api.example.com'] }))).toContain(
      'id-token-as-access-token:mismatch',
    );
    expect(
      codes(inputFor('auth0-id-token', { expectedAudience: ['AbCdEfGh1234IjKlMnOp5678QrStUvWx'] })),
    ).toEqual([]);
    expect(codes(inputFor('auth0-access-token', { expectedAudience: ['https://api.example.com'] }))).toEqual(
      [],
    );
  });

  it('flags an access token checked as an ID token when the expected type says so', () => {
    expect(codes(inputFor('okta-access-token', { expectedType: 'id+jwt' }))).toContain(
      'access-token-as-id-token:mismatch',
    );
  });

  it('finds an Entra ver that does not match the issuer form, and a tid that is not the issuer tenant', () => {
    const base = inputFor('entra-access-token-v2');
    const payload = { ...base.payload, ver: '1.0', tid: '00000000-0000-0000-0000-000000000001' };
    expect(codes({ ...base, payload })).toEqual(['entra-version-issuer:mismatch', 'entra-tenant:mismatch']);
    expect(codes(base)).toEqual([]);
  });

  it('explains an expected Entra issuer of the other version', () => {
    const input = inputFor('entra-access-token-v1', {
      expectedIssuer: ['https://login.microsoftonline.com/9122040d-6c67-4c5b-b112-36a304b66dad/v2.0'],
    });
    expect(codes(input)).toEqual(['entra-expected-issuer-version:mismatch']);
  });

  it('explains an Entra audience expected as a GUID when the token carries the App ID URI, and back', () => {
    expect(
      codes(
        inputFor('entra-access-token-v1', { expectedAudience: ['6e74172b-be56-4843-9ff4-e66a39bb12e3'] }),
      ),
    ).toEqual(['entra-audience-form:mismatch']);
    expect(
      codes(
        inputFor('entra-access-token-v2', {
          expectedAudience: ['api://6e74172b-be56-4843-9ff4-e66a39bb12e3'],
        }),
      ),
    ).toEqual(['entra-audience-form:mismatch']);
    expect(
      codes(
        inputFor('entra-access-token-v2', { expectedAudience: ['6e74172b-be56-4843-9ff4-e66a39bb12e3'] }),
      ),
    ).toEqual([]);
  });

  it('checks Cognito token_use against the kind expected', () => {
    expect(codes(inputFor('cognito-access-token', { expectedType: 'at+jwt' }))).toEqual([
      'cognito-token-use:ok',
    ]);
    expect(codes(inputFor('cognito-id-token', { expectedType: 'at+jwt' }))).toEqual([
      'id-token-as-access-token:mismatch',
      'cognito-token-use:mismatch',
    ]);
    expect(codes(inputFor('cognito-access-token', { expectedAudience: ['xxxxxxxxxxxxexample'] }))).toEqual([
      'cognito-access-has-no-aud:mismatch',
    ]);
    expect(codes(inputFor('cognito-id-token'))).toEqual(['cognito-token-use:info']);
  });

  it('says both Google issuer forms are valid, and flags an expected issuer that accepts only the other', () => {
    expect(codes(inputFor('google-id-token-no-scheme'))).toEqual(['google-issuer-form:info']);
    expect(
      codes(inputFor('google-id-token-no-scheme', { expectedIssuer: ['https://accounts.google.com'] })),
    ).toEqual(['google-issuer-form:mismatch']);
    expect(
      codes(
        inputFor('google-id-token', {
          expectedIssuer: ['https://accounts.google.com', 'accounts.google.com'],
        }),
      ),
    ).toEqual(['google-issuer-form:info']);
  });

  it('matches a GitHub Actions subject against a pattern with * wildcards', () => {
    expect(
      codes(inputFor('github-actions-token', { expectedSubject: ['repo:octo-org/octo-repo:*'] })),
    ).toEqual(['github-subject:ok']);
    expect(
      codes(inputFor('github-actions-token', { expectedSubject: ['repo:octo-org/*:ref:refs/heads/main'] })),
    ).toEqual(['github-subject:mismatch']);
    expect(codes(inputFor('github-actions-token'))).toEqual([]);
  });

  it('flags a nonce in a logout token', () => {
    const base = inputFor('logout-token');
    expect(codes(base)).toEqual([]);
    expect(codes({ ...base, payload: { ...base.payload, nonce: 'n' } })).toEqual([
      'logout-token-nonce:mismatch',
    ]);
  });
});

describe('matchesSubjectPattern', () => {
  it.each([
    ['repo:o/r:ref:refs/heads/main', 'repo:o/r:ref:refs/heads/main', true],
    ['repo:o/r:ref:refs/heads/main', 'repo:o/*', true],
    ['repo:o/r:ref:refs/heads/main', 'repo:o/r:ref:refs/heads/*', true],
    ['repo:o/r:ref:refs/heads/main', 'repo:o/r.ref:*', false],
    ['repo:o/r:ref:refs/heads/main', 'repo:o/x:*', false],
    ['repo:o/r:pull_request', 'repo:*:pull_request', true],
  ])('%s against %s is %s', (sub, pattern, expected) => {
    expect(matchesSubjectPattern(sub, pattern)).toBe(expected);
  });
});

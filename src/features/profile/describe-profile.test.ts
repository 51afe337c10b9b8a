// Every piece of evidence the fixtures produce has words of its own, and every check a sentence.
import { describe, expect, it } from 'vitest';
import { checkProfile, recogniseProfile } from '../../core/profiles';
import { decodeToken } from '../../core/token';
import fixtureFile from '../../core/profiles/fixtures.json';
import { describeEvidence, describeHashCheck, describeProfileCheck } from './describe-profile';

const decoded = (fixtureFile as { fixtures: { name: string; token: string }[] }).fixtures.map((f) => {
  const d = decodeToken(f.token);
  const view = d.payload?.view;
  return { ...f, header: d.header?.value ?? {}, payload: view?.type === 'claims' ? view.claims : {} };
});

describe('describe-profile', () => {
  it.each(decoded.map((f) => [f.name, f] as const))('words the evidence for %s', (_name, f) => {
    const profile = recogniseProfile({ header: f.header, payload: f.payload, token: f.token });
    for (const e of [...profile.providerEvidence, ...profile.typeEvidence]) {
      const words = describeEvidence(e, f.header, f.payload);
      // Only a bare claim is named by itself; every other code has a phrase that names the claim it read.
      if (e.code === 'claim-present') expect(words).toBe(e.where);
      else expect(words).not.toBe(e.where);
    }
  });

  it('words every check the Entra, Cognito, Google and GitHub fixtures raise', () => {
    const checks = decoded.flatMap((f) =>
      checkProfile({
        profile: recogniseProfile({ header: f.header, payload: f.payload, token: f.token }),
        header: f.header,
        payload: f.payload,
        expectedType: 'at+jwt',
        expectedAudience: ['https://api.example.com'],
        expectedIssuer: ['https://accounts.google.com'],
        expectedSubject: ['repo:*'],
      }),
    );
    expect(new Set(checks.map((c) => c.code)).size).toBeGreaterThan(3);
    for (const check of checks) expect(describeProfileCheck(check).length).toBeGreaterThan(20);
  });

  it('names the hash and both values when at_hash does not match', () => {
    expect(
      describeHashCheck({ state: 'mismatch', computed: 'abc', expected: 'xyz', hash: 'SHA-256' }, 'at_hash'),
    ).toBe(
      'at_hash does not match: the left half of the SHA-256 hash of the access token is abc, the token says xyz.',
    );
  });
});

// Tests for the findings' wording: every code is described, naming what was found.

import { describe, expect, it } from 'vitest';
import { RULES } from '../../core/advisor';
import type { Finding, FindingDetail } from '../../core/advisor';
import { describeFinding, formatClaimPath } from './describe-findings';

const details: [FindingDetail, string][] = [
  [{ code: 'alg-none' }, 'none'],
  [{ code: 'weak-secret', secret: 'your-256-bit-secret' }, 'your-256-bit-secret'],
  [{ code: 'short-secret', alg: 'HS256', secretLength: 6, minimumLength: 32 }, '6 bytes'],
  [{ code: 'missing-exp' }, 'exp'],
  [{ code: 'long-lifetime', lifetimeSeconds: 30 * 86400, from: 'iat' }, '30 days'],
  [{ code: 'exp-in-milliseconds', claim: 'iat', value: 1_700_000_000_000 }, '1700000000000'],
  [{ code: 'sensitive-claim', path: ['user', 'password'], kind: 'password', match: 'name' }, 'user.password'],
  [{ code: 'kid-suspicious', kid: '../../dev/null', reasons: ['path-traversal'] }, '../../dev/null'],
  [
    { code: 'header-key-url', parameter: 'jku', url: 'https://evil.example/jwks' },
    'https://evil.example/jwks',
  ],
  [{ code: 'embedded-jwk', kty: 'RSA', hasPrivateKey: false }, 'RSA'],
  [{ code: 'alg-confusion', alg: 'HS256', keyFormat: 'pem-public' }, 'PEM public key'],
  [{ code: 'alg-confusion', alg: 'HS256', keyFormat: 'spki-base64' }, 'Keycloak'],
  [
    {
      code: 'duplicate-member',
      segment: 'header',
      path: [],
      member: 'alg',
      first: '"HS256"',
      second: '"none"',
    },
    '"none"',
  ],
  [{ code: 'non-canonical-encoding', segments: ['signature'] }, 'signature'],
  [{ code: 'crit-unknown', names: ['exp-ext'] }, 'exp-ext'],
  [{ code: 'untrusted-key-source', source: 'jku' }, 'jku'],
];

describe('describeFinding', () => {
  it('covers every finding code', () => {
    expect([...new Set(details.map(([d]) => d.code))].sort()).toEqual(Object.keys(RULES).sort());
  });

  it.each(details)('describes %j, naming what was found', (detail, named) => {
    const finding = { ...detail, severity: 'medium', rule: RULES[detail.code] } as Finding;
    const { title, explanation } = describeFinding(finding);
    expect(title.length).toBeGreaterThan(0);
    expect(`${title} ${explanation}`).toContain(named);
  });
});

describe('formatClaimPath', () => {
  it.each([
    [['password'], 'password'],
    [['profile', 'cards', 1, 'number'], 'profile.cards[1].number'],
    [['https://example.com/claims', 'api-key'], '["https://example.com/claims"]["api-key"]'],
  ] as const)('writes %j as %s', (path, text) => {
    expect(formatClaimPath([...path])).toBe(text);
  });
});

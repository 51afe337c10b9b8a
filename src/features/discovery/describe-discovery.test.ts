// Checks that every discovery problem and step outcome has wording with its details filled in.

import { describe, expect, it } from 'vitest';
import { DISCOVERY_OUTCOMES } from '../../core/discovery';
import type { DiscoveryProblem } from '../../core/shared';
import {
  describeDiscoveryProblem,
  describeDiscoverySource,
  describeDiscoveryStep,
  describeRefusedUrl,
} from './describe-discovery';
import { itWordsEachProblem } from '../../shared/test-support';

const URL = 'https://issuer.example/.well-known/openid-configuration';
const PROBLEMS: DiscoveryProblem[] = [
  { code: 'discovery-nothing-to-ask' },
  { code: 'discovery-invalid-url', url: 'my-app' },
  { code: 'discovery-not-https', url: URL },
  { code: 'discovery-cors', url: URL },
  { code: 'discovery-http-error', url: URL, status: 404 },
  { code: 'discovery-http-error', url: URL, status: 500 },
  { code: 'discovery-not-json', url: URL },
  { code: 'discovery-issuer-mismatch', url: URL, expected: 'https://a', found: 'https://b' },
  { code: 'discovery-issuer-mismatch', url: URL, expected: 'https://a', found: undefined },
  { code: 'discovery-no-jwks-uri', url: URL },
  { code: 'discovery-not-jwks', url: URL },
  { code: 'discovery-no-matching-key', kid: 'k9', alg: 'RS256', available: ['k1'] },
  { code: 'discovery-no-matching-key', kid: undefined, alg: 'ES256', available: [] },
  { code: 'discovery-not-certificate', url: URL },
  { code: 'discovery-not-certificate', url: undefined },
  { code: 'discovery-bad-embedded-jwk' },
  { code: 'discovery-aborted' },
  { code: 'discovery-host-refused', url: 'https://127.0.0.1/k', host: '127.0.0.1', reason: 'ip-literal' },
  {
    code: 'discovery-host-refused',
    url: 'https://localhost/k',
    host: 'localhost',
    reason: 'localhost',
    via: URL,
  },
  { code: 'discovery-host-refused', url: 'https://nas.local/k', host: 'nas.local', reason: 'local-domain' },
  { code: 'discovery-too-large', url: URL, limit: 1024 * 1024 },
  { code: 'discovery-timeout', url: URL, seconds: 10 },
];
describe('discovery wording', () => {
  itWordsEachProblem(describeDiscoveryProblem, PROBLEMS, { code: 'empty-token' });

  it('tells the user to paste the JWKS when CORS blocks the fetch', () => {
    expect(describeDiscoveryProblem({ code: 'discovery-cors', url: URL })).toMatch(/paste/i);
  });

  it.each(DISCOVERY_OUTCOMES)('describes a step that ended %s', (outcome) => {
    const text = describeDiscoveryStep({ source: 'oidc', role: 'metadata', url: URL, outcome, status: 404 });
    expect(text.startsWith(URL)).toBe(true);
    expect(text).not.toMatch(/undefined/);
  });

  it('warns that a header-named source is untrusted', () => {
    expect(describeDiscoverySource({ kind: 'jku', url: URL, untrusted: true })).toMatch(/forged/);
    expect(describeDiscoverySource({ kind: 'oidc', url: URL, untrusted: false })).not.toMatch(/forged/);
  });
});

describe('the limits in words', () => {
  it('names the URL and the cap of an answer that was too large', () => {
    const text = describeDiscoveryProblem({ code: 'discovery-too-large', url: URL, limit: 1024 * 1024 });
    expect(text).toContain(URL);
    expect(text).toContain('1 MB');
  });

  it('says why a host was refused, and which URL redirected there', () => {
    const text = describeDiscoveryProblem({
      code: 'discovery-host-refused',
      url: 'https://localhost/k',
      host: 'localhost',
      reason: 'localhost',
      via: URL,
    });
    expect(text).toContain(`${URL} redirected to https://localhost/k`);
    expect(text).toContain('localhost');
  });

  it('shows where a redirect led', () => {
    const step = {
      source: 'jku',
      role: 'jwks',
      url: URL,
      outcome: 'redirected',
      redirectedTo: 'https://cdn.example/k',
    } as const;
    expect(describeDiscoveryStep(step)).toBe(`${URL}: redirected to another origin: https://cdn.example/k`);
  });

  it('marks planned URLs that will not be fetched', () => {
    expect(describeRefusedUrl('http://issuer.example')).toContain('not https');
    expect(describeRefusedUrl('https://10.1.2.3')).toContain('IP address');
    expect(describeRefusedUrl('https://issuer.example')).toBeUndefined();
  });
});

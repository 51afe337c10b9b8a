// Tests for key discovery, driven by a fake fetch so nothing touches the network.

import { describe, expect, it } from 'vitest';
import {
  buildAuthorizationServerMetadataUrl,
  buildOidcConfigurationUrl,
  discoverKeys,
  planDiscovery,
  selectJwk,
  type FetchLike,
} from './discovery';

type Route = { status?: number; body: unknown } | 'cors' | 'abort';

/** A fetch that answers from a table; unknown URLs are 404, and every URL asked is recorded. */
function makeFetch(routes: Record<string, Route>) {
  const asked: string[] = [];
  const fetch: FetchLike = (url) => {
    asked.push(url);
    const route = routes[url];
    if (route === 'cors') return Promise.reject(new TypeError('Failed to fetch'));
    if (route === 'abort')
      return Promise.reject(new DOMException('The operation was aborted.', 'AbortError'));
    const status = route?.status ?? (route ? 200 : 404);
    const text =
      route === undefined
        ? 'Not Found'
        : typeof route.body === 'string'
          ? route.body
          : JSON.stringify(route.body);
    return Promise.resolve({ ok: status >= 200 && status < 300, status, text: () => Promise.resolve(text) });
  };
  return { fetch, asked };
}

const ISS = 'https://issuer.example';
const OIDC = `${ISS}/.well-known/openid-configuration`;
const RFC8414 = `${ISS}/.well-known/oauth-authorization-server`;
const JWKS_URI = `${ISS}/keys`;
const RSA_KEY = { kty: 'RSA', kid: 'k1', n: 'sXch', e: 'AQAB', use: 'sig' };
const EC_KEY = { kty: 'EC', kid: 'k2', crv: 'P-256', x: 'AA', y: 'BB' };
const JWKS = { keys: [RSA_KEY, EC_KEY] };
const header = { alg: 'RS256', kid: 'k1' };
const payload = { iss: ISS, sub: 'alice' };

/** Discovery for `token` (by default the test's header and payload) against a fetch that answers `routes`. */
async function discover(
  routes: Record<string, Route>,
  token: Parameters<typeof discoverKeys>[0] = { header, payload },
) {
  const { fetch, asked } = makeFetch(routes);
  return { report: await discoverKeys(token, { fetch }), asked };
}

// A real certificate body is not needed: discovery only checks that x5c holds base64 DER (a SEQUENCE).
const FAKE_CERT_B64 = 'MIIBszCCAVmgAwIBAgIUYQ==';

describe('planDiscovery', () => {
  it('plans OIDC then RFC 8414 metadata for an issuer URL', () => {
    const plan = planDiscovery(header, payload);
    expect(plan.sources).toEqual([
      { kind: 'oidc', url: OIDC, untrusted: false },
      { kind: 'rfc8414', url: RFC8414, untrusted: false },
    ]);
    expect(plan.kid).toBe('k1');
  });

  it('appends the OIDC suffix after the path but inserts the RFC 8414 segment before it', () => {
    expect(buildOidcConfigurationUrl('https://a.example/tenant/v2/')).toBe(
      'https://a.example/tenant/v2/.well-known/openid-configuration',
    );
    expect(buildAuthorizationServerMetadataUrl('https://a.example/tenant/v2/')).toBe(
      'https://a.example/.well-known/oauth-authorization-server/tenant/v2',
    );
  });

  it('marks every source the header names as untrusted', () => {
    const plan = planDiscovery(
      {
        alg: 'RS256',
        jku: 'https://evil.example/jwks',
        x5u: 'https://evil.example/cert.pem',
        x5c: [FAKE_CERT_B64],
        jwk: RSA_KEY,
      },
      {},
    );
    expect(plan.sources.map((s) => [s.kind, s.untrusted])).toEqual([
      ['jku', true],
      ['x5u', true],
      ['x5c', true],
      ['jwk', true],
    ]);
  });

  it('notes an iss that is not a URL, and a token with nothing to ask', () => {
    expect(planDiscovery(header, { iss: 'my-app' }).notes.map((n) => n.code)).toEqual([
      'discovery-invalid-url',
    ]);
    expect(planDiscovery(header, {}).notes.map((n) => n.code)).toEqual(['discovery-nothing-to-ask']);
  });
});

describe('discoverKeys', () => {
  it('finds the key by kid through OIDC discovery', async () => {
    const { report, asked } = await discover({
      [OIDC]: { body: { issuer: ISS, jwks_uri: JWKS_URI } },
      [JWKS_URI]: { body: JWKS },
    });
    expect(report.state).toBe('ok');
    expect(report.untrusted).toBe(false);
    expect(report.source?.kind).toBe('oidc');
    expect(report.key).toEqual(RSA_KEY);
    expect(report.keyFormat).toBe('jwks');
    expect(JSON.parse(report.keyText ?? '')).toEqual(JWKS);
    expect(asked).toEqual([OIDC, JWKS_URI]);
    expect(report.steps.map((s) => [s.role, s.outcome, s.status])).toEqual([
      ['metadata', 'ok', 200],
      ['jwks', 'ok', 200],
    ]);
  });

  it('falls back to RFC 8414 when openid-configuration is not found', async () => {
    const { report, asked } = await discover({
      [RFC8414]: { body: { issuer: ISS, jwks_uri: JWKS_URI } },
      [JWKS_URI]: { body: JWKS },
    });
    expect(report.state).toBe('ok');
    expect(report.source?.kind).toBe('rfc8414');
    expect(asked).toEqual([OIDC, RFC8414, JWKS_URI]);
    expect(report.steps[0]).toMatchObject({ outcome: 'http-error', status: 404 });
  });

  it('reports the HTTP status when neither metadata document exists', async () => {
    const { report } = await discover({});
    expect(report.state).toBe('error');
    expect(report.problem).toEqual({ code: 'discovery-http-error', url: OIDC, status: 404 });
    expect(report.steps.map((s) => s.outcome)).toEqual(['http-error', 'http-error']);
  });

  it('refuses an issuer that is not https without fetching', async () => {
    const { report, asked } = await discover({}, { header, payload: { iss: 'http://issuer.example' } });
    expect(report.problem?.code).toBe('discovery-not-https');
    expect(asked).toEqual([]);
  });

  it('refuses a jwks_uri that is not https', async () => {
    const { report, asked } = await discover({
      [OIDC]: { body: { issuer: ISS, jwks_uri: 'http://issuer.example/keys' } },
    });
    expect(report.problem?.code).toBe('discovery-not-https');
    expect(asked).toEqual([OIDC]);
  });

  it('rejects metadata whose issuer differs from the token', async () => {
    const { report, asked } = await discover({
      [OIDC]: { body: { issuer: 'https://other.example', jwks_uri: JWKS_URI } },
    });
    expect(report.problem).toEqual({
      code: 'discovery-issuer-mismatch',
      url: OIDC,
      expected: ISS,
      found: 'https://other.example',
    });
    // The issuer answered, so RFC 8414 is not asked and the wrong jwks_uri is never fetched.
    expect(asked).toEqual([OIDC]);
  });

  it('reports metadata without a jwks_uri', async () => {
    const { report } = await discover({ [OIDC]: { body: { issuer: ISS } } });
    expect(report.problem?.code).toBe('discovery-no-jwks-uri');
  });

  it('reports a response that is not JSON', async () => {
    const { report } = await discover({
      [OIDC]: { body: '<html>login</html>' },
      [RFC8414]: { body: '<html>' },
    });
    expect(report.problem).toEqual({ code: 'discovery-not-json', url: OIDC });
    expect(report.steps.map((s) => s.outcome)).toEqual(['not-json', 'not-json']);
  });

  it('reports a jwks_uri that does not hold a JWKS', async () => {
    const { report } = await discover({
      [OIDC]: { body: { issuer: ISS, jwks_uri: JWKS_URI } },
      [JWKS_URI]: { body: { keys: 'nope' } },
    });
    expect(report.problem?.code).toBe('discovery-not-jwks');
  });

  it('reports no matching key and lists the kids on offer', async () => {
    const { report } = await discover(
      {
        [OIDC]: { body: { issuer: ISS, jwks_uri: JWKS_URI } },
        [JWKS_URI]: { body: JWKS },
      },
      { header: { alg: 'RS256', kid: 'gone' }, payload },
    );
    expect(report.problem).toEqual({
      code: 'discovery-no-matching-key',
      kid: 'gone',
      alg: 'RS256',
      available: ['k1', 'k2'],
    });
    expect(report.steps.at(-1)?.outcome).toBe('no-matching-key');
  });

  it('explains a CORS refusal (a bare TypeError) as such', async () => {
    const { report } = await discover({ [OIDC]: 'cors', [RFC8414]: 'cors' });
    expect(report.state).toBe('error');
    expect(report.problem).toEqual({ code: 'discovery-cors', url: OIDC });
    expect(report.steps.map((s) => s.outcome)).toEqual(['cors-or-network', 'cors-or-network']);
  });

  it('explains a CORS refusal on the jwks_uri after the metadata was read', async () => {
    const { report } = await discover({
      [OIDC]: { body: { issuer: ISS, jwks_uri: JWKS_URI } },
      [JWKS_URI]: 'cors',
    });
    expect(report.problem).toEqual({ code: 'discovery-cors', url: JWKS_URI });
  });

  it('stops quietly when aborted', async () => {
    const { report } = await discover({ [OIDC]: 'abort' });
    expect(report.problem?.code).toBe('discovery-aborted');
    const controller = new AbortController();
    controller.abort();
    const early = await discoverKeys({ header, payload }, { fetch, signal: controller.signal });
    expect(early.problem?.code).toBe('discovery-aborted');
  });

  it('uses a jku key set, marked untrusted', async () => {
    const jku = 'https://keys.example/jwks.json';
    const { report } = await discover({ [jku]: { body: JWKS } }, { header: { ...header, jku }, payload: {} });
    expect(report).toMatchObject({ state: 'ok', untrusted: true, key: RSA_KEY, source: { kind: 'jku' } });
  });

  it('refuses a jku that is not https', async () => {
    const { report, asked } = await discover(
      {},
      { header: { ...header, jku: 'http://keys.example/j' }, payload: {} },
    );
    expect(report.problem?.code).toBe('discovery-not-https');
    expect(asked).toEqual([]);
  });

  it('falls back to what the header names when the issuer cannot be read, and says it is untrusted', async () => {
    const { report } = await discover(
      { [OIDC]: 'cors', [RFC8414]: 'cors' },
      { header: { ...header, jwk: RSA_KEY }, payload },
    );
    expect(report).toMatchObject({ state: 'ok', untrusted: true, keyFormat: 'jwk', source: { kind: 'jwk' } });
    expect(report.steps.map((s) => s.outcome)).toEqual(['cors-or-network', 'cors-or-network', 'ok']);
  });

  it('turns the first x5c certificate into PEM', async () => {
    const { report } = await discover(
      {},
      { header: { alg: 'RS256', x5c: [FAKE_CERT_B64, 'ignored'] }, payload: {} },
    );
    expect(report).toMatchObject({ state: 'ok', untrusted: true, keyFormat: 'pem-certificate' });
    expect(report.keyText).toBe(`-----BEGIN CERTIFICATE-----\n${FAKE_CERT_B64}\n-----END CERTIFICATE-----\n`);
  });

  it.each([[['not base64!']], [['AAAA']], ['MIIB'], [[]]])(
    'rejects an x5c that is not a certificate: %j',
    async (x5c) => {
      const { report } = await discover({}, { header: { alg: 'RS256', x5c }, payload: {} });
      expect(report.problem?.code).toBe('discovery-not-certificate');
    },
  );

  it('fetches an x5u certificate chain and keeps the first PEM block', async () => {
    const x5u = 'https://keys.example/chain.pem';
    const first = `-----BEGIN CERTIFICATE-----\n${FAKE_CERT_B64}\n-----END CERTIFICATE-----`;
    const { report } = await discover(
      {
        [x5u]: { body: `${first}\n-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n` },
      },
      { header: { alg: 'RS256', x5u }, payload: {} },
    );
    expect(report).toMatchObject({ state: 'ok', untrusted: true, keyText: `${first}\n` });
  });

  it('rejects an x5u that does not hold a PEM certificate', async () => {
    const x5u = 'https://keys.example/chain.pem';
    const { report } = await discover(
      { [x5u]: { body: 'hello' } },
      { header: { alg: 'RS256', x5u }, payload: {} },
    );
    expect(report.problem).toEqual({ code: 'discovery-not-certificate', url: x5u });
  });

  it('rejects an embedded jwk without kty', async () => {
    const { report } = await discover({}, { header: { alg: 'RS256', jwk: { n: 'x' } }, payload: {} });
    expect(report.problem?.code).toBe('discovery-bad-embedded-jwk');
  });

  it('reports a token with nothing to ask', async () => {
    const { fetch } = makeFetch({});
    expect((await discoverKeys({ header, payload: {} }, { fetch })).problem?.code).toBe(
      'discovery-nothing-to-ask',
    );
  });

  it('accepts a plan the user narrowed down', async () => {
    const { fetch, asked } = makeFetch({
      [RFC8414]: { body: { issuer: ISS, jwks_uri: JWKS_URI } },
      [JWKS_URI]: { body: JWKS },
    });
    const plan = planDiscovery(header, payload);
    plan.sources = plan.sources.filter((s) => s.kind === 'rfc8414');
    const report = await discoverKeys({ plan }, { fetch });
    expect(report.state).toBe('ok');
    expect(asked).toEqual([RFC8414, JWKS_URI]);
  });
});

describe('discoverKeys and the real fetch', () => {
  it('calls fetch without a this, as window.fetch requires', async () => {
    const receivers: unknown[] = [];
    const fetch: FetchLike = function (this: unknown) {
      receivers.push(this);
      return Promise.reject(new TypeError('Failed to fetch'));
    };
    await discoverKeys({ header, payload }, { fetch });
    expect(receivers).toEqual([undefined, undefined]);
  });
});

describe('discoverKeys with a stored plan', () => {
  it('uses the embedded jwk carried in the plan, without the header', async () => {
    const { fetch } = makeFetch({});
    const plan = planDiscovery({ alg: 'RS256', jwk: RSA_KEY }, {});
    const report = await discoverKeys({ plan }, { fetch });
    expect(report).toMatchObject({ state: 'ok', untrusted: true, key: RSA_KEY });
  });
});

describe('selectJwk', () => {
  it('without a kid, picks the only key that fits the alg', () => {
    expect(selectJwk(JWKS.keys, undefined, 'ES256')).toEqual({ key: EC_KEY, ambiguous: false });
  });

  it('without a kid, reports several fitting keys as ambiguous', () => {
    expect(selectJwk([RSA_KEY, { ...RSA_KEY, kid: 'k3' }], undefined, 'RS256')).toEqual({ ambiguous: true });
  });

  it('skips encryption keys', () => {
    expect(selectJwk([{ ...RSA_KEY, use: 'enc' }], undefined, 'RS256')).toEqual({ ambiguous: false });
  });
});

// Regenerates src/core/profiles/fixtures.json: tokens shaped as each identity provider documents them
// (Entra, Auth0, Cognito, Keycloak, Google, Firebase, Okta, GitHub Actions, Kubernetes) and one of each
// token type (DPoP proof, logout token, client assertion, SD-JWT, RFC 9068 access token), plus near-misses
// that must stay unknown. Signed with the project's own test keys (src/core/fixtures/interop.json).
// Run: node scripts/make-profile-fixtures.mjs

import { createHash, createPublicKey } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompactSign, importPKCS8 } from 'jose';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const interop = JSON.parse(readFileSync(join(root, 'src/core/fixtures/interop.json'), 'utf8'));
const out = join(root, 'src/core/profiles/fixtures.json');

const rsa = await importPKCS8(interop.keys.rsa2048.pkcs8, 'RS256');
const ec = await importPKCS8(interop.keys.p256.pkcs8, 'ES256');
const keys = { RS256: rsa, ES256: ec };
const publicKeys = { RS256: interop.keys.rsa2048.spki, ES256: interop.keys.p256.spki };

// Fixed times: 2025-11-29T07:06:40Z, one hour tokens (five minutes for assertions and proofs).
const iat = 1764400000;
const exp = iat + 3600;

const b64url = (bytes) => Buffer.from(bytes).toString('base64url');
/** OIDC Core §3.1.3.6: the left half of the hash of the ASCII octets, base64url. */
const halfHash = (value, hash = 'sha256') => {
  const digest = createHash(hash).update(value, 'ascii').digest();
  return b64url(digest.subarray(0, digest.length / 2));
};

async function sign(header, payload) {
  const alg = header.alg;
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader(header)
    .sign(keys[alg]);
}

const fixtures = [];
async function add(name, provider, tokenType, header, payload, extra = {}) {
  const token = await sign(header, payload);
  fixtures.push({
    name,
    provider,
    tokenType,
    alg: header.alg,
    token: extra.suffix ? token + extra.suffix : token,
    ...extra.fields,
  });
}

const entraTenant = '9122040d-6c67-4c5b-b112-36a304b66dad';
const entraApi = '6e74172b-be56-4843-9ff4-e66a39bb12e3';
const entraClient = '6cb04018-a3f5-46a7-b995-940c78f5aef3';
const msHeader = { typ: 'JWT', alg: 'RS256', kid: '1LTMzakihiRla_8z2BEJVXeWMqo' };

// learn.microsoft.com: ID token claims reference (v2.0 example).
await add('entra-id-token-v2', 'entra', 'id-token', msHeader, {
  aud: entraClient,
  iss: `https://login.microsoftonline.com/${entraTenant}/v2.0`,
  iat,
  nbf: iat,
  exp,
  aio: 'Df2UVXL1ix!lMCWMSOJBcFatzcGfvFGhjKv8q5g0x732dR5MB5BisvGQO7YWByjd8iQDLq!eGbIDakyp5mnOrcdqHeYSnltepQmRp6AIZ8jY',
  name: 'Abe Lincoln',
  nonce: '123523',
  oid: '00000000-0000-0000-66f3-3332eca7ea81',
  preferred_username: 'AbeLi@microsoft.com',
  rh: 'I',
  sub: 'HKZpfaHyWadeOouYlitjrI-KffTm222X5rrV3xDqfKQ',
  tid: entraTenant,
  uti: 'AbeLi-Fx3EayjT8dJf5iAA',
  ver: '2.0',
});

// Access token claims reference: a v1.0 token (sts.windows.net issuer, App ID URI audience, appid, scp).
await add('entra-access-token-v1', 'entra', 'access-token', msHeader, {
  aud: `api://${entraApi}`,
  iss: `https://sts.windows.net/${entraTenant}/`,
  iat,
  nbf: iat,
  exp,
  acr: '1',
  aio: 'AXQAi/8UAAAAqxsuB+R4D2rFQqOETO4YdXbLD9kZ8xfXadeAM0Q2NkNT5izfg3uwbWSXhuSSj6UT5hy2D6yEdYNP+GT5zQXnd+t0YFZ+P7owC7JSxDgF4Yl0AKkBDcYJSv6Crsay1WGVgpwkJlYd7tIHOadk2vw==',
  amr: ['pwd'],
  appid: entraClient,
  appidacr: '0',
  family_name: 'Lincoln',
  given_name: 'Abe',
  ipaddr: '131.107.222.22',
  name: 'Abe Lincoln',
  oid: '00000000-0000-0000-66f3-3332eca7ea81',
  rh: 'I',
  scp: 'user_impersonation',
  sub: 'l3_roISQU222bULS9yi2k0XpqpOiMz5H3ZACo1GeXA',
  tid: entraTenant,
  unique_name: 'AbeLi@microsoft.com',
  upn: 'AbeLi@microsoft.com',
  uti: 'fqiBqXLPj0eQa82S-IYFAA',
  ver: '1.0',
});

// A v2.0 access token for a signed-in user: the API's client ID as aud, azp, scp; wids and groups.
await add('entra-access-token-v2', 'entra', 'access-token', msHeader, {
  aud: entraApi,
  iss: `https://login.microsoftonline.com/${entraTenant}/v2.0`,
  iat,
  nbf: iat,
  exp,
  aio: 'AWQAm/8TAAAA',
  azp: entraClient,
  azpacr: '0',
  groups: ['8f2ba1bd-2c0d-4d2f-9f1d-5c8d2f8f0c11'],
  name: 'Abe Lincoln',
  oid: '00000000-0000-0000-66f3-3332eca7ea81',
  preferred_username: 'AbeLi@microsoft.com',
  rh: 'I',
  scp: 'access_as_user',
  sub: 'AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ',
  tid: entraTenant,
  uti: 'fqiBqXLPj0eQa82S-IYFAA',
  ver: '2.0',
  wids: ['b79fbf4d-3ef9-4689-8143-76b194e85509'],
});

// App-only (client credentials): roles, idtyp app, no scp.
await add('entra-app-only-token', 'entra', 'access-token', msHeader, {
  aud: entraApi,
  iss: `https://login.microsoftonline.com/${entraTenant}/v2.0`,
  iat,
  nbf: iat,
  exp,
  azp: entraClient,
  azpacr: '1',
  idtyp: 'app',
  oid: '9bc3bd4e-3a9d-4c8f-8bd3-2f8a9c5d7e61',
  rh: 'I',
  roles: ['Data.Read.All'],
  sub: '9bc3bd4e-3a9d-4c8f-8bd3-2f8a9c5d7e61',
  tid: entraTenant,
  uti: 'x1n2ZKk9tUa7gB0bP3lQAA',
  ver: '2.0',
});

// Auth0: ID token structure, access token (API + /userinfo audiences, permissions, a namespaced claim),
// and a machine-to-machine token (gty client-credentials) behind a custom domain.
const auth0 = 'https://dev-abc123.us.auth0.com/';
const auth0Client = 'AbCdEfGh1234IjKlMnOp5678QrStUvWx';
const auth0Header = {
  alg: 'RS256',
  typ: 'JWT',
  kid: 'NjVBRjY5MDlCMUIwNzU4RTA2QzZFMDQ4QzQ2MDAyQjVDNjk1RTM2Qg',
};
await add('auth0-id-token', 'auth0', 'id-token', auth0Header, {
  nickname: 'jdoe',
  name: 'Jane Doe',
  picture:
    'https://s.gravatar.com/avatar/4f3a1d8c7e2b9a6f5d4c3b2a1f0e9d8c?s=480&r=pg&d=https%3A%2F%2Fcdn.auth0.com%2Favatars%2Fjd.png',
  updated_at: '2025-11-29T07:06:00.000Z',
  email: 'jane.doe@example.com',
  email_verified: true,
  iss: auth0,
  aud: auth0Client,
  sub: 'auth0|64b7f1c2e4a1f0a1b2c3d4e5',
  iat,
  exp,
  sid: 'dGhpcy1pcy1hLXNlc3Npb24taWQ',
  auth_time: iat - 5,
  nonce: 'c2VjcmV0LW5vbmNl',
});
await add('auth0-access-token', 'auth0', 'access-token', auth0Header, {
  'https://example.com/roles': ['admin'],
  iss: auth0,
  sub: 'auth0|64b7f1c2e4a1f0a1b2c3d4e5',
  aud: ['https://api.example.com', 'https://dev-abc123.us.auth0.com/userinfo'],
  iat,
  exp,
  scope: 'openid profile email read:messages',
  azp: auth0Client,
  permissions: ['read:messages'],
});
await add('auth0-m2m-custom-domain', 'auth0', 'access-token', auth0Header, {
  iss: 'https://login.example.com/',
  sub: `${auth0Client}@clients`,
  aud: 'https://api.example.com',
  iat,
  exp,
  gty: 'client-credentials',
  azp: auth0Client,
});

// Amazon Cognito: the ID token and access token examples of the developer guide.
const cognito = 'https://cognito-idp.us-west-2.amazonaws.com/us-west-2_EXAMPLE';
const cognitoHeader = { kid: 'abcdefghijklmnopqrsexample=', alg: 'RS256' };
await add('cognito-id-token', 'cognito', 'id-token', cognitoHeader, {
  sub: 'aaaaaaaa-bbbb-cccc-dddd-example',
  'cognito:groups': ['test-group-a', 'test-group-b', 'test-group-c'],
  email_verified: true,
  'cognito:preferred_role': 'arn:aws:iam::111122223333:role/my-test-role',
  iss: cognito,
  'cognito:username': 'my-test-user',
  middle_name: 'Jane',
  nonce: 'abcdefg',
  origin_jti: 'aaaaaaaa-bbbb-cccc-dddd-example',
  'cognito:roles': ['arn:aws:iam::111122223333:role/my-test-role'],
  aud: 'xxxxxxxxxxxxexample',
  event_id: 'aaaaaaaa-bbbb-cccc-dddd-example',
  token_use: 'id',
  auth_time: iat,
  name: 'John Doe',
  nickname: 'Jane',
  phone_number: '+12065551212',
  exp,
  iat,
  jti: 'aaaaaaaa-bbbb-cccc-dddd-example',
  email: 'my-test-user@example.com',
});
await add('cognito-access-token', 'cognito', 'access-token', cognitoHeader, {
  sub: 'aaaaaaaa-bbbb-cccc-dddd-example',
  'cognito:groups': ['admin'],
  iss: cognito,
  version: 2,
  client_id: 'xxxxxxxxxxxxexample',
  origin_jti: 'aaaaaaaa-bbbb-cccc-dddd-example',
  event_id: 'aaaaaaaa-bbbb-cccc-dddd-example',
  token_use: 'access',
  scope: 'phone openid profile resourceserver.1/appclient2 email',
  auth_time: iat,
  exp,
  iat,
  jti: 'aaaaaaaa-bbbb-cccc-dddd-example',
  username: 'my-test-user',
});

// Keycloak: an access token (typ Bearer), an ID token (typ ID) and a back-channel logout token.
const keycloak = 'https://keycloak.example.com/realms/myrealm';
const keycloakHeader = { alg: 'RS256', typ: 'JWT', kid: 'x0E3VwYtK7dLq9m3WfJpQyZt0v5uJx1c2b3n4m5k6l7' };
await add('keycloak-access-token', 'keycloak', 'access-token', keycloakHeader, {
  exp,
  iat,
  auth_time: iat - 10,
  jti: 'onrtac:3f0b1d1e-6d8e-4c1f-9a7b-2b1c4d5e6f70',
  iss: keycloak,
  aud: 'account',
  sub: 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b',
  typ: 'Bearer',
  azp: 'my-app',
  sid: '6e5d4c3b-2a19-4087-b6a5-948372615041',
  acr: '1',
  'allowed-origins': ['https://app.example.com'],
  realm_access: { roles: ['default-roles-myrealm', 'offline_access', 'uma_authorization'] },
  resource_access: { account: { roles: ['manage-account', 'manage-account-links', 'view-profile'] } },
  scope: 'openid profile email',
  email_verified: true,
  name: 'Jane Doe',
  preferred_username: 'jane',
  given_name: 'Jane',
  family_name: 'Doe',
  email: 'jane@example.com',
});
const keycloakAccessToken = fixtures.at(-1).token;
await add(
  'keycloak-id-token',
  'keycloak',
  'id-token',
  keycloakHeader,
  {
    exp,
    iat,
    auth_time: iat - 10,
    jti: 'ntnnid:7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d',
    iss: keycloak,
    aud: 'my-app',
    sub: 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b',
    typ: 'ID',
    azp: 'my-app',
    nonce: 'n-0S6_WzA2Mj',
    sid: '6e5d4c3b-2a19-4087-b6a5-948372615041',
    at_hash: halfHash(keycloakAccessToken),
    acr: '1',
    email_verified: true,
    preferred_username: 'jane',
  },
  { fields: { accessToken: keycloakAccessToken } },
);
await add(
  'keycloak-logout-token',
  'keycloak',
  'logout-token',
  { alg: 'RS256', typ: 'logout+jwt', kid: keycloakHeader.kid },
  {
    iat,
    jti: '4d3c2b1a-0f9e-4d8c-b7a6-958473625140',
    iss: keycloak,
    aud: 'my-app',
    sub: 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b',
    typ: 'Logout',
    sid: '6e5d4c3b-2a19-4087-b6a5-948372615041',
    events: { 'http://schemas.openid.net/event/backchannel-logout': {} },
  },
);

// Google: "An ID token's payload" (OpenID Connect page), with a real at_hash of a fake access token and
// a c_hash of a fake authorization code; the same token with the scheme-less issuer Google also uses.
const googleAccessToken = 'ya29.a0AfB_byExampleAccessTokenForTheProfileFixtures0123456789';
const googleCode = '4/0AeanS0ExampleAuthorizationCodeForTheProfileFixtures';
const googleClient = '1234987819200.apps.googleusercontent.com';
const googleHeader = { alg: 'RS256', kid: '1e9gdk7', typ: 'JWT' };
const googlePayload = (iss) => ({
  iss,
  azp: googleClient,
  aud: googleClient,
  sub: '10769150350006150715113082367',
  at_hash: halfHash(googleAccessToken),
  c_hash: halfHash(googleCode),
  hd: 'example.com',
  email: 'jsmith@example.com',
  email_verified: true,
  iat,
  exp,
  nonce: '0394852-3190485-2490358',
  name: 'John Smith',
  picture: 'https://lh3.googleusercontent.com/a/ACg8ocExample=s96-c',
  given_name: 'John',
  family_name: 'Smith',
  locale: 'en',
});
const hashInputs = { fields: { accessToken: googleAccessToken, code: googleCode } };
await add(
  'google-id-token',
  'google',
  'id-token',
  googleHeader,
  googlePayload('https://accounts.google.com'),
  hashInputs,
);
await add(
  'google-id-token-no-scheme',
  'google',
  'id-token',
  googleHeader,
  googlePayload('accounts.google.com'),
  hashInputs,
);

// Firebase: "Verify ID tokens" (claims of a Firebase ID token).
await add(
  'firebase-id-token',
  'firebase',
  'id-token',
  { alg: 'RS256', kid: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', typ: 'JWT' },
  {
    name: 'Jane Doe',
    picture: 'https://lh3.googleusercontent.com/a/ACg8ocExample=s96-c',
    iss: 'https://securetoken.google.com/my-project-1234',
    aud: 'my-project-1234',
    auth_time: iat - 30,
    user_id: 'Ab12Cd34Ef56Gh78Ij90Kl12Mn34',
    sub: 'Ab12Cd34Ef56Gh78Ij90Kl12Mn34',
    iat,
    exp,
    email: 'jane@example.com',
    email_verified: true,
    firebase: {
      identities: { 'google.com': ['109876543210987654321'], email: ['jane@example.com'] },
      sign_in_provider: 'google.com',
    },
  },
);

// Okta: custom authorization server (default) access token and ID token, as the OIDC & OAuth 2.0 API shows.
const okta = 'https://dev-123456.okta.com/oauth2/default';
const oktaHeader = { kid: '45js03w0djwedsw', alg: 'RS256' };
await add('okta-access-token', 'okta', 'access-token', oktaHeader, {
  ver: 1,
  jti: 'AT.0mP4JKAZX1iACIT4vbEDF7LpvDVjxypPMf0D7uX39RE',
  iss: okta,
  aud: 'api://default',
  iat,
  exp,
  cid: '0oa1a2b3c4d5e6f7g8h9',
  uid: '00u1a2b3c4d5e6f7g8h9',
  scp: ['openid', 'email', 'profile'],
  auth_time: iat - 20,
  sub: 'john.doe@example.com',
});
await add('okta-id-token', 'okta', 'id-token', oktaHeader, {
  sub: '00u1a2b3c4d5e6f7g8h9',
  name: 'John Doe',
  email: 'john.doe@example.com',
  ver: 1,
  iss: okta,
  aud: '0oa1a2b3c4d5e6f7g8h9',
  iat,
  exp,
  jti: 'ID.4eAWJOCMB3SX8XewDfVR-ZXrWfLjHE3t_2VpgMwAN3M',
  amr: ['pwd'],
  idp: '00o1a2b3c4d5e6f7g8h9',
  nonce: 'UBGW',
  preferred_username: 'john.doe@example.com',
  auth_time: iat - 20,
});

// GitHub Actions: "Understanding the OIDC token" example, environment-scoped subject.
await add(
  'github-actions-token',
  'github-actions',
  'id-token',
  { typ: 'JWT', alg: 'RS256', x5t: 'example-thumbprint', kid: 'example-key-id' },
  {
    jti: 'example-id',
    sub: 'repo:octo-org/octo-repo:environment:prod',
    environment: 'prod',
    aud: 'https://github.com/octo-org',
    ref: 'refs/heads/main',
    sha: 'example-sha',
    repository: 'octo-org/octo-repo',
    repository_owner: 'octo-org',
    actor_id: '12',
    repository_visibility: 'private',
    repository_id: '74',
    repository_owner_id: '65',
    run_id: 'example-run-id',
    run_number: '10',
    run_attempt: '2',
    runner_environment: 'github-hosted',
    actor: 'octocat',
    workflow: 'example-workflow',
    head_ref: '',
    base_ref: '',
    event_name: 'workflow_dispatch',
    ref_type: 'branch',
    job_workflow_ref: 'octo-org/octo-automation/.github/workflows/oidc.yml@refs/heads/main',
    iss: 'https://token.actions.githubusercontent.com',
    nbf: iat,
    exp,
    iat,
  },
);

// Kubernetes: a projected service account token (TokenRequest API).
await add(
  'kubernetes-service-account',
  'kubernetes',
  'access-token',
  { alg: 'RS256', kid: 'Xd3Kqz4gYx1c3wLk0mY2bqV6nR8sT7uW9pA5eF1hJ2k' },
  {
    aud: ['https://kubernetes.default.svc.cluster.local'],
    exp,
    iat,
    iss: 'https://kubernetes.default.svc.cluster.local',
    jti: '8b1c4f5e-2d3a-4b6c-9e8f-7a6b5c4d3e2f',
    'kubernetes.io': {
      namespace: 'default',
      node: { name: 'worker-1', uid: 'c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f' },
      pod: { name: 'my-app-7d9f8b6c5d-x2k4l', uid: '5f4e3d2c-1b0a-4989-8776-655443322110' },
      serviceaccount: { name: 'default', uid: 'e1d2c3b4-a596-4877-9665-544332211000' },
      warnafter: iat + 3000,
    },
    nbf: iat,
    sub: 'system:serviceaccount:default:default',
  },
);

// Types without a provider.
// RFC 9449 §4.2 example shape: a DPoP proof with its public key in the header.
const ecJwk = createPublicKey(interop.keys.p256.spki).export({ format: 'jwk' });
await add(
  'dpop-proof',
  'unknown',
  'dpop-proof',
  { typ: 'dpop+jwt', alg: 'ES256', jwk: ecJwk },
  {
    jti: '-BwC3ESc6acc2lTc',
    htm: 'POST',
    htu: 'https://server.example.com/token',
    iat,
  },
);
// OIDC Back-Channel Logout §2.4 example.
await add(
  'logout-token',
  'unknown',
  'logout-token',
  { alg: 'RS256', typ: 'logout+jwt', kid: 'logout-key' },
  {
    iss: 'https://server.example.com',
    sub: '248289761001',
    aud: 's6BhdRkqt3',
    iat,
    exp: iat + 120,
    jti: 'bWJq',
    sid: '08a5019c-17e1-4977-8f42-65a12843ea02',
    events: { 'http://schemas.openid.net/event/backchannel-logout': {} },
  },
);
// RFC 7523 §3 / OIDC Core §9 private_key_jwt client authentication.
await add(
  'client-assertion',
  'unknown',
  'client-assertion',
  { alg: 'RS256', kid: 'client-key-1' },
  {
    iss: 's6BhdRkqt3',
    sub: 's6BhdRkqt3',
    aud: 'https://server.example.com/oauth2/token',
    jti: 'f6c4b0a2-2d5e-4e8a-9a5f-0c7d3b1e8a91',
    exp: iat + 300,
    iat,
  },
);
// RFC 9068 §2.2 example: a JWT access token with typ at+jwt.
await add(
  'rfc9068-access-token',
  'unknown',
  'access-token',
  { typ: 'at+jwt', alg: 'RS256', kid: 'RjEwOwOA' },
  {
    iss: 'https://authorization-server.example.com/',
    sub: '5ba552d67',
    aud: 'https://rs.example.com/',
    exp,
    iat,
    jti: 'dbe39bf3a3ba4238a513f51d6e1691c4',
    client_id: 's6BhdRkqt3',
    scope: 'openid profile reademail',
  },
);
// OIDC Core §2 example ID token.
await add(
  'oidc-id-token',
  'unknown',
  'id-token',
  { alg: 'RS256', kid: '1e9gdk7' },
  {
    iss: 'https://server.example.com',
    sub: '24400320',
    aud: 's6BhdRkqt3',
    nonce: 'n-0S6_WzA2Mj',
    exp,
    iat,
    auth_time: iat - 60,
  },
);
// RFC 9901: an SD-JWT with two disclosures (given_name, family_name) after `~`.
const disclose = (salt, name, value) => b64url(JSON.stringify([salt, name, value]));
const disclosures = [
  disclose('2GLC42sKQveCfGfryNRN9w', 'given_name', 'John'),
  disclose('eluV5Og3gSNII8EYnsxA_A', 'family_name', 'Doe'),
];
const digest = (d) => createHash('sha256').update(d, 'ascii').digest('base64url');
await add(
  'sd-jwt',
  'unknown',
  'sd-jwt',
  { alg: 'ES256', typ: 'dc+sd-jwt' },
  {
    _sd: disclosures.map(digest),
    iss: 'https://issuer.example.com',
    iat,
    exp,
    vct: 'https://credentials.example.com/identity_credential',
    _sd_alg: 'sha-256',
  },
  { suffix: `~${disclosures.join('~')}~` },
);

// Near-misses: each has a hint or two, none decides.
const nearMisses = [
  ['one-tid', { sub: 'someone', tid: entraTenant }],
  [
    'tid-oid-other-issuer',
    { iss: 'https://example.com/', sub: 'someone', tid: entraTenant, oid: entraTenant },
  ],
  [
    'entra-lookalike-host',
    { iss: `https://login.microsoftonline.com.evil.example/${entraTenant}/v2.0`, sub: 'x', tid: entraTenant },
  ],
  [
    'entra-path-in-other-host',
    { iss: `https://evil.example/login.microsoftonline.com/${entraTenant}/v2.0`, sub: 'x' },
  ],
  ['token-use-alone', { iss: 'https://example.com', sub: 'x', token_use: 'id' }],
  ['gty-alone', { iss: 'https://example.com/api', sub: 'x', gty: 'password' }],
  ['realm-access-alone', { iss: 'https://example.com', sub: 'x', realm_access: { roles: ['user'] } }],
  ['repository-alone', { iss: 'https://ci.example.com', sub: 'x', repository: 'octo-org/octo-repo' }],
  ['cid-alone', { iss: 'https://example.com', sub: 'x', cid: 'abc' }],
  ['nonce-alone', { iss: 'https://example.com', sub: 'x', nonce: 'abc' }],
  ['iss-equals-sub-only', { iss: 'client', sub: 'client' }],
  ['htm-without-typ', { jti: 'x', htm: 'GET', htu: 'https://example.com/' }],
  ['plain-jwt', { sub: '1234567890', name: 'John Doe', iat: 1516239022 }],
];
for (const [name, payload] of nearMisses) {
  await add(`near-miss-${name}`, 'unknown', 'unknown', { alg: 'RS256', typ: 'JWT' }, payload);
}

writeFileSync(
  out,
  JSON.stringify({ generatedBy: 'scripts/make-profile-fixtures.mjs', publicKeys, fixtures }, null, 2) + '\n',
);
console.log(`wrote ${fixtures.length} tokens to ${out}`);

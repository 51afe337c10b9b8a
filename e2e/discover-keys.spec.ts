// Journey: fetch the signer's keys from its issuer on request only; Playwright's routing plays the issuer.
import { expect, test } from '@playwright/test';
import type { Page, Route } from '@playwright/test';
import { createSign, generateKeyPairSync } from 'node:crypto';
import { openApp, pasteToken } from './helpers';

const ISSUER = 'https://issuer.test';
const OIDC_URL = `${ISSUER}/.well-known/openid-configuration`;
const RFC8414_URL = `${ISSUER}/.well-known/oauth-authorization-server`;
const JWKS_URL = `${ISSUER}/keys.json`;
// The app is served from http://127.0.0.1, so the issuer's answers must allow any origin to be readable.
const CORS = { 'access-control-allow-origin': '*' };

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signerJwk = { ...publicKey.export({ format: 'jwk' }), kid: 'signer-1', alg: 'RS256', use: 'sig' };
const otherJwk = {
  ...generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' }),
  kid: 'other-2',
  alg: 'RS256',
  use: 'sig',
};

/** Signs an RS256 token in Node, independently of the app. */
function signRs256(header: object, payload: object): string {
  const enc = (value: object) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
  const input = `${enc({ alg: 'RS256', typ: 'JWT', ...header })}.${enc(payload)}`;
  const signature = createSign('RSA-SHA256').update(input).sign(privateKey).toString('base64url');
  return `${input}.${signature}`;
}

const now = () => Math.floor(Date.now() / 1000);
const issuerToken = (iss = ISSUER, kid = 'signer-1') =>
  signRs256({ kid }, { iss, sub: 'user-1', iat: now(), exp: now() + 600 });

type Handler = (route: Route) => Promise<void>;
const json =
  (body: unknown, status = 200, headers: Record<string, string> = CORS): Handler =>
  (route) =>
    route.fulfill({ status, headers, contentType: 'application/json', body: JSON.stringify(body) });
const metadata = (overrides: object = {}) => json({ issuer: ISSUER, jwks_uri: JWKS_URL, ...overrides });

/** Plays the issuer at https://issuer.test: each path answered by its handler, anything else 404. */
async function playIssuer(page: Page, handlers: Record<string, Handler>): Promise<string[]> {
  const asked: string[] = [];
  await page.route(`${ISSUER}/**`, async (route) => {
    const url = route.request().url();
    asked.push(url);
    const handler = handlers[url];
    if (handler) await handler(route);
    else await route.fulfill({ status: 404, headers: CORS, contentType: 'text/plain', body: 'not found' });
  });
  return asked;
}

/** Every request that leaves the app's origin. */
function recordForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') foreign.push(url.href);
  });
  return foreign;
}

const status = (page: Page) => page.getByTestId('discovery-status');

// Discovery makes several round trips and then verifies an RSA signature: allow for a slow, shared machine.
test.describe.configure({ timeout: 120_000 });
const SLOW = { timeout: 30_000 };

async function discover(page: Page, state: 'ok' | 'error'): Promise<string> {
  await page.getByTestId('discover-keys').click();
  await expect(status(page)).toHaveAttribute('data-state', state, SLOW);
  return (await status(page).textContent()) ?? '';
}

test('fetches the keys only when asked, via OpenID Connect discovery, and verifies with them', async ({
  page,
  baseURL,
}) => {
  const foreign = recordForeignRequests(page, new URL(baseURL!).origin);
  const asked = await playIssuer(page, {
    [OIDC_URL]: metadata(),
    [JWKS_URL]: json({ keys: [otherJwk, signerJwk] }),
  });
  const { errors } = await openApp(page);
  await pasteToken(page, issuerToken());

  // Before the press: the page says what it will ask for, and has asked nothing.
  await expect(page.getByTestId('discovery-plan')).toContainText(OIDC_URL);
  await expect(page.getByTestId('discovery-plan')).toContainText(RFC8414_URL);
  await expect(status(page)).toHaveAttribute('data-state', 'idle');
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-state', 'no-key');
  await page.waitForTimeout(500);
  expect(foreign).toEqual([]);
  expect(asked).toEqual([]);

  const text = await discover(page, 'ok');
  expect(text).toContain(OIDC_URL);
  expect(text).toContain(JWKS_URL);
  expect(text).toContain('signer-1');
  // OIDC answered, so RFC 8414 was never asked; the JWKS replaced the empty key box.
  expect(asked).toEqual([OIDC_URL, JWKS_URL]);
  const keyText = await page.getByTestId('key-input').inputValue();
  expect(JSON.parse(keyText)).toEqual({ keys: [otherJwk, signerJwk] });
  await expect(page.getByTestId('key-status')).toHaveAttribute('data-state', 'ok');
  const signature = page.getByTestId('signature-status');
  await expect(signature).not.toHaveAttribute('data-busy', 'true');
  await expect(signature).toHaveAttribute('data-state', 'valid', SLOW);
  expect(errors).toEqual([]);
});

test('falls back to OAuth server metadata (RFC 8414) when OpenID discovery is not found', async ({
  page,
}) => {
  const asked = await playIssuer(page, {
    [RFC8414_URL]: metadata(),
    [JWKS_URL]: json({ keys: [signerJwk] }),
  });
  await openApp(page);
  await pasteToken(page, issuerToken());
  const text = await discover(page, 'ok');
  expect(text).toContain('404');
  expect(asked).toEqual([OIDC_URL, RFC8414_URL, JWKS_URL]);
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-state', 'valid', SLOW);
});

test('refuses metadata whose issuer is not the token’s', async ({ page }) => {
  const asked = await playIssuer(page, {
    [OIDC_URL]: metadata({ issuer: 'https://someone-else.test' }),
    [JWKS_URL]: json({ keys: [signerJwk] }),
  });
  await openApp(page);
  await pasteToken(page, issuerToken());
  const text = await discover(page, 'error');
  expect(text).toContain('https://someone-else.test');
  expect(text).toContain('names a different issuer');
  expect(asked).not.toContain(JWKS_URL);
  await expect(page.getByTestId('key-input')).toHaveValue('');
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-state', 'no-key');
});

test('explains when the issuer publishes nothing (404 everywhere)', async ({ page }) => {
  const asked = await playIssuer(page, {});
  await openApp(page);
  await pasteToken(page, issuerToken());
  const text = await discover(page, 'error');
  expect(text).toContain('Not found');
  expect(text).toContain(OIDC_URL);
  expect(text).toContain(RFC8414_URL);
  expect(asked).toEqual([OIDC_URL, RFC8414_URL]);
});

test('explains an answer that is not JSON', async ({ page }) => {
  await playIssuer(page, {
    [OIDC_URL]: (route) =>
      route.fulfill({ headers: CORS, contentType: 'text/html', body: '<html><body>Sign in</body></html>' }),
  });
  await openApp(page);
  await pasteToken(page, issuerToken());
  const text = await discover(page, 'error');
  expect(text).toContain('did not answer with JSON');
});

test('explains a jwks_uri that is not a JWK Set', async ({ page }) => {
  await playIssuer(page, { [OIDC_URL]: metadata(), [JWKS_URL]: json({ key: signerJwk }) });
  await openApp(page);
  await pasteToken(page, issuerToken());
  const text = await discover(page, 'error');
  expect(text).toContain(`${JWKS_URL} is not a JWK Set`);
});

test('explains a key set without the token’s kid, naming the kids it has', async ({ page }) => {
  await playIssuer(page, { [OIDC_URL]: metadata(), [JWKS_URL]: json({ keys: [otherJwk] }) });
  await openApp(page);
  await pasteToken(page, issuerToken(ISSUER, 'rotated-away'));
  const text = await discover(page, 'error');
  expect(text).toContain('no key with kid "rotated-away"');
  expect(text).toContain('"other-2"');
  await expect(page.getByTestId('key-input')).toHaveValue('');
});

test('says plainly when the server does not let browsers read its keys (CORS), and offers pasting', async ({
  page,
}) => {
  // The server allows only its own web app: the browser fetches the answer but will not let this page
  // read it. (Playwright adds Access-Control-Allow-Origin to fulfilled responses that have none, so
  // the refusal is played with an origin that is not this page's.)
  const ownAppOnly = { 'access-control-allow-origin': 'https://app.issuer.test' };
  const asked = await playIssuer(page, {
    [OIDC_URL]: json({ issuer: ISSUER, jwks_uri: JWKS_URL }, 200, ownAppOnly),
    [RFC8414_URL]: json({ issuer: ISSUER, jwks_uri: JWKS_URL }, 200, ownAppOnly),
  });
  await openApp(page);
  await pasteToken(page, issuerToken());
  const text = await discover(page, 'error');
  expect(text).toContain('does not allow browsers to read its keys');
  expect(text).toContain('paste the JWKS into the key box');
  // The server did answer: it was the browser that kept the answer from the page.
  expect(asked).toContain(OIDC_URL);
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-state', 'no-key');
});

test('refuses an http:// issuer without asking it anything', async ({ page, baseURL }) => {
  const foreign = recordForeignRequests(page, new URL(baseURL!).origin);
  await page.route('http://issuer.test/**', (route) => route.fulfill({ status: 500, body: 'asked' }));
  await openApp(page);
  await pasteToken(page, issuerToken('http://issuer.test'));
  await expect(page.getByTestId('discovery-plan')).toContainText('not https');
  const text = await discover(page, 'error');
  expect(text).toContain('is not https');
  await page.waitForTimeout(300);
  expect(foreign).toEqual([]);
});

test('marks a key URL named by the token itself (jku) as untrusted, before and after fetching', async ({
  page,
}) => {
  const jku = `${ISSUER}/token-chosen-keys.json`;
  await playIssuer(page, { [jku]: json({ keys: [signerJwk] }) });
  await openApp(page);
  await pasteToken(page, signRs256({ kid: 'signer-1', jku }, { sub: 'user-1', exp: now() + 600 }));
  const planned = page.locator('[data-testid="discovery-plan"] li[data-source="jku"]');
  await expect(planned).toHaveAttribute('data-untrusted', 'true');
  await expect(planned).toContainText('untrusted');
  await expect(planned).toContainText(jku);
  const text = await discover(page, 'ok');
  expect(text).toContain('untrusted');
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-state', 'valid', SLOW);
});

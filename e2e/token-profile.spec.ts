// Journey: paste a token from a known identity provider and learn who issued it, what it is for, what its own
// claims mean, where its keys are, and whether its at_hash / c_hash and provider-specific rules hold.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { claimRow, makeToken, openApp, pasteToken } from './helpers';

interface Fixture {
  name: string;
  provider: string;
  tokenType: string;
  token: string;
  accessToken?: string;
  code?: string;
}
const { fixtures } = JSON.parse(readFileSync('src/core/profiles/fixtures.json', 'utf8')) as {
  fixtures: Fixture[];
};
const fixture = (name: string): Fixture => {
  const found = fixtures.find((f) => f.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return found;
};

const profile = (page: Page) => page.getByTestId('token-profile');

// Each journey pastes several tokens and waits for Monaco: give a shared, busy machine room.
test.describe.configure({ timeout: 180_000 });

test('recognises every provider and token type of the fixture set, and near-misses stay unknown', async ({
  page,
}) => {
  // 38 tokens, each decoded, drawn and judged: on a busy machine this takes longer than one journey.
  test.setTimeout(240_000);
  const { errors } = await openApp(page);
  for (const f of fixtures) {
    await pasteToken(page, f.token);
    await expect(profile(page), f.name).toHaveAttribute('data-provider', f.provider);
    await expect(profile(page), f.name).toHaveAttribute('data-token-type', f.tokenType);
  }
  expect(errors).toEqual([]);
});

test('an Entra ID token: names the evidence, links the docs, says where its keys are, explains tid', async ({
  page,
}) => {
  await openApp(page);
  await pasteToken(page, fixture('entra-id-token-v2').token);
  await expect(profile(page)).toHaveAttribute('data-provider', 'entra');
  await expect(profile(page)).toHaveAttribute('data-token-type', 'id-token');
  await expect(profile(page)).toContainText('Microsoft Entra ID');
  await expect(page.getByTestId('profile-provider-evidence')).toContainText('iss (the v2.0 issuer');
  await expect(page.getByTestId('profile-provider-evidence')).toContainText('tid');
  await expect(page.getByTestId('profile-type-evidence')).toContainText('nonce');
  await expect(page.getByTestId('profile-docs')).toHaveAttribute(
    'href',
    'https://learn.microsoft.com/en-us/entra/identity-platform/id-token-claims-reference',
  );
  await expect(page.getByTestId('profile-keys')).toContainText(
    'https://login.microsoftonline.com/9122040d-6c67-4c5b-b112-36a304b66dad/v2.0/.well-known/openid-configuration',
  );
  // The discovery panel plans the same URL first; nothing was fetched.
  await expect(page.getByTestId('discovery-status')).toHaveAttribute('data-state', 'idle');
  await expect(claimRow(page, 'tid').locator('.provider-claim')).toContainText('Tenant ID');
  await expect(claimRow(page, 'tid').locator('.provider-claim')).toContainText('about the tenant');
  await expect(claimRow(page, 'oid').locator('.provider-claim')).toContainText('about the user');
});

test('a hand-made token with one tid claim stays unknown, and its tid is not explained as Entra’s', async ({
  page,
}) => {
  await openApp(page);
  await pasteToken(
    page,
    makeToken({ alg: 'HS256', typ: 'JWT' }, { sub: 'me', tid: '9122040d-6c67-4c5b-b112-36a304b66dad' }),
  );
  await expect(profile(page)).toHaveAttribute('data-provider', 'unknown');
  await expect(profile(page)).toHaveAttribute('data-token-type', 'unknown');
  await expect(claimRow(page, 'tid')).toBeVisible();
  await expect(claimRow(page, 'tid').locator('.provider-claim')).toHaveCount(0);
  await expect(page.getByTestId('profile-keys')).toHaveCount(0);
});

test('checks at_hash and c_hash of a Google ID token, and says both issuer forms are valid', async ({
  page,
}) => {
  await openApp(page);
  const google = fixture('google-id-token-no-scheme');
  await pasteToken(page, google.token);
  await expect(profile(page)).toHaveAttribute('data-provider', 'google');
  await expect(page.locator('[data-testid="profile-check"][data-code="google-issuer-form"]')).toContainText(
    'both are valid',
  );
  await expect(page.getByTestId('profile-keys')).toHaveAttribute('data-asked', 'false');

  const atStatus = page.locator('[data-testid="at-hash-status"]:not([data-busy])');
  await expect(atStatus).toHaveAttribute('data-state', 'empty');
  await page.getByTestId('at-hash-input').fill(google.accessToken ?? '');
  await expect(atStatus).toHaveAttribute('data-state', 'ok');
  await page.getByTestId('at-hash-input').fill(`${google.accessToken ?? ''}x`);
  await expect(atStatus).toHaveAttribute('data-state', 'mismatch');
  await page.getByTestId('c-hash-input').fill(google.code ?? '');
  await expect(page.locator('[data-testid="c-hash-status"]:not([data-busy])')).toHaveAttribute(
    'data-state',
    'ok',
  );
});

test('provider-aware checks follow the expected values entered', async ({ page }) => {
  await openApp(page);
  // GitHub Actions: the expected subject is a pattern with * wildcards.
  await pasteToken(page, fixture('github-actions-token').token);
  await page.getByTestId('expected-subject').fill('repo:octo-org/octo-repo:*');
  const subject = page.locator('[data-testid="profile-check"][data-code="github-subject"]');
  await expect(subject).toHaveAttribute('data-status', 'ok');
  await page.getByTestId('expected-subject').fill('repo:octo-org/*:ref:refs/heads/main');
  await expect(subject).toHaveAttribute('data-status', 'mismatch');
  await page.getByTestId('expected-subject').fill('');

  // An ID token sent to an API: the expected audience names the API, not the client.
  await pasteToken(page, fixture('auth0-id-token').token);
  await page.getByTestId('expected-audience').fill('https://api.example.com');
  await expect(
    page.locator('[data-testid="profile-check"][data-code="id-token-as-access-token"]'),
  ).toHaveAttribute('data-status', 'mismatch');

  // Entra: a v1.0 token (App ID URI audience) checked against the API's client ID.
  await pasteToken(page, fixture('entra-access-token-v1').token);
  await page.getByTestId('expected-audience').fill('6e74172b-be56-4843-9ff4-e66a39bb12e3');
  await expect(page.locator('[data-testid="profile-check"][data-code="entra-audience-form"]')).toContainText(
    'App ID URI',
  );
});

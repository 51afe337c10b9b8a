// SD-JWT (RFC 9901): reading a presentation (each §7.1 problem), verifying its key binding, making and presenting one.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { claimRow, expectSettledState, makeToken, openApp, pasteToken, setKey } from './helpers';

const rfc = JSON.parse(readFileSync('src/core/sd-jwt/fixtures/rfc9901.json', 'utf8')) as {
  issuerKey: object;
  kbAudience: string;
  kbNonce: string;
  kbIat: number;
  s5_presentation: string;
};

// Monaco, WebCrypto and several verdicts per step: slow on a shared CI machine.
test.describe.configure({ timeout: 180_000 });

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
const disclosure = (parts: unknown[]) => b64(JSON.stringify(parts));
const digest = (d: string) => createHash('sha256').update(d).digest('base64url');
const rows = (page: Page) => page.getByTestId('disclosure');

async function expectDisclosures(page: Page, statuses: string[]) {
  await expect(rows(page)).toHaveCount(statuses.length);
  for (const [i, status] of statuses.entries())
    await expect(rows(page).nth(i)).toHaveAttribute('data-status', status);
}

test.describe('reading an SD-JWT', () => {
  test('RFC 9901 §5.2: issuer signature, disclosures, undisclosed digests, key binding', async ({ page }) => {
    const { errors } = await openApp(page);
    await setKey(page, JSON.stringify(rfc.issuerKey));
    await page.getByTestId('expected-audience').fill(rfc.kbAudience);
    await page.getByTestId('expected-nonce').fill(rfc.kbNonce);
    await page.getByTestId('evaluation-time').fill(String(rfc.kbIat + 60));
    await pasteToken(page, rfc.s5_presentation);
    await expect(page.getByTestId('token-status')).toHaveAttribute('data-state', 'decoded');
    await expect(page.getByTestId('token-status')).toHaveAttribute('data-kind', 'sd-jwt');
    await expectSettledState(page, 'signature-status', 'valid');
    await expectDisclosures(page, ['ok', 'ok', 'ok', 'ok']);
    await expect(page.locator('[data-testid="disclosure"][data-claim="family_name"]')).toContainText('Doe');
    await expect(page.locator('[data-testid="disclosure"][data-claim="[]"]')).toContainText(
      'nationalities[0]',
    );
    await expect(page.getByTestId('sd-undisclosed-count')).toContainText('6');
    await expect(page.getByTestId('sd-undisclosed-count')).toContainText('decoy');
    await expect(claimRow(page, 'given_name')).toHaveAttribute('data-disclosed', 'true');
    await expect(claimRow(page, 'iss')).not.toHaveAttribute('data-disclosed', 'true');
    await expect(claimRow(page, 'email')).toHaveCount(0);
    await expectSettledState(page, 'kb-status', 'valid');

    // The verifier expected another nonce: the binding is a mismatch, named in words.
    await page.getByTestId('expected-nonce').fill('another-nonce');
    await expectSettledState(page, 'kb-status', 'mismatch');
    await expect(page.getByTestId('kb-status')).toContainText('nonce');
    // Dropping a disclosure after binding breaks sd_hash.
    await page.getByTestId('expected-nonce').fill(rfc.kbNonce);
    const text = rfc.s5_presentation;
    const first = text.indexOf('~');
    await pasteToken(page, text.slice(0, first) + text.slice(text.indexOf('~', first + 1)));
    await expectSettledState(page, 'kb-status', 'mismatch');
    await expect(page.getByTestId('kb-status')).toContainText('sd_hash');
    expect(errors).toEqual([]);
  });

  const given = disclosure(['salt-1', 'given_name', 'John']);
  const family = disclosure(['salt-2', 'family_name', 'Doe']);
  const issuer = (payload: object) => makeToken({ alg: 'ES256', typ: 'dc+sd-jwt' }, payload);
  const cases: [string, string, string[], string][] = [
    [
      'an unreferenced disclosure',
      `${issuer({ _sd: [digest(given)] })}~${given}~${family}~`,
      ['ok', 'unreferenced'],
      'not referenced',
    ],
    [
      'the same disclosure twice',
      `${issuer({ _sd: [digest(given)] })}~${given}~${given}~`,
      ['ok', 'duplicate'],
      'same as disclosure 1',
    ],
    [
      'the same digest twice in the payload',
      `${issuer({ _sd: [digest(given)], address: { _sd: [digest(given)] } })}~${given}~`,
      ['duplicate'],
      'appears 2 times',
    ],
    [
      'a reserved claim name',
      `${issuer({ _sd: [digest(disclosure(['s', '_sd', 1]))] })}~${disclosure(['s', '_sd', 1])}~`,
      ['invalid'],
      'reserved claim name',
    ],
    [
      'a claim name that already exists',
      `${issuer({ _sd: [digest(given)], given_name: 'Jane' })}~${given}~`,
      ['invalid'],
      'already in the payload',
    ],
    [
      'a malformed disclosure',
      `${issuer({ _sd: [] })}~${b64('{"not":"an array"}')}~`,
      ['invalid'],
      'not a JSON array',
    ],
    [
      'an unsupported _sd_alg',
      `${issuer({ _sd: [digest(given)], _sd_alg: 'md5' })}~${given}~`,
      ['unreferenced'],
      'md5',
    ],
  ];
  for (const [name, token, statuses, words] of cases) {
    test(`§7.1: ${name}`, async ({ page }) => {
      await openApp(page);
      await pasteToken(page, token);
      await expect(page.getByTestId('token-status')).toHaveAttribute('data-kind', 'sd-jwt');
      await expectDisclosures(page, statuses);
      await expect(page.locator('section.sd-jwt')).toContainText(words);
      await expectSettledState(page, 'kb-status', 'absent');
    });
  }
});

test('making an SD-JWT with a holder key, then choosing what to present', async ({ page }) => {
  const issuerKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({
    format: 'pem',
    type: 'pkcs8',
  });
  const holderKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({
    format: 'pem',
    type: 'pkcs8',
  });
  const { errors } = await openApp(page);
  await pasteToken(
    page,
    makeToken(
      { alg: 'ES256', typ: 'dc+sd-jwt' },
      {
        iss: 'https://issuer.example',
        vct: 'urn:example:id',
        given_name: 'John',
        address: { street_address: '123 Main St', country: 'US' },
        nationalities: ['US', 'DE'],
      },
    ),
  );
  await setKey(page, String(issuerKey));
  await page.getByTestId('expected-audience').fill('https://verifier.example');
  await page.getByTestId('expected-nonce').fill('n-42');
  await page.getByTestId('holder-key-input').fill(String(holderKey));
  await page.getByTestId('sd-decoys').fill('2');
  await page.getByTestId('sd-claims-input').fill('given_name, address.street_address, nationalities[0]');

  await expect(page.getByTestId('token-status')).toHaveAttribute('data-kind', 'sd-jwt');
  await expect(page.getByTestId('token-input')).toHaveValue(/~ey[^~]+$/);
  await expectSettledState(page, 'signature-status', 'valid');
  await expectDisclosures(page, ['ok', 'ok', 'ok']);
  await expect(page.getByTestId('sd-undisclosed-count')).toContainText('2');
  await expectSettledState(page, 'kb-status', 'valid');
  await expect(claimRow(page, 'given_name')).toHaveAttribute('data-disclosed', 'true');
  await expect(page.getByTestId('sd-jwt-type')).toContainText('SD-JWT VC');

  // Present without given_name: rebuilt and re-bound at once.
  await page.locator('[data-testid="sd-present"][data-path="given_name"]').uncheck();
  await expect(rows(page)).toHaveCount(2);
  await expect(claimRow(page, 'given_name')).toHaveCount(0);
  await expect(page.getByTestId('sd-undisclosed-count')).toContainText('3');
  await expectSettledState(page, 'kb-status', 'valid');
  await expectSettledState(page, 'signature-status', 'valid');
  expect(errors).toEqual([]);
});

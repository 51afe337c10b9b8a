// Journey: paste a JWS or JWE in JSON serialization (RFC 7515/7516 §7.2), as other implementations write it, and
// see which key verified which signature, or which recipient the key decrypted for.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { claimRow, expectSettledState, openApp, pasteToken, setKey } from './helpers';

test.describe.configure({ timeout: 120_000 });

interface Fixture {
  id: string;
  token: string;
  keys: Record<string, unknown>[];
}
const fixtures = JSON.parse(
  readFileSync(new URL('../src/core/fixtures/json-serialization.json', import.meta.url), 'utf8'),
) as { rfc: Fixture[]; jwcrypto: Fixture[] };
const fixture = (id: string): Fixture => {
  const found = [...fixtures.rfc, ...fixtures.jwcrypto].find((f) => f.id === id);
  if (!found) throw new Error(`no JSON serialization fixture "${id}"`);
  return found;
};

test('general JWS with two signatures (RFC 7515 A.6), then flattened (A.7)', async ({ page }) => {
  const { errors } = await openApp(page);
  const a6 = fixture('rfc7515-a6-general');
  await pasteToken(page, a6.token);
  const status = page.getByTestId('token-status');
  await expect(status).toHaveAttribute('data-state', 'decoded');
  await expect(status).toHaveAttribute('data-kind', 'jws-json');
  // The claims are the payload's.
  await expect(claimRow(page, 'iss')).toBeVisible();
  await setKey(page, JSON.stringify(a6.keys[1]));
  await expectSettledState(page, 'signature-status', 'valid');
  const rows = page.getByTestId('signature-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveAttribute('data-alg', 'RS256');
  await expect(rows.nth(0)).toHaveAttribute('data-kid', '2010-12-29');
  await expect(rows.nth(0)).toHaveAttribute('data-index', '0');
  await expect(rows.nth(0)).toHaveAttribute('data-state', 'key-error');
  await expect(rows.nth(1)).toHaveAttribute('data-alg', 'ES256');
  await expect(rows.nth(1)).toHaveAttribute('data-state', 'valid');
  await expect(rows.nth(1)).toContainText('{"alg":"ES256"}');
  await expect(rows.nth(1)).toContainText('e9bc097a-ce51-4036-9562-d2ade882db0d');

  // Flattened, pasted as the RFC prints it (newlines and indentation): one row, valid with the same key.
  await pasteToken(page, fixture('rfc7515-a7-flattened').token);
  await expect(status).toHaveAttribute('data-kind', 'jws-json');
  await expectSettledState(page, 'signature-status', 'valid');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-state', 'valid');
  expect(errors).toEqual([]);
});

test('general JWE with two recipients decrypts with the second recipient’s key and says so', async ({
  page,
}) => {
  const { errors } = await openApp(page);
  const jwe = fixture('jwcrypto-jwe-general-2');
  await pasteToken(page, jwe.token);
  await expect(page.getByTestId('token-status')).toHaveAttribute('data-kind', 'jwe-json');
  await setKey(page, JSON.stringify(jwe.keys[1]));
  await expectSettledState(page, 'decryption-status', 'decrypted');
  await expect(page.getByTestId('decryption-status')).toContainText('recipient 2');
  const recipients = page.getByTestId('jwe-recipient');
  await expect(recipients).toHaveCount(2);
  await expect(recipients.nth(1)).toHaveAttribute('data-state', 'decrypted');
  await expect(recipients.nth(1)).toHaveAttribute('data-alg', 'A256KW');
  await expect(recipients.nth(0)).toHaveAttribute('data-state', 'failed');
  await expect(claimRow(page, 'sub')).toBeVisible();
  expect(errors).toEqual([]);
});

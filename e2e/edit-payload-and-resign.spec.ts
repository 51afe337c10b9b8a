// Journey: edit the header or payload with a signing key in the box; the token is re-signed and verifies outside.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { generateKeyPairSync } from 'node:crypto';
import { compactVerify, importSPKI, jwtVerify } from 'jose';
import { claimRow, editorValue, openApp, pasteToken, setEditorValue, signHs256 } from './helpers';

const now = Math.floor(Date.now() / 1000);

async function settledSignature(page: Page, state: string) {
  const status = page.getByTestId('signature-status');
  await expect(status).toHaveAttribute('data-state', state);
  await expect(status).not.toHaveAttribute('data-busy', 'true');
}

test('editing the payload with a PKCS#8 private key re-signs; jose verifies it with the public key', async ({
  page,
}) => {
  const { errors } = await openApp(page);
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privatePem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  await pasteToken(page, signHs256({ alg: 'RS256', typ: 'JWT' }, { sub: 'old', exp: now + 600 }, 'x'));
  await page.getByTestId('key-input').fill(privatePem);
  // A pasted token is judged as it stands: its signature is not ours.
  await settledSignature(page, 'invalid');
  await setEditorValue(
    page,
    'payload-editor',
    JSON.stringify({ sub: 'edited', exp: now + 600, admin: true }, null, 2),
  );
  await settledSignature(page, 'valid');
  const token = await page.getByTestId('token-input').inputValue();
  const { payload } = await jwtVerify(token, await importSPKI(publicPem, 'RS256'));
  expect(payload).toMatchObject({ sub: 'edited', admin: true });
  await expect(claimRow(page, 'admin')).toBeVisible();
  expect(errors).toEqual([]);
});

test('editing the header with a secret re-signs with the new header', async ({ page }) => {
  await openApp(page);
  await pasteToken(page, signHs256({ alg: 'HS256', typ: 'JWT' }, { sub: 'x' }, 'the-secret'));
  await page.getByTestId('key-input').fill('the-secret');
  await settledSignature(page, 'valid');
  await setEditorValue(page, 'header-editor', '{ "alg": "HS256", "typ": "JWT", "kid": "k-2" }');
  await expect
    .poll(async () => (await page.getByTestId('token-input').inputValue()).split('.')[0])
    .toBe(Buffer.from('{"alg":"HS256","typ":"JWT","kid":"k-2"}').toString('base64url'));
  await settledSignature(page, 'valid');
  const token = await page.getByTestId('token-input').inputValue();
  const { protectedHeader } = await compactVerify(token, new TextEncoder().encode('the-secret'));
  expect(protectedHeader.kid).toBe('k-2');
});

test('without a signing key the token keeps its old signature and the page says a key is needed', async ({
  page,
}) => {
  await openApp(page);
  const original = signHs256({ alg: 'HS256' }, { sub: 'x' }, 'k');
  await pasteToken(page, original);
  await setEditorValue(page, 'payload-editor', '{"sub":"y"}');
  await expect(page.getByTestId('signing-status')).toHaveAttribute('data-state', 'needs-key');
  const token = await page.getByTestId('token-input').inputValue();
  expect(token.split('.')[2]).toBe(original.split('.')[2]);
  expect(token.split('.')[1]).toBe(Buffer.from('{"sub":"y"}').toString('base64url'));
  // With the secret pasted afterwards, the composed token is signed.
  await page.getByTestId('key-input').fill('k');
  await settledSignature(page, 'valid');
});

test('invalid JSON while typing leaves the token as it was', async ({ page }) => {
  await openApp(page);
  const original = signHs256({ alg: 'HS256' }, { sub: 'x' }, 'k');
  await pasteToken(page, original);
  await setEditorValue(page, 'payload-editor', '{"sub": ');
  await expect(page.getByTestId('payload-json-error')).toBeVisible();
  await expect(page.getByTestId('token-input')).toHaveValue(original);
  // Monaco marks the error in the editor too.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          (
            window as unknown as { monaco: { editor: { getModelMarkers(f: object): unknown[] } } }
          ).monaco.editor.getModelMarkers({}).length,
      ),
    )
    .toBeGreaterThan(0);
});

test('changing the alg rewrites the header; claim helpers set exp; the thumbprint becomes the kid', async ({
  page,
}) => {
  await openApp(page);
  await pasteToken(page, signHs256({ alg: 'HS256', typ: 'JWT' }, { sub: 'x', exp: now - 60 }, 'k'));
  await expect(claimRow(page, 'exp')).toHaveAttribute('data-status', 'expired');
  await page.getByTestId('alg-select').selectOption('ES256');
  expect(JSON.parse(await editorValue(page, 'header-editor'))).toMatchObject({ alg: 'ES256' });
  await expect(page.getByTestId('signing-status')).toHaveAttribute('data-state', 'needs-key');
  await page.getByTestId('exp-duration').fill('2h');
  await page.getByTestId('set-exp').click();
  await expect(claimRow(page, 'exp')).toHaveAttribute('data-status', 'ok');
  await expect(claimRow(page, 'exp')).toContainText('in 2 hours');
  await page.getByTestId('generate-key').click();
  await settledSignature(page, 'valid');
  await page.getByTestId('key-tools').click();
  const thumbprint = await page.getByTestId('key-thumbprint').innerText();
  await page.getByTestId('thumbprint-as-kid').click();
  expect(JSON.parse(await editorValue(page, 'header-editor'))).toMatchObject({
    alg: 'ES256',
    kid: thumbprint,
  });
  await settledSignature(page, 'valid');
});

test('alg none is an explicit, flagged choice', async ({ page }) => {
  await openApp(page);
  await pasteToken(page, signHs256({ alg: 'HS256' }, { sub: 'x' }, 'k'));
  await page.getByTestId('alg-select').selectOption('none');
  await expect(page.getByTestId('alg-none-warning')).toBeVisible();
  await expect(page.getByTestId('token-status')).toHaveAttribute('data-kind', 'unsecured');
  await expect.poll(() => page.getByTestId('token-input').inputValue()).toMatch(/\.$/);
  await settledSignature(page, 'unsecured');
});

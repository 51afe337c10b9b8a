// Journey: paste an HMAC-signed token made by PyJWT or jsonwebtoken, then its key in every format the key box takes.
// One page per issuing library: each token is pasted after the key box is cleared (cases in key-format-cases.ts).
import { expect, test } from '@playwright/test';
import { openApp, pasteToken, signHs256 } from './helpers';
import {
  byAlg,
  expectKeyErrorSentence,
  expectSignature,
  interop,
  keyStatus,
  tokensBy,
  useKey,
  verifyTokenWithEveryFormat,
} from './key-format-cases';

for (const [lib, tokens] of tokensBy(['HS'])) {
  test(`${lib}: HMAC tokens verify with every key format`, async ({ page }) => {
    // A dozen key formats for each of up to a dozen tokens, each verified in the page.
    test.setTimeout(60_000 + tokens.length * 30_000);
    const { errors } = await openApp(page);
    for (const t of tokens) await verifyTokenWithEveryFormat(page, t);
    expect(errors).toEqual([]);
  });
}

test('a UTF-8 secret verifies; a base64url secret read as UTF-8 does not, and the hint says so', async ({
  page,
}) => {
  const { errors } = await openApp(page);
  const secret = 'correct horse battery staple, 32+ bytes long';
  await pasteToken(page, signHs256({ alg: 'HS256', typ: 'JWT' }, { sub: 'utf8' }, secret));
  await useKey(page, secret);
  await expectSignature(page, 'valid');
  await expect(keyStatus(page)).toContainText(/-byte secret · UTF-8 text/);

  await pasteToken(page, byAlg('HS256'));
  await useKey(page, interop.secrets.HS256);
  await expectSignature(page, 'invalid');
  await expect(page.getByText(/looks base64url-encoded but is read as UTF-8/)).toBeVisible();
  await page.getByTestId('secret-encoding').selectOption('base64url');
  await expectSignature(page, 'valid');
  expect(errors).toEqual([]);
});

test('an empty secret is an error, not a silent pass', async ({ page }) => {
  await openApp(page);
  await pasteToken(page, byAlg('HS256'));
  for (const [text, encoding] of [
    ['====', 'base64url'],
    [JSON.stringify({ kty: 'oct', k: '' }), 'utf8'],
  ] as const) {
    await useKey(page, text, encoding);
    await expect(keyStatus(page)).toHaveAttribute('data-state', 'error');
    await expect(keyStatus(page)).toContainText('The secret is empty');
    await expectKeyErrorSentence(page, /secret is empty/);
  }
  await useKey(page, 'not hex!', 'hex');
  await expect(keyStatus(page)).toContainText('not valid hex');
  await expectSignature(page, 'key-error');
});

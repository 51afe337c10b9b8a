// Journey: paste a token from a real system and see it decoded, colour-coded and judged.
import { expect, test } from '@playwright/test';
import { claimRow, editorValue, makeToken, openApp, pasteToken } from './helpers';

// Taken per test, not when the file loads: a long suite would otherwise make "in 1 hour" read "in 59 minutes".
let now = 0;
test.beforeEach(() => {
  now = Math.floor(Date.now() / 1000);
});

test('a pasted token is decoded into editors and a claims table', async ({ page }) => {
  const { errors } = await openApp(page);
  await expect(page.getByTestId('token-status')).toHaveAttribute('data-state', 'empty');
  const token = makeToken(
    { alg: 'RS256', typ: 'JWT', kid: 'k1' },
    {
      iss: 'https://idp.example.com/',
      sub: 'user-1',
      aud: 'api',
      iat: now - 60,
      exp: now + 2 * 3600 + 600, // reads "in 2 hours" however slow the run
      nbf: now - 60,
      name: 'Ada',
    },
  );
  await pasteToken(page, `Authorization: Bearer ${token.slice(0, 30)}\n  ${token.slice(30)}  `);
  const status = page.getByTestId('token-status');
  await expect(status).toHaveAttribute('data-state', 'decoded');
  await expect(status).toHaveAttribute('data-kind', 'jws');
  // The textarea shows the cleaned token, colour-coded by part.
  await expect(page.getByTestId('token-input')).toHaveValue(token);
  await expect(page.locator('.token-backdrop .part-header')).toHaveText(token.split('.')[0]!);
  await expect(page.locator('.token-backdrop .part-signature')).toHaveText(token.split('.')[2]!);

  await expect(claimRow(page, 'exp')).toHaveAttribute('data-status', 'ok');
  await expect(claimRow(page, 'nbf')).toHaveAttribute('data-status', 'ok');
  await expect(claimRow(page, 'iat')).toHaveAttribute('data-status', 'ok');
  await expect(claimRow(page, 'iss')).toHaveAttribute('data-status', 'info');
  await expect(claimRow(page, 'name')).toHaveAttribute('data-status', 'info');
  await expect(claimRow(page, 'exp')).toContainText('Expiration time');
  await expect(claimRow(page, 'exp')).toContainText('in 2 hours');
  await expect(claimRow(page, 'exp')).toContainText(
    new Date((now + 2 * 3600 + 600) * 1000).toISOString().slice(0, 16),
  );

  expect(JSON.parse(await editorValue(page, 'header-editor'))).toEqual({
    alg: 'RS256',
    typ: 'JWT',
    kid: 'k1',
  });
  expect(JSON.parse(await editorValue(page, 'payload-editor'))).toMatchObject({ sub: 'user-1', name: 'Ada' });
  // Registered header parameters are explained beside the editor.
  await expect(page.getByTestId('header-legend')).toContainText('Key ID');
  expect(errors).toEqual([]);
});

test('time claims are judged at the current time, all problems at once', async ({ page }) => {
  await openApp(page);
  await pasteToken(
    page,
    makeToken({ alg: 'HS256' }, { exp: now - 3 * 3600, nbf: now + 600, iat: now + 600, exp_ms: 1 }),
  );
  await expect(claimRow(page, 'exp')).toHaveAttribute('data-status', 'expired');
  await expect(claimRow(page, 'nbf')).toHaveAttribute('data-status', 'not-yet-valid');
  await expect(claimRow(page, 'iat')).toHaveAttribute('data-status', 'issued-in-future');
  await expect(claimRow(page, 'exp')).toContainText('3 hours ago');
  await expect(page.getByTestId('verdict')).toContainText('expired 3 hours ago');
});

test('a millisecond timestamp gets a visible hint and a non-number is invalid', async ({ page }) => {
  await openApp(page);
  await pasteToken(page, makeToken({ alg: 'HS256' }, { exp: (now + 3600) * 1000, nbf: 'tomorrow' }));
  await expect(claimRow(page, 'exp').getByTestId('milliseconds-hint')).toBeVisible();
  await expect(claimRow(page, 'nbf')).toHaveAttribute('data-status', 'invalid');
});

test('the token pane and claims table work before Monaco has loaded', async ({ page }) => {
  // Hold back Monaco's chunk: the verdict must not wait for it.
  await page.route(/code-editor-.*\.js$/, () => new Promise(() => undefined));
  await openApp(page);
  await pasteToken(page, makeToken({ alg: 'HS256' }, { exp: now + 3600 }));
  await expect(page.getByTestId('token-status')).toHaveAttribute('data-state', 'decoded');
  await expect(claimRow(page, 'exp')).toHaveAttribute('data-status', 'ok');
  await expect(page.getByTestId('payload-editor')).toContainText('"exp"');
});

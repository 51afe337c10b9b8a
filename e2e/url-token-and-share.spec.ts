// Journey: open a link carrying a token (#token=, #id_token=, ?token=), and copy a share link.
import { expect, test, type Route } from '@playwright/test';
import { claimRow, makeToken, openApp } from './helpers';

const token = makeToken(
  { alg: 'HS256', typ: 'JWT' },
  { sub: 'from-url', exp: Math.floor(Date.now() / 1000) + 600 },
);

for (const key of ['token', 'id_token', 'access_token']) {
  test(`#${key}= decodes the token, then removes it from the address bar`, async ({ page }) => {
    await openApp(page, `/#${key}=${token}&state=xyz`);
    await expect(page.getByTestId('token-input')).toHaveValue(token);
    await expect(claimRow(page, 'sub')).toContainText('from-url');
    await expect.poll(() => page.url()).not.toContain(token);
    expect(page.url()).toContain('state=xyz');
  });
}

test('?token= is decoded, removed, and a note says the server saw it', async ({ page }) => {
  await openApp(page, `/?token=${token}`);
  await expect(page.getByTestId('token-input')).toHaveValue(token);
  await expect(page.getByTestId('query-token-note')).toContainText('sent to the server');
  await expect.poll(() => page.url()).not.toContain(token);
});

test('a link with a token of 200 KB decodes; the address keeps what was not the token', async ({ page }) => {
  const big = makeToken(
    { alg: 'HS256', typ: 'JWT' },
    { sub: 'large-link', pad: 'x'.repeat(150_000), exp: Math.floor(Date.now() / 1000) + 600 },
  );
  expect(big.length).toBeGreaterThan(200_000);
  const { errors } = await openApp(page, `/?x=1#state=xyz&token=${big}`);
  await expect(page.getByTestId('token-status')).toHaveAttribute('data-state', 'decoded');
  await expect(claimRow(page, 'sub')).toContainText('large-link');
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-state', 'no-key');
  await expect.poll(() => new URL(page.url()).hash).toBe('#state=xyz');
  expect(new URL(page.url()).search).toBe('?x=1');
  expect(errors).toEqual([]);
});

test('a large link leaves the address bar before any of the app code has loaded', async ({ page }) => {
  const big = makeToken({ alg: 'HS256', typ: 'JWT' }, { sub: 'large-early', pad: 'y'.repeat(150_000) });
  // The app's modules are held until the address has been checked.
  const held: Route[] = [];
  await page.route('**/assets/*.js', (route) => void held.push(route));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`/?x=1#token=${big}&state=xyz`, { waitUntil: 'commit' });
  await expect.poll(() => page.url()).not.toContain(big);
  expect(held.length).toBeGreaterThan(0);
  await expect(page.getByTestId('token-status')).toHaveCount(0);
  for (const route of held) await route.continue();
  await page.unroute('**/assets/*.js');
  // Then the app reads the token it was handed and writes back what was not the token.
  await expect(claimRow(page, 'sub')).toContainText('large-early');
  await expect.poll(() => new URL(page.url()).hash).toBe('#state=xyz');
  expect(new URL(page.url()).search).toBe('?x=1');
  expect(errors).toEqual([]);
});

test('the share link carries the token in the fragment only, never the secret', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await page.getByTestId('token-input').fill(token);
  await page.getByTestId('key-input').fill('my-very-secret-secret');
  await page.getByTestId('share-link').click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const url = new URL(link);
  expect(url.hash).toBe(`#token=${token}`);
  expect(url.search).toBe('');
  expect(link).not.toContain('my-very-secret-secret');
  // Opening the link shows the same token.
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByTestId('token-input')).toHaveValue(token);
});

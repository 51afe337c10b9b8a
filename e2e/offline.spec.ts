// Journey: visit once, go offline, reload: the whole app (Monaco included) still works.
import { expect, test } from '@playwright/test';
import { claimRow, editorValue, openApp, pasteToken, signHs256 } from './helpers';

test.use({ serviceWorkers: 'allow' });

test('the app works offline after one visit', async ({ page, context }) => {
  await openApp(page);
  // Wait until the service worker has precached every asset and controls the page.
  await page.waitForFunction(
    async () => (await caches.keys()).length > 0 && !!navigator.serviceWorker.controller,
  );
  await context.setOffline(true);
  await page.goto('/');
  await pasteToken(
    page,
    signHs256(
      { alg: 'HS256', typ: 'JWT' },
      { sub: 'offline', exp: Math.floor(Date.now() / 1000) + 60 },
      'offline-secret',
    ),
  );
  await page.getByTestId('key-input').fill('offline-secret');
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-state', 'valid');
  await expect(page.getByTestId('token-status')).toHaveAttribute('data-state', 'decoded');
  await expect(claimRow(page, 'exp')).toHaveAttribute('data-status', 'ok');
  expect(JSON.parse(await editorValue(page, 'payload-editor'))).toMatchObject({ sub: 'offline' });
});

// Journey: visit once, go offline, reload: the whole app (Monaco included) still works.
import { expect, test } from '@playwright/test';
import { claimRow, editorValue, openApp, pasteToken, signHs256 } from './helpers';

test.use({ serviceWorkers: 'allow' });

test('the app works offline after one visit', async ({ page, context }) => {
  await openApp(page);
  // Wait until the service worker controls the page and has precached every file sw.js lists (polled with
  // evaluate, which awaits the promise; waitForFunction took the pending promise itself as truthy).
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const listed = /const FILES = (\[.*\]);/.exec(await (await fetch('/sw.js')).text())?.[1];
          const keys = await caches.keys();
          const cached = keys.length ? (await (await caches.open(keys[0]!)).keys()).length : 0;
          return !!navigator.serviceWorker.controller && !!listed && cached === JSON.parse(listed).length;
        }),
      { timeout: 30_000 },
    )
    .toBe(true);
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

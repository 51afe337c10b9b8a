// Journey: unicode renders correctly; HTML and javascript: in claims are shown as text, never executed.
import { expect, test } from '@playwright/test';
import { claimRow, editorValue, makeToken, openApp, pasteToken } from './helpers';

test('emoji, CJK and right-to-left text render as they are', async ({ page }) => {
  await openApp(page);
  const claims = { name: '😀 José', city: '東京', greeting: 'مرحبا بالعالم' };
  await pasteToken(page, makeToken({ alg: 'HS256', typ: 'JWT' }, claims));
  await expect(claimRow(page, 'name')).toContainText('😀 José');
  await expect(claimRow(page, 'city')).toContainText('東京');
  await expect(claimRow(page, 'greeting')).toContainText('مرحبا بالعالم');
  expect(JSON.parse(await editorValue(page, 'payload-editor'))).toEqual(claims);
});

test('HTML and javascript: in claims are shown as text and never run', async ({ page }) => {
  const { errors } = await openApp(page);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const evil = '<img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=2</script>';
  await pasteToken(
    page,
    makeToken({ alg: 'HS256', kid: '<b>kid</b>' }, { html: evil, link: 'javascript:alert(1)', [evil]: 1 }),
  );
  await expect(claimRow(page, 'html')).toContainText('<img src=x');
  await expect(claimRow(page, 'link')).toContainText('javascript:alert(1)');
  await expect(page.locator('[data-testid="claims-table"] img')).toHaveCount(0);
  await expect(page.locator('[data-testid="claims-table"] a[href^="javascript"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
  expect(errors).toEqual([]);
});

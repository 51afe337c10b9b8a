// Journey: a 1 MB payload decodes without freezing the tab.
import { expect, test } from '@playwright/test';
import { claimRow, makeToken, openApp } from './helpers';

test('a 1 MB payload decodes and the page stays responsive', async ({ page }) => {
  const { errors } = await openApp(page);
  const items = Array.from({ length: 9000 }, (_, i) => ({ id: i, label: `item-${i}-${'x'.repeat(80)}` }));
  const token = makeToken(
    { alg: 'HS256', typ: 'JWT' },
    { sub: 'big', items, exp: Math.floor(Date.now() / 1000) + 60 },
  );
  expect(token.length).toBeGreaterThan(1_000_000);
  // Set the value and fire one input event, as a paste does.
  await page.getByTestId('token-input').evaluate((el, t) => {
    const ta = el as HTMLTextAreaElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    setter?.call(ta, t);
    ta.dispatchEvent(new Event('input', { bubbles: true }));
  }, token);
  await expect(page.getByTestId('token-status')).toHaveAttribute('data-state', 'decoded', {
    timeout: 10_000,
  });
  await expect(claimRow(page, 'exp')).toHaveAttribute('data-status', 'ok');
  await expect(claimRow(page, 'items')).toContainText('characters');
  // The main thread answers promptly afterwards.
  const t0 = Date.now();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  expect(Date.now() - t0).toBeLessThan(2000);
  expect(errors).toEqual([]);
});

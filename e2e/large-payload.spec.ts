// Journey: a 1 MB payload decodes without freezing the tab; the megabyte of token text is not drawn until asked.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { claimRow, editorValue, makeToken, openApp } from './helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

function largeToken(sub = 'big'): string {
  const items = Array.from({ length: 9000 }, (_, i) => ({ id: i, label: `item-${i}-${'x'.repeat(80)}` }));
  return makeToken({ alg: 'HS256', typ: 'JWT' }, { sub, items, exp: Math.floor(Date.now() / 1000) + 60 });
}

/** Puts text on the clipboard and presses Ctrl+V in the focused element: a real paste, not a synthetic event. */
async function pasteFromClipboard(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+v');
}

test('a 1 MB payload decodes and the page stays responsive', async ({ page }) => {
  const { errors } = await openApp(page);
  const token = largeToken();
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

test('a large token is kept but not drawn: the notice says so, and the whole token is one click away', async ({
  page,
}) => {
  const { errors } = await openApp(page);
  const input = page.getByTestId('token-input');
  await input.fill('a.b');
  await input.focus();
  await page.keyboard.press('ControlOrMeta+a');
  const token = largeToken();
  await pasteFromClipboard(page, token);

  await expect(page.getByTestId('token-status')).toHaveAttribute('data-state', 'decoded', {
    timeout: 10_000,
  });
  const veil = page.getByTestId('token-veil');
  await expect(veil).toContainText('This token is 1.');
  await expect(veil).toContainText(`${token.length.toLocaleString('en')} characters`);
  // The token itself is intact: the contract's inputValue() reads it, and the payload is decoded from it.
  expect(await input.inputValue()).toBe(token);
  expect(JSON.parse(await editorValue(page, 'payload-editor')).sub).toBe('big');
  await expect(input).toHaveCSS('content-visibility', 'hidden');
  // The caret left the hidden box (Chromium would lay its text out for it); the notice has focus instead.
  await expect(veil).toBeFocused();

  // Copy still gives the whole token.
  await page.getByTestId('copy-token').click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(token);

  // Pasting onto the notice replaces the token; a small token is drawn again.
  const small = makeToken({ alg: 'HS256', typ: 'JWT' }, { sub: 'small' });
  await veil.click();
  await pasteFromClipboard(page, small);
  await expect(input).toHaveValue(small);
  await expect(veil).toHaveCount(0);
  await expect(input).not.toHaveCSS('content-visibility', 'hidden');

  // "Show the whole token" draws it.
  const other = largeToken('other');
  await input.fill(other);
  await expect(veil).toBeVisible();
  expect(JSON.parse(await editorValue(page, 'payload-editor')).sub).toBe('other');
  await page.getByTestId('show-token').click();
  await expect(veil).toHaveCount(0);
  await expect(input).not.toHaveCSS('content-visibility', 'hidden');
  await expect(input).toHaveValue(other);

  // fill() works on the box while it is hidden, as the contract says: it replaces the token.
  await input.fill(small);
  await input.fill(largeToken('third'));
  await expect(veil).toBeVisible();
  await input.fill(other);
  await expect(input).toHaveValue(other);
  // Three 1.3 MB fills in a row: the editor takes its value in a task of its own, which a busy machine delays.
  await expect
    .poll(async () => JSON.parse(await editorValue(page, 'payload-editor')).sub, { timeout: 20_000 })
    .toBe('other');
  expect(errors).toEqual([]);
});

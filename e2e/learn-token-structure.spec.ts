// Journey: learn how a token is built: the exact signing input, what the alg does, parts linked to their
// panes on hover and focus, and a ready example (token + key) for every alg.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { openApp, pasteToken, signHs256, waitForEditors } from './helpers';

const HEADER = { alg: 'HS256', typ: 'JWT' };
const PAYLOAD = { sub: 'ada', name: 'Ada Lovelace', iat: 1_700_000_000 };
const TOKEN = signHs256(HEADER, PAYLOAD, 'a-long-enough-secret-for-hs256-ok!');

test.describe.configure({ timeout: 90_000 });

const activePart = (page: Page) => page.locator('.app').getAttribute('data-active-part');

/** Moves the mouse to the middle of an element's first line box (the token backdrop ignores pointers). */
async function pointAt(page: Page, selector: string) {
  const rect = await page.locator(selector).evaluate((el) => {
    const r = el.getClientRects()[0]!;
    return { x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2 };
  });
  await page.mouse.move(rect.x, rect.y);
}

test('the panel shows the exact signing input and explains the alg with its RFC', async ({ page }) => {
  const { errors } = await openApp(page);
  await pasteToken(page, TOKEN);
  const [h, p] = TOKEN.split('.');
  const panel = page.getByTestId('how-it-is-built');
  await expect(page.getByTestId('signing-input')).toHaveText(`${h}.${p}`);
  await expect(panel).toContainText('HMAC-SHA-256');
  await expect(panel).toContainText('32 bytes');
  await expect(panel.getByRole('link', { name: 'RFC 7515 §5.1' })).toHaveAttribute(
    'href',
    'https://www.rfc-editor.org/rfc/rfc7515#section-5.1',
  );
  await expect(panel.getByRole('link', { name: 'RFC 7518 §3.2' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('hovering or focusing a token part highlights its editor, and back', async ({ page }) => {
  await openApp(page);
  await pasteToken(page, TOKEN);
  await waitForEditors(page);

  await pointAt(page, '.token-backdrop .part-payload');
  await expect.poll(() => activePart(page)).toBe('payload');
  await expect(page.locator('.payload-box')).not.toHaveCSS('box-shadow', 'none');
  await expect(page.locator('.header-box')).toHaveCSS('box-shadow', 'none');

  await pointAt(page, '.token-backdrop .part-header');
  await expect.poll(() => activePart(page)).toBe('header');

  // And back: pointing at the payload editor marks the payload part of the token.
  await page.getByTestId('payload-editor').hover();
  await expect.poll(() => activePart(page)).toBe('payload');
  await expect(page.locator('.token-backdrop .part-payload')).not.toHaveCSS(
    'background-color',
    'rgba(0, 0, 0, 0)',
  );
  await page.mouse.move(0, 0);
  await expect.poll(() => activePart(page)).toBeNull();

  // Keyboard: the part holding the caret in the token box is the one linked.
  const input = page.getByTestId('token-input');
  await input.focus();
  await input.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(3, 3));
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => activePart(page)).toBe('header');
  const signatureStart = TOKEN.lastIndexOf('.') + 2;
  await input.evaluate((el: HTMLTextAreaElement, at) => el.setSelectionRange(at, at), signatureStart);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => activePart(page)).toBe('signature');
});

const ALGS = [
  'HS256',
  'HS384',
  'HS512',
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
];

test('the example picker makes a token that verifies for every alg', async ({ page }) => {
  test.setTimeout(120_000);
  const { errors } = await openApp(page);
  const picker = page.getByTestId('example-select');
  const signature = page.getByTestId('signature-status');
  const tokenAlg = () =>
    page
      .getByTestId('token-input')
      .inputValue()
      .then((t) => {
        const header: unknown = JSON.parse(
          Buffer.from(t.split('.')[0] ?? '', 'base64url').toString() || '{}',
        );
        return (header as { alg?: string }).alg;
      });
  for (const alg of ALGS) {
    await picker.selectOption(alg);
    await expect.poll(tokenAlg, { message: alg, timeout: 20_000 }).toBe(alg);
    await expect(signature).not.toHaveAttribute('data-busy', 'true');
    await expect(signature, alg).toHaveAttribute('data-state', 'valid');
    await expect(page.getByTestId('key-status')).toHaveAttribute('data-state', 'ok');
  }
  // The ECDSA explanation names the raw r‖s form and its length.
  await picker.selectOption('ES256');
  await expect.poll(tokenAlg).toBe('ES256');
  await expect(page.getByTestId('how-it-is-built')).toContainText('r‖s, 64 bytes');
  expect(errors).toEqual([]);
});

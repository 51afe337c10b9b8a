// Journey: copy the token, header, payload, key and signing input; drop a token file and a key file onto their boxes.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { editorValue, openApp, pasteToken, signHs256 } from './helpers';

const SECRET = 'a-long-enough-secret-for-hs256-ok!';
const TOKEN = signHs256({ alg: 'HS256', typ: 'JWT' }, { sub: 'ada', iat: 1_700_000_000 }, SECRET);

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Drops a file holding `text` onto the element, as a browser does for a file dragged from the desktop. */
async function dropFile(page: Page, testid: string, name: string, text: string) {
  await page.getByTestId(testid).evaluate(
    (el, [fileName, content]) => {
      const data = new DataTransfer();
      data.items.add(new File([content], fileName, { type: 'text/plain' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        el.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      }
    },
    [name, text] as const,
  );
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
// Monaco and WebCrypto on a busy CI machine can be slow; the journeys themselves are short.
test.describe.configure({ timeout: 90_000 });

test('copy buttons put the token, header, payload, key and signing input on the clipboard', async ({
  page,
}) => {
  const { errors } = await openApp(page);
  await pasteToken(page, TOKEN);
  await page.getByTestId('key-input').fill(SECRET);
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-state', 'valid');

  await page.getByTestId('copy-token').click();
  await expect.poll(() => clipboard(page)).toBe(TOKEN);

  await page.getByTestId('copy-header').click();
  await expect.poll(() => clipboard(page)).toBe(await editorValue(page, 'header-editor'));
  expect(JSON.parse(await clipboard(page))).toEqual({ alg: 'HS256', typ: 'JWT' });

  await page.getByTestId('copy-payload').click();
  await expect.poll(() => clipboard(page)).toBe(await editorValue(page, 'payload-editor'));
  expect(JSON.parse(await clipboard(page))).toEqual({ sub: 'ada', iat: 1_700_000_000 });

  await page.getByTestId('copy-key').click();
  await expect.poll(() => clipboard(page)).toBe(SECRET);

  await page.getByTestId('copy-signing-input').click();
  await expect.poll(() => clipboard(page)).toBe(TOKEN.slice(0, TOKEN.lastIndexOf('.')));
  expect(errors).toEqual([]);
});

test('dropping a token file and a key file fills their boxes', async ({ page }) => {
  const { errors } = await openApp(page);
  // A token file usually ends with a newline; pasting is forgiving, and so is dropping.
  await dropFile(page, 'token-input', 'token.jwt', `${TOKEN}\n`);
  await expect(page.getByTestId('token-input')).toHaveValue(TOKEN);
  await expect(page.getByTestId('token-status')).toHaveAttribute('data-state', 'decoded');
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-state', 'no-key');

  await dropFile(page, 'key-input', 'secret.txt', SECRET);
  await expect(page.getByTestId('key-input')).toHaveValue(SECRET);
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-state', 'valid');

  // A public key file (PEM) verifies an RS256 token the same way.
  await page.getByTestId('example-select').selectOption('RS256');
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-state', 'valid');
  const token = await page.getByTestId('token-input').inputValue();
  await page.getByTestId('clear-token').click();
  await page.getByTestId('key-input').fill('');
  await dropFile(page, 'token-input', 'rs256.jwt', token);
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-state', 'no-key');
  expect(errors).toEqual([]);
});

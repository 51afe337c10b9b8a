// Journey: paste a second token and see what differs: claims, header, signature, key verdicts; swap; compare with before.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectSettledState, openApp, pasteToken, setKey, signHs256 } from './helpers';

const SECRET = 'compare-secret-of-at-least-32-bytes!';
const now = Math.floor(Date.now() / 1000);
// The first token expired an hour ago; the second expires in an hour, has a kid, drops role, adds admin.
const FIRST = signHs256(
  { alg: 'HS256', typ: 'JWT' },
  { sub: 'user-1', role: 'user', exp: now - 3600, 'https://example.com/roles': ['a'] },
  SECRET,
);
const SECOND = signHs256(
  { alg: 'HS256', typ: 'JWT', kid: 'k1' },
  { sub: 'user-1', exp: now + 3600, 'https://example.com/roles': ['a', 'b'], admin: true },
  'another-secret-that-is-also-32-bytes',
);

// Monaco's diff editor loads on top of the page's own editors: slow on a loaded CI machine.
test.describe.configure({ timeout: 120_000 });

const row = (page: Page, part: string, path: string) =>
  page.locator(`[data-testid="diff-row"][data-part="${part}"][data-path="${path}"]`);

test('diff rows name added, removed and changed claims, the header change and the signature change', async ({
  page,
}) => {
  const { errors } = await openApp(page);
  await pasteToken(page, FIRST);
  await setKey(page, SECRET);
  await expectSettledState(page, 'signature-status', 'valid');
  await page.getByTestId('compare-input').fill(SECOND);

  await expect(row(page, 'payload', '/admin')).toHaveAttribute('data-change', 'added');
  await expect(row(page, 'payload', '/role')).toHaveAttribute('data-change', 'removed');
  await expect(row(page, 'payload', '/exp')).toHaveAttribute('data-change', 'changed');
  await expect(row(page, 'payload', '/exp')).toContainText('exp 2 h later');
  // RFC 6901: "/" in a member name is written ~1.
  await expect(row(page, 'payload', '/https:~1~1example.com~1roles/1')).toHaveAttribute(
    'data-change',
    'added',
  );
  await expect(row(page, 'header', '/kid')).toHaveAttribute('data-change', 'added');
  await expect(row(page, 'signature', '')).toHaveAttribute('data-change', 'changed');
  await expect(page.getByTestId('diff-row')).toHaveCount(6);

  // The key box's secret verifies the first token only.
  const verdict = (which: string) =>
    page.locator(`[data-testid="compare-verification"][data-token="${which}"]`);
  await expect(verdict('first')).toHaveAttribute('data-state', 'valid');
  await expect(verdict('second')).toHaveAttribute('data-state', 'invalid');
  // Only the first has expired.
  const problems = page.getByTestId('compare-claim-problems');
  await expect(problems.locator('[data-token="first"][data-claim="exp"]')).toHaveAttribute(
    'data-status',
    'expired',
  );
  await expect(problems.locator('[data-token="second"]')).toHaveCount(0);
  // Monaco's side-by-side diff of header and payload.
  await expect(page.getByTestId('compare-header-diff').locator('.monaco-diff-editor')).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByTestId('compare-payload-diff').locator('.monaco-diff-editor')).toBeVisible();
  expect(errors).toEqual([]);
});

test('swap exchanges the two tokens, and the rows turn round', async ({ page }) => {
  const { errors } = await openApp(page);
  await pasteToken(page, FIRST);
  await page.getByTestId('compare-input').fill(SECOND);
  await expect(row(page, 'payload', '/admin')).toHaveAttribute('data-change', 'added');
  await page.getByTestId('compare-swap').click();
  await expect(page.getByTestId('token-input')).toHaveValue(SECOND);
  await expect(page.getByTestId('compare-input')).toHaveValue(FIRST);
  await expect(row(page, 'payload', '/admin')).toHaveAttribute('data-change', 'removed');
  await expect(row(page, 'header', '/kid')).toHaveAttribute('data-change', 'removed');
  await expect(row(page, 'payload', '/exp')).toContainText('exp 2 h earlier');
  expect(errors).toEqual([]);
});

test('one click compares with the token as it was before the last paste', async ({ page }) => {
  await openApp(page);
  await expect(page.getByTestId('compare-previous')).toBeDisabled();
  await pasteToken(page, FIRST);
  await pasteToken(page, SECOND);
  await page.getByTestId('compare-previous').click();
  await expect(page.getByTestId('compare-input')).toHaveValue(FIRST);
  await expect(row(page, 'payload', '/admin')).toHaveAttribute('data-change', 'removed');
});

test('a token compared with itself has no differences', async ({ page }) => {
  await openApp(page);
  await pasteToken(page, FIRST);
  await page.getByTestId('compare-input').fill(`Bearer ${FIRST}`);
  await expect(page.getByTestId('compare-summary')).toContainText('same');
  await expect(page.getByTestId('diff-row')).toHaveCount(0);
});

// Journey: the security advisor names what an attacker would notice, including a well-known secret found while typing stays responsive.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { generateKeyPairSync } from 'node:crypto';
import { makeToken, openApp, pasteToken, signHs256 } from './helpers';

test.describe.configure({ timeout: 120_000 });
const SLOW = { timeout: 30_000 };

const finding = (page: Page, code: string) => page.locator(`[data-testid="finding"][data-code="${code}"]`);
const now = () => Math.floor(Date.now() / 1000);

test('names the well-known secret a token was signed with, while typing elsewhere stays prompt', async ({
  page,
}) => {
  const { errors } = await openApp(page);
  // Records, for every keystroke, how long it waited for the page's main thread and whether the search ran.
  await page.evaluate(() => {
    const log: { delay: number; searching: boolean }[] = [];
    (window as unknown as { keyLog: typeof log }).keyLog = log;
    document.addEventListener(
      'keydown',
      (event) => {
        const search = document.querySelector('[data-testid="weak-secret-search"]');
        log.push({
          delay: performance.now() - event.timeStamp,
          searching: search?.getAttribute('data-state') === 'searching',
        });
      },
      true,
    );
  });
  // The last secret of the built-in list, over a 256 KB payload: every candidate hashes it, so the search
  // takes seconds rather than milliseconds and the typing below really overlaps it.
  const padding = 'x'.repeat(256 * 1024);
  const late = signHs256({ alg: 'HS256', typ: 'JWT' }, { sub: 'w', exp: now() + 600, padding }, '21041990');
  await pasteToken(page, late);
  const audience = page.getByTestId('expected-audience');
  await audience.pressSequentially('api://typed-while-searching');
  await expect(audience).toHaveValue('api://typed-while-searching');
  await expect(page.getByTestId('weak-secret-search')).toContainText(
    /(Checking|list of) [\d,]+ well-known secrets/,
  );

  await expect(finding(page, 'weak-secret')).toContainText('"21041990"', SLOW);
  await expect(finding(page, 'weak-secret')).toHaveAttribute('data-severity', 'high');
  await expect(page.getByTestId('findings')).not.toHaveAttribute('data-busy', 'true');

  const log = await page.evaluate(
    () => (window as unknown as { keyLog: { delay: number; searching: boolean }[] }).keyLog,
  );
  const duringSearch = log.filter((entry) => entry.searching);
  const delays = duringSearch.map((entry) => entry.delay).sort((a, b) => a - b);
  // The search really overlapped the typing. A search on the main thread would hold keystrokes for the
  // seconds it takes; in the worker a typical keystroke waits a few milliseconds, and even the slowest
  // (a re-render of this 256 KB token on a busy machine) well under a second.
  expect(delays.length).toBeGreaterThanOrEqual(3);
  expect(delays[Math.floor(delays.length / 2)]).toBeLessThan(150);
  expect(delays[delays.length - 1]).toBeLessThan(1000);

  // A common secret from the top of the list is named too, and the finding links to its rule.
  await pasteToken(
    page,
    signHs256({ alg: 'HS256', typ: 'JWT' }, { sub: 'w', exp: now() + 600 }, 'your-256-bit-secret'),
  );
  await expect(finding(page, 'weak-secret')).toContainText('"your-256-bit-secret"', SLOW);
  await expect(finding(page, 'weak-secret').locator('a[href*="rfc8725#section-3.5"]')).toBeVisible();
  expect(errors).toEqual([]);
});

test('stops searching when the token changes, and keeps no stale answer', async ({ page }) => {
  await openApp(page);
  await pasteToken(page, signHs256({ alg: 'HS256' }, { sub: 'first', exp: now() + 600 }, '21041990'));
  await expect(page.getByTestId('weak-secret-search')).toHaveAttribute('data-state', 'searching');
  const unlisted = signHs256(
    { alg: 'HS256' },
    { sub: 'second', exp: now() + 600 },
    'q8T!z0-not-in-any-list-4c1e',
  );
  await pasteToken(page, unlisted);
  await expect(page.getByTestId('weak-secret-search')).toHaveAttribute('data-state', 'not-found', SLOW);
  await expect(finding(page, 'weak-secret')).toHaveCount(0);
  // A token that is not HS* is not searched at all.
  await pasteToken(page, makeToken({ alg: 'RS256' }, { sub: 'third', exp: now() + 600 }));
  await expect(page.getByTestId('weak-secret-search')).toHaveCount(0);
});

test('explains alg none, sensitive claims, a suspicious kid and missing or millisecond expiry', async ({
  page,
}) => {
  const { errors } = await openApp(page);

  await pasteToken(page, makeToken({ alg: 'none', typ: 'JWT' }, { sub: 'u', exp: now() + 600 }, ''));
  await expect(finding(page, 'alg-none')).toHaveAttribute('data-severity', 'high');
  await expect(finding(page, 'alg-none')).toContainText('no signature');
  await expect(finding(page, 'alg-none').locator('a[href*="rfc8725"]')).toBeVisible();

  await pasteToken(
    page,
    makeToken({ alg: 'HS256', kid: '../../../../dev/null' }, { sub: 'u', password: 'hunter2', iat: now() }),
  );
  await expect(finding(page, 'sensitive-claim')).toContainText('password');
  await expect(finding(page, 'sensitive-claim')).toHaveAttribute('data-severity', 'high');
  await expect(finding(page, 'kid-suspicious')).toContainText('../../../../dev/null');
  await expect(finding(page, 'kid-suspicious')).toHaveAttribute('data-severity', 'medium');
  await expect(finding(page, 'missing-exp')).toBeVisible();
  await expect(finding(page, 'missing-exp').locator('a[href*="rfc7519#section-4.1.4"]')).toBeVisible();

  await pasteToken(page, makeToken({ alg: 'HS256' }, { sub: 'u', exp: Date.now() + 60_000 }));
  await expect(finding(page, 'exp-in-milliseconds')).toContainText('milliseconds');
  await expect(finding(page, 'missing-exp')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('warns of algorithm confusion when an HS256 token is checked with a public key', async ({ page }) => {
  await openApp(page);
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  await pasteToken(page, signHs256({ alg: 'HS256' }, { sub: 'u', exp: now() + 600 }, pem));
  await page.getByTestId('key-input').fill(pem);
  await expect(finding(page, 'alg-confusion')).toHaveAttribute('data-severity', 'high');
  await expect(finding(page, 'alg-confusion')).toContainText('PEM public key');
  await expect(finding(page, 'alg-confusion').locator('a[href*="rfc8725#section-3.1"]')).toBeVisible();
});

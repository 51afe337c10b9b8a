// Journey: judge a token's claims at a chosen time with expected audience/issuer and leeway; every row at once.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { claimRow, makeToken, openApp, pasteToken, signHs256 } from './helpers';

// Each test drives several edits through the page; a loaded CI machine needs more than 30 s.
test.describe.configure({ timeout: 90_000 });

const AT = Date.UTC(2030, 0, 1) / 1000; // 2030-01-01T00:00:00Z, the moment claims are judged at
const AT_ISO = '2030-01-01T00:00:00Z';
const HOUR = 3600;
const SECRET = 'a-shared-secret-of-at-least-32-bytes!';

const option = (page: Page, testid: string) => page.getByTestId(testid);
const verdict = (page: Page) => page.getByTestId('verdict');
// Monaco adds its own (empty) alert regions; this is the validation panel's.
const timeError = (page: Page) => page.getByRole('alert').filter({ hasText: 'Judge at' });

async function judgeAt(page: Page, time: string | number): Promise<void> {
  await option(page, 'evaluation-time').fill(String(time));
}

async function expectRows(page: Page, rows: Record<string, string>): Promise<void> {
  for (const [claim, status] of Object.entries(rows))
    await expect(claimRow(page, claim), claim).toHaveAttribute('data-status', status);
}

test('a token that is expired, not yet valid, for another audience and from another issuer: every row judged', async ({
  page,
}) => {
  const { errors } = await openApp(page);
  const token = signHs256(
    { alg: 'HS256', typ: 'JWT' },
    {
      iss: 'https://evil.example',
      aud: ['api://other', 'api://third'],
      sub: 'alice',
      exp: AT - 2 * HOUR,
      nbf: AT + 5 * HOUR,
      iat: AT + 3 * HOUR,
      scope: 'read',
    },
    SECRET,
  );
  await pasteToken(page, token);
  await page.getByTestId('key-input').fill(SECRET);
  await judgeAt(page, AT_ISO);
  await option(page, 'expected-audience').fill('api://mine, api://also-mine');
  await option(page, 'expected-issuer').fill('https://login.example, https://backup.example');
  await expectRows(page, {
    exp: 'expired',
    nbf: 'not-yet-valid',
    iat: 'issued-in-future',
    aud: 'mismatch',
    iss: 'mismatch',
    sub: 'info',
    scope: 'info',
  });
  await expect(page.getByTestId('claim-row')).toHaveCount(7);
  // A good signature does not hide the claim problems; the verdict line names each one.
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-state', 'valid');
  const line = verdict(page);
  await expect(line).toContainText('Signature verified');
  await expect(line).toContainText('expired 2 hours ago');
  await expect(line).toContainText(/not valid yet \(valid in 5 hours\)/);
  await expect(line).toContainText('issued in the future (in 3 hours)');
  await expect(line).toContainText('audience mismatch (expected api://mine or api://also-mine)');
  await expect(line).toContainText(
    'issuer mismatch (expected https://login.example or https://backup.example)',
  );
  await expect(line).not.toContainText('claims OK');
  await expect(claimRow(page, 'aud')).toContainText('expected api://mine or api://also-mine');

  // Fixing each expectation and the time, one at a time, clears exactly that row.
  await option(page, 'expected-audience').fill('api://mine,api://third');
  await expect(claimRow(page, 'aud')).toHaveAttribute('data-status', 'ok');
  await option(page, 'expected-issuer').fill('https://evil.example');
  await expect(claimRow(page, 'iss')).toHaveAttribute('data-status', 'ok');
  await expectRows(page, { exp: 'expired', nbf: 'not-yet-valid', iat: 'issued-in-future' });
  await judgeAt(page, AT + 4 * HOUR); // Unix seconds: now iat is past, exp still past, nbf still ahead
  await expectRows(page, { exp: 'expired', nbf: 'not-yet-valid', iat: 'ok' });
  // exp was 6 hours before this moment; 7 hours of leeway forgive it (nbf is an hour ahead, within it).
  await option(page, 'clock-tolerance').fill(String(7 * HOUR));
  await expectRows(page, { exp: 'ok', nbf: 'ok', iat: 'ok', aud: 'ok', iss: 'ok' });
  await expect(line).toContainText('claims OK');
  expect(errors).toEqual([]);
});

test('expected audience and issuer on a token without them add missing rows', async ({ page }) => {
  await openApp(page);
  await pasteToken(page, makeToken({ alg: 'HS256' }, { sub: 'x', exp: AT + HOUR }));
  await judgeAt(page, AT_ISO);
  await expect(claimRow(page, 'aud')).toHaveCount(0);
  await option(page, 'expected-audience').fill('api://a, api://b');
  await option(page, 'expected-issuer').fill('https://issuer.example');
  await expectRows(page, { aud: 'missing', iss: 'missing', exp: 'ok', sub: 'info' });
  await expect(claimRow(page, 'aud')).toContainText('absent');
  await expect(verdict(page)).toContainText('audience missing (expected api://a or api://b)');
  await expect(verdict(page)).toContainText('issuer missing (expected https://issuer.example)');
  // Clearing the expectations removes the rows again.
  await option(page, 'expected-audience').fill(' , ');
  await option(page, 'expected-issuer').fill('');
  await expect(claimRow(page, 'aud')).toHaveCount(0);
  await expect(claimRow(page, 'iss')).toHaveCount(0);
});

test('any one of several expected values may match a string or an array claim', async ({ page }) => {
  await openApp(page);
  await pasteToken(page, makeToken({ alg: 'HS256' }, { aud: 'api://b', iss: 'https://b.example/' }));
  await option(page, 'expected-audience').fill('api://a,api://b ,api://c');
  await option(page, 'expected-issuer').fill('https://a.example/,   https://b.example/');
  await expectRows(page, { aud: 'ok', iss: 'ok' });
  // Exact match: a trailing slash or case difference is a different issuer.
  await option(page, 'expected-issuer').fill('https://b.example, HTTPS://B.EXAMPLE/');
  await expectRows(page, { iss: 'mismatch' });
  await pasteToken(page, makeToken({ alg: 'HS256' }, { aud: ['x', 'y', 'api://c'] }));
  await expectRows(page, { aud: 'ok' });
  await pasteToken(page, makeToken({ alg: 'HS256' }, { aud: 42, iss: ['https://b.example/'] }));
  await expectRows(page, { aud: 'invalid', iss: 'mismatch' });
});

test('clock tolerance applies to exp, nbf and iat at their exact edges', async ({ page }) => {
  await openApp(page);
  await pasteToken(page, makeToken({ alg: 'HS256' }, { exp: AT - 30, nbf: AT + 30, iat: AT + 30 }));
  await judgeAt(page, AT);
  await expectRows(page, { exp: 'expired', nbf: 'not-yet-valid', iat: 'issued-in-future' });
  await option(page, 'clock-tolerance').fill('29');
  await expectRows(page, { exp: 'expired', nbf: 'not-yet-valid', iat: 'issued-in-future' });
  // RFC 7519 §4.1.4: exp is exclusive (exp = now - leeway has expired); nbf is inclusive.
  await option(page, 'clock-tolerance').fill('30');
  await expectRows(page, { exp: 'expired', nbf: 'ok', iat: 'ok' });
  await option(page, 'clock-tolerance').fill('31');
  await expectRows(page, { exp: 'ok', nbf: 'ok', iat: 'ok' });
  // Nonsense tolerance counts as zero.
  await option(page, 'clock-tolerance').fill('-500');
  await expectRows(page, { exp: 'expired', nbf: 'not-yet-valid' });
  await option(page, 'clock-tolerance').fill('soon');
  await expectRows(page, { exp: 'expired', nbf: 'not-yet-valid' });
});

test('evaluation time as ISO 8601 and as Unix seconds judge alike', async ({ page }) => {
  await openApp(page);
  await pasteToken(page, makeToken({ alg: 'HS256' }, { exp: AT, nbf: AT - HOUR }));
  for (const [time, exp, nbf] of [
    [AT_ISO, 'expired', 'ok'],
    [String(AT), 'expired', 'ok'],
    ['2029-12-31T23:59:59Z', 'ok', 'ok'],
    [String(AT - 1), 'ok', 'ok'],
    ['2029-12-31T23:00:00+00:00', 'ok', 'ok'],
    ['2030-01-01T00:59:59+01:00', 'ok', 'ok'], // 23:59:59 UTC
    [String((AT - HOUR - 1) * 1000), 'ok', 'not-yet-valid'], // milliseconds pasted by mistake
  ] as const) {
    await judgeAt(page, time);
    await expectRows(page, { exp, nbf });
  }
  await expect(timeError(page)).toHaveCount(0);
  // A time that is not ISO 8601 or seconds is refused in words and "now" is used (both still ahead).
  await judgeAt(page, 'next tuesday');
  await expect(timeError(page)).toContainText('ISO 8601');
  await expect(option(page, 'evaluation-time')).toHaveAttribute('aria-invalid', 'true');
  await expectRows(page, { exp: 'ok', nbf: 'not-yet-valid' });
  // Empty means live "now".
  await judgeAt(page, '');
  await expect(timeError(page)).toHaveCount(0);
});

test('time claims that are not numbers are invalid rows, named in the verdict', async ({ page }) => {
  await openApp(page);
  await pasteToken(page, makeToken({ alg: 'HS256' }, { exp: '2030-01-01', nbf: null, iat: true }));
  await expectRows(page, { exp: 'invalid', nbf: 'invalid', iat: 'invalid' });
  await expect(claimRow(page, 'exp')).toContainText('NumericDate');
  await expect(verdict(page)).toContainText('exp is invalid');
  await expect(verdict(page)).toContainText('nbf is invalid');
});

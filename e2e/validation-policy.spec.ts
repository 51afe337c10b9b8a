// Journey: "why does my server reject it?": set a validation policy, read each check, and what each library would say.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { openApp, pasteToken, signHs256 } from './helpers';

const SECRET = 'validation-policy-e2e-secret-0123456789';
const now = () => Math.floor(Date.now() / 1000);

const check = (page: Page, name: string) =>
  page.locator(`[data-testid="policy-check"][data-check="${name}"]`);
const verdict = (page: Page, lib: string) =>
  page.locator(`[data-testid="library-verdict"][data-lib="${lib}"]`);

async function open(page: Page, token: string, key = SECRET) {
  const { errors } = await openApp(page);
  await pasteToken(page, token);
  if (key !== '') await page.getByTestId('key-input').fill(key);
  await expect(page.getByTestId('library-verdicts')).not.toHaveAttribute('data-busy', 'true');
  return errors;
}

async function expectVerdicts(page: Page, expected: Record<string, [string, string?]>) {
  await expect(page.getByTestId('library-verdicts')).not.toHaveAttribute('data-busy', 'true');
  for (const [lib, [v, error]] of Object.entries(expected)) {
    await expect(verdict(page, lib)).toHaveAttribute('data-verdict', v);
    if (error !== undefined) await expect(verdict(page, lib)).toHaveAttribute('data-error', error);
    else await expect(verdict(page, lib)).not.toHaveAttribute('data-error');
  }
}

test('each policy input makes its check fail and pass', async ({ page }) => {
  const token = signHs256(
    { alg: 'HS256', typ: 'JWT' },
    { sub: 'u', iat: now() - 600, exp: now() + 3600 },
    SECRET,
  );
  const errors = await open(page, token);
  await expect(page.getByTestId('policy-check')).toHaveCount(0);

  await page.getByTestId('allowed-algorithms').fill('RS256, ES256');
  await expect(check(page, 'alg')).toHaveAttribute('data-status', 'fail');
  await expect(page.getByTestId('verdict')).toContainText('alg HS256 not allowed');
  await page.getByTestId('allowed-algorithms').fill('HS256, HS512');
  await expect(check(page, 'alg')).toHaveAttribute('data-status', 'ok');
  await expect(page.getByTestId('verdict')).not.toContainText('not allowed');

  await page.getByTestId('required-claims').fill('exp, jti');
  await expect(check(page, 'required:exp')).toHaveAttribute('data-status', 'ok');
  await expect(check(page, 'required:jti')).toHaveAttribute('data-status', 'fail');
  await page.getByTestId('required-claims').fill('exp');
  await expect(check(page, 'required:jti')).toHaveCount(0);
  await expect(check(page, 'required:exp')).toHaveAttribute('data-status', 'ok');

  await page.getByTestId('expected-type').fill('at+jwt');
  await expect(check(page, 'typ')).toHaveAttribute('data-status', 'fail');
  await page.getByTestId('expected-type').fill('application/jwt');
  await expect(check(page, 'typ')).toHaveAttribute('data-status', 'ok');

  await page.getByTestId('max-age').fill('5m');
  await expect(check(page, 'max-age')).toHaveAttribute('data-status', 'fail');
  await expect(verdict(page, 'jose')).toHaveAttribute('data-error', 'ERR_JWT_EXPIRED');
  await page.getByTestId('max-age').fill('1h');
  await expect(check(page, 'max-age')).toHaveAttribute('data-status', 'ok');

  await expect(page.getByTestId('policy-check')).toHaveCount(4);
  await expect(page.getByTestId('verdict')).toHaveClass(/verdict-good/);
  // The copy-as-code snippets carry every option that is set.
  const jose = page.locator('[data-testid="code-snippet"][data-lang="jose"]');
  await expect(jose).toContainText("algorithms: ['HS256', 'HS512']");
  await expect(jose).toContainText("typ: 'application/jwt'");
  await expect(jose).toContainText('maxTokenAge: 3600');
  expect(errors).toEqual([]);
});

test('a token with aud and no expected audience: PyJWT refuses it, the others accept', async ({ page }) => {
  const token = signHs256({ alg: 'HS256' }, { aud: 'api', exp: now() + 3600 }, SECRET);
  await open(page, token);
  await expectVerdicts(page, {
    pyjwt: ['reject', 'InvalidAudienceError'],
    jsonwebtoken: ['accept'],
    jose: ['accept'],
  });
  for (const lib of ['pyjwt', 'jsonwebtoken', 'jose']) {
    await expect(verdict(page, lib)).toHaveAttribute('data-version', /^\d+\.\d+\.\d+$/);
  }
  await expect(verdict(page, 'pyjwt')).toHaveAttribute('data-version', '2.6.0');
  await expect(verdict(page, 'pyjwt')).toContainText('jwt.decode(token, key, algorithms=["HS256"])');

  // Live: expecting the audience makes every library accept; the calls name it their own way.
  await page.getByTestId('expected-audience').fill('api');
  await expectVerdicts(page, { pyjwt: ['accept'], jsonwebtoken: ['accept'], jose: ['accept'] });
  await expect(verdict(page, 'pyjwt')).toContainText('audience="api"');
  await expect(verdict(page, 'jose')).toContainText("audience: 'api'");
  await page.getByTestId('expected-audience').fill('other');
  await expectVerdicts(page, {
    pyjwt: ['reject', 'InvalidAudienceError'],
    jsonwebtoken: ['reject', 'jwt audience invalid. expected: other'],
    jose: ['reject', 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
  });
});

test('an expired token, then the wrong key, then no key', async ({ page }) => {
  const token = signHs256({ alg: 'HS256' }, { sub: 'u', exp: now() - 86400 }, SECRET);
  await open(page, token);
  await expectVerdicts(page, {
    pyjwt: ['reject', 'ExpiredSignatureError'],
    jsonwebtoken: ['reject', 'jwt expired'],
    jose: ['reject', 'ERR_JWT_EXPIRED'],
  });

  await page.getByTestId('clock-tolerance').fill('172800');
  await expectVerdicts(page, { pyjwt: ['accept'], jsonwebtoken: ['accept'], jose: ['accept'] });
  await expect(verdict(page, 'pyjwt')).toContainText('leeway=172800');
  await expect(verdict(page, 'jsonwebtoken')).toContainText('clockTolerance: 172800');

  await page.getByTestId('key-input').fill('another-secret-entirely-0123456789abcdef');
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-state', 'invalid');
  await expectVerdicts(page, {
    pyjwt: ['reject', 'InvalidSignatureError'],
    jsonwebtoken: ['reject', 'invalid signature'],
    jose: ['reject', 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED'],
  });

  await page.getByTestId('key-input').fill('');
  await expectVerdicts(page, { pyjwt: ['unknown'], jsonwebtoken: ['unknown'], jose: ['unknown'] });
});

test('an algorithm outside the allowed list is refused by every library, whatever the signature', async ({
  page,
}) => {
  const token = signHs256({ alg: 'HS256' }, { exp: now() + 3600 }, SECRET);
  await open(page, token);
  await page.getByTestId('allowed-algorithms').fill('RS256');
  await expectVerdicts(page, {
    pyjwt: ['reject', 'InvalidAlgorithmError'],
    jsonwebtoken: ['reject', 'invalid algorithm'],
    jose: ['reject', 'ERR_JOSE_ALG_NOT_ALLOWED'],
  });
});

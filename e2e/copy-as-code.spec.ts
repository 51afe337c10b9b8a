// Journey: copy code that verifies this token with the current options, and run it in Node to prove it works.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { openApp, pasteToken, signHs256 } from './helpers';

test.describe.configure({ timeout: 120_000 });

const SECRET = 'k7Qz-a-long-random-test-secret-only-for-this-spec-0391';
const now = () => Math.floor(Date.now() / 1000);
const token = signHs256(
  { alg: 'HS256', typ: 'JWT' },
  { sub: 'user-42', aud: 'api://two', iss: 'https://issuer.example', iat: now(), exp: now() + 600 },
  SECRET,
);

const snippet = (page: Page, lang: 'jose' | 'pyjwt' | 'jsonwebtoken') =>
  page.locator(`[data-testid="code-snippet"][data-lang="${lang}"]`);

async function setUp(page: Page): Promise<{ errors: string[] }> {
  const opened = await openApp(page);
  await pasteToken(page, token);
  await page.getByTestId('key-input').fill(SECRET);
  await page.getByTestId('expected-audience').fill('api://one, api://two');
  await page.getByTestId('expected-issuer').fill('https://issuer.example');
  await page.getByTestId('clock-tolerance').fill('30');
  // The snippets follow a render behind the verdict (a deferred render): wait until they have every option.
  await expect(snippet(page, 'jose')).toContainText('clockTolerance: 30');
  await expect(snippet(page, 'jose')).toContainText(token);
  return opened;
}

/** Runs an ES module in Node from inside the project, so it imports the project's jose and jsonwebtoken. */
function runInNode(path: string, code: string, env: Record<string, string> = {}): string {
  writeFileSync(path, code);
  return execFileSync(process.execPath, [path], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 30_000,
  });
}

test('each snippet carries the expected audience, issuer and clock tolerance, with the key as a placeholder', async ({
  page,
}) => {
  const { errors } = await setUp(page);
  const jose = snippet(page, 'jose');
  await expect(jose).toContainText("audience: ['api://one', 'api://two']");
  await expect(jose).toContainText("issuer: 'https://issuer.example'");
  await expect(jose).toContainText('clockTolerance: 30');
  await expect(jose).toContainText("algorithms: ['HS256']");
  await expect(jose).toContainText("requiredClaims: ['exp']");
  await expect(jose).toContainText('process.env.JWT_SECRET');
  await expect(jose).toContainText(token);
  const pyjwt = snippet(page, 'pyjwt');
  await expect(pyjwt).toContainText('audience=["api://one", "api://two"]');
  await expect(pyjwt).toContainText('issuer="https://issuer.example"');
  await expect(pyjwt).toContainText('leeway=30');
  await expect(pyjwt).toContainText('os.environ["JWT_SECRET"]');
  const jsonwebtoken = snippet(page, 'jsonwebtoken');
  await expect(jsonwebtoken).toContainText('clockTolerance: 30');
  await expect(jsonwebtoken).toContainText('process.env.JWT_SECRET');
  for (const lang of ['jose', 'pyjwt', 'jsonwebtoken'] as const) {
    await expect(snippet(page, lang)).not.toContainText(SECRET);
  }

  // Ticking "include key" writes the secret into every snippet instead of the placeholder.
  await page.getByTestId('include-key').check();
  for (const lang of ['jose', 'pyjwt', 'jsonwebtoken'] as const) {
    await expect(snippet(page, lang)).toContainText(SECRET);
    await expect(snippet(page, lang)).not.toContainText('JWT_SECRET');
  }
  await page.getByTestId('include-key').uncheck();
  await expect(jose).not.toContainText(SECRET);

  // Changing an option rewrites the code at once.
  await page.getByTestId('clock-tolerance').fill('0');
  await expect(jose).not.toContainText('clockTolerance');
  expect(errors).toEqual([]);
});

test('the copy button puts the snippet on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await setUp(page);
  const code = await snippet(page, 'jose').textContent();
  await page.locator('[data-testid="copy-snippet"][data-lang="jose"]').click();
  await expect(page.locator('[data-testid="copy-snippet"][data-lang="jose"]')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
});

test('the jose and jsonwebtoken snippets verify the token when run in Node', async ({ page }, testInfo) => {
  await setUp(page);
  const placeholder = (await snippet(page, 'jose').textContent()) ?? '';
  const out = runInNode(testInfo.outputPath('jose-placeholder.mjs'), placeholder, { JWT_SECRET: SECRET });
  expect(out).toContain('user-42');
  // With the wrong secret in the environment the same code rejects the token.
  expect(() =>
    runInNode(testInfo.outputPath('jose-wrong.mjs'), placeholder, { JWT_SECRET: 'wrong-secret' }),
  ).toThrow();

  await page.getByTestId('include-key').check();
  await expect(snippet(page, 'jose')).toContainText(SECRET);
  const included = (await snippet(page, 'jose').textContent()) ?? '';
  expect(runInNode(testInfo.outputPath('jose-included.mjs'), included)).toContain('user-42');
  const jsonwebtoken = (await snippet(page, 'jsonwebtoken').textContent()) ?? '';
  expect(runInNode(testInfo.outputPath('jsonwebtoken-included.mjs'), jsonwebtoken)).toContain('user-42');

  // An expected audience the token does not carry makes the generated code reject it too.
  await page.getByTestId('expected-audience').fill('api://somebody-else');
  await expect(snippet(page, 'jose')).toContainText("audience: 'api://somebody-else'");
  const strict = (await snippet(page, 'jose').textContent()) ?? '';
  expect(() => runInNode(testInfo.outputPath('jose-audience.mjs'), strict)).toThrow();
});

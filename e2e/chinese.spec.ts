// Journey: a reader whose browser prefers Chinese gets the page in Simplified Chinese (labels, headings, buttons,
// claim verdicts, <html lang>), can switch to English and back without losing the token, key or options, and
// axe finds no serious problem in Chinese in either theme.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { claimRow, editorValue, openApp, pasteToken, signHs256, waitForEditors } from './helpers';

test.use({ locale: 'zh-CN' });
test.describe.configure({ timeout: 90_000 });

const SECRET = 'a-long-enough-secret-for-hs256-ok!';
const NOW = Math.floor(Date.now() / 1000);
// exp an hour ago, nbf in a day: the claims table shows both verdict badges.
const TOKEN = signHs256(
  { alg: 'HS256', typ: 'JWT' },
  {
    sub: 'ada',
    iss: 'https://issuer.example/',
    aud: 'api',
    iat: NOW - 7200,
    exp: NOW - 3600,
    nbf: NOW + 86400,
  },
  SECRET,
);
const HAN = /\p{Script=Han}/u;

// Words that are the same in every language: spec and API names (alg, exp, kid, scope, dir, PyJWT's algorithms= and
// options={"require": …}, a JWKS's keys), example values in placeholders (api://my-app, https://…), and anything
// in capitals, camelCase or with a digit, an underscore or a dot (RS256, JWKS, requiredClaims, at_hash).
const SPEC_WORDS = new Set(
  'alg enc exp iat nbf jti kid typ cnf zip jku sub aud iss nonce vct none hex base64url base64 jwks_uri kubectl jose jsonwebtoken PyJWT algorithms options require keys at+jwt api my-app client-id https http scope dir None Unix nationalities m h d'.split(
    ' ',
  ),
);
const specLike = (word: string) => SPEC_WORDS.has(word) || /[A-Z]{2}|[a-z][A-Z]|\d|[_.#]/.test(word);

/**
 * The page's own chrome (headings, labels, buttons, table heads, options, placeholders, aria-labels and titles),
 * skipping what is code or data (Monaco, code, pre, the token and key text), the language picker (each language
 * is named in itself) and the attack names (spec terms such as alg-none).
 */
async function englishWordsInChrome(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const skip =
      '.monaco-editor, code, pre, textarea, [data-testid="language-select"], [data-testid="attack-select"]';
    const out: string[] = [];
    const chrome = 'h1, h2, h3, legend, label, th[scope="col"], button, summary, caption, option, .badge';
    for (const el of document.querySelectorAll<HTMLElement>(chrome)) {
      if (el.closest(skip)) continue;
      // A label's own words only: the select or input inside it holds data or spec names.
      const clone = el.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('select, input, textarea, code').forEach((c) => c.remove());
      out.push(clone.textContent ?? '');
    }
    for (const el of document.querySelectorAll<HTMLElement>('[placeholder], [aria-label], [title]')) {
      if (el.closest(skip)) continue;
      for (const name of ['placeholder', 'aria-label', 'title']) {
        const value = el.getAttribute(name);
        if (value) out.push(value);
      }
    }
    return out;
  });
  const words = texts.flatMap((t) => t.match(/[A-Za-z][A-Za-z0-9_.#+-]*/g) ?? []);
  return [...new Set(words.filter((w) => !specLike(w)))];
}

async function openWithToken(page: Page): Promise<void> {
  await openApp(page);
  await pasteToken(page, TOKEN);
  await page.getByTestId('key-input').fill(SECRET);
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-state', 'valid');
  await waitForEditors(page);
}

test('a zh-CN browser gets the page in Chinese, with <html lang="zh-CN">', async ({ page }) => {
  const { errors } = await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByTestId('language-select')).toHaveValue('zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('JWT 调试器');
  await expect(page.getByTestId('token-status')).toHaveAttribute('data-state', 'empty');
  await expect(page.getByTestId('token-status')).toContainText('粘贴令牌即可解码');
  await expect(page.getByTestId('token-input')).toHaveAttribute('placeholder', /粘贴/);
  expect(errors).toEqual([]);
});

test('every panel’s headings, labels and buttons are Chinese, with no English UI words left', async ({
  page,
}) => {
  await openWithToken(page);
  // Open what is folded, so its labels are judged too.
  await page.getByTestId('key-tools').click();
  await expect(page.getByTestId('key-thumbprint')).toBeVisible();
  await expect(page.getByTestId('findings')).toBeAttached();
  await expect(page.getByTestId('library-verdicts')).toBeVisible();
  await expect(page.getByTestId('code-snippet').first()).toBeVisible();
  await expect(page.getByTestId('compare-input')).toBeVisible();
  for (const heading of ['编码后的令牌', '头部', '载荷', '声明', '密钥', '安全发现项', '用代码验证']) {
    await expect(page.getByRole('heading', { name: heading, exact: true }).first()).toBeVisible();
  }
  expect(await englishWordsInChrome(page)).toEqual([]);
});

test('each claim verdict and token state reads in Chinese', async ({ page }) => {
  await openWithToken(page);
  await expect(page.getByTestId('token-status')).toContainText('已解码');
  await expect(page.getByTestId('token-status')).toContainText('已签名的 JWT');
  await expect(claimRow(page, 'exp')).toHaveAttribute('data-status', 'expired');
  await expect(claimRow(page, 'exp').locator('.badge')).toHaveText('已过期');
  await expect(claimRow(page, 'nbf').locator('.badge')).toHaveText('尚未生效');
  // Relative times in Chinese: "1小时前" (the exact wording is the browser's Intl.RelativeTimeFormat).
  await expect(claimRow(page, 'exp')).toContainText(/小时前/);
  await page.getByTestId('expected-audience').fill('other-api');
  await expect(claimRow(page, 'aud').locator('.badge')).toHaveText('不匹配');
  await expect(claimRow(page, 'aud')).toContainText('预期为 other-api');
  await pasteToken(page, 'not-a-token');
  await expect(page.getByTestId('token-status')).toHaveAttribute('data-state', 'error');
  await expect(page.getByTestId('token-status')).toContainText('不是令牌');
  await pasteToken(page, 'eyJhbGciOiJIUzI1NiJ9.not*base64.sig');
  await expect(page.getByTestId('token-status')).toContainText('载荷有误');
  await pasteToken(page, '');
  await expect(page.getByTestId('token-status')).toHaveText(HAN);
});

test('switching to English and back keeps the token, key and options, and <html lang> follows', async ({
  page,
}) => {
  await openWithToken(page);
  await page.getByTestId('expected-audience').fill('api');
  await page.getByTestId('clock-tolerance').fill('30');
  await page.getByTestId('secret-encoding').selectOption('utf8');
  const payload = await editorValue(page, 'payload-editor');

  await page.getByTestId('language-select').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('JWT Debugger');
  await expect(claimRow(page, 'exp').locator('.badge')).toHaveText('Expired');
  await expect(page.getByTestId('token-input')).toHaveValue(TOKEN);
  await expect(page.getByTestId('key-input')).toHaveValue(SECRET);
  await expect(page.getByTestId('expected-audience')).toHaveValue('api');
  await expect(page.getByTestId('clock-tolerance')).toHaveValue('30');
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-state', 'valid');
  expect(await editorValue(page, 'payload-editor')).toBe(payload);

  await page.getByTestId('language-select').selectOption('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('JWT 调试器');
  await expect(page.getByTestId('token-input')).toHaveValue(TOKEN);
  await expect(page.getByTestId('key-input')).toHaveValue(SECRET);
  await expect(page.getByTestId('expected-audience')).toHaveValue('api');
  await expect(page.getByTestId('clock-tolerance')).toHaveValue('30');
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-state', 'valid');
  expect(await editorValue(page, 'payload-editor')).toBe(payload);
});

test('the chosen language is remembered over a zh-CN browser’s default', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('language-select').selectOption('en');
  await page.reload();
  await expect(page.getByTestId('token-input')).toBeVisible();
  await expect(page.getByTestId('language-select')).toHaveValue('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('JWT Debugger');
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation in Chinese, ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await openWithToken(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('JWT 调试器');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  });
}

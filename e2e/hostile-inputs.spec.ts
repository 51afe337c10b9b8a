// Journey: paste hostile text into the token and key boxes; each gets a message, nothing runs, the tab keeps answering.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { makeToken, openApp, signHs256, waitForEditors } from './helpers';

test.describe.configure({ timeout: 180_000 });

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64url');

// Every string a page might be tricked into running; each sets window.__xss if it ever executes.
const HTML = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload=window.__xss=1>',
  "javascript:window.__xss=1//'",
  '</textarea><iframe srcdoc="<script>parent.__xss=1</script>">',
  '{{constructor.constructor("window.__xss=1")()}}',
];

const valid = signHs256({ alg: 'HS256', typ: 'JWT' }, { sub: 'x', exp: 4102444800 }, 'secret');

function nested(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** The corpus: name → text pasted into token-input. */
function hostileTokens(): [string, string][] {
  const htmlHeader = Object.fromEntries(HTML.map((h, i) => [i === 0 ? 'alg' : `h${i}${h}`, h]));
  const htmlClaims = Object.fromEntries(
    HTML.flatMap((h, i) => [
      [h, i],
      [`c${i}`, h],
    ]),
  );
  return [
    ...[1, 10, 37, valid.indexOf('.') + 1, valid.lastIndexOf('.'), valid.length - 3].map(
      (n): [string, string] => [`truncated at ${n}`, valid.slice(0, n)],
    ),
    ['doubled dots', valid.replace(/\./g, '..')],
    ['only dots', '.'.repeat(10_000)],
    ['empty segments', '..'],
    ['five empty parts', '....'],
    ['header of invalid UTF-8', `${b64(Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0]))}.${b64('{}')}.sig`],
    [
      'payload of invalid UTF-8',
      `${b64('{"alg":"HS256"}')}.${b64(Buffer.from([0xed, 0xa0, 0x80, 0xff]))}.sig`,
    ],
    ['lone surrogates and NUL', `\uD800${valid}\u0000\uDFFF`],
    ['right-to-left override', `\u202E${valid}`],
    ['deeply nested payload (5 000)', `${b64('{"alg":"HS256"}')}.${b64(nested(5_000))}.sig`],
    ['deeply nested payload (20 000)', `${b64('{"alg":"HS256"}')}.${b64(nested(20_000))}.sig`],
    ['deeply nested array header', `${b64(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)}.${b64('{}')}.sig`],
    [
      'huge numbers',
      `${b64('{"alg":"HS256","big":1e400}')}.${b64(
        '{"exp":1e400,"nbf":-1e400,"iat":123456789012345678901234567890,"auth_time":1e308,"n":-0,"m":1e-400}',
      )}.sig`,
    ],
    ['huge number as raw text', `${b64('{"alg":"HS256"}')}.${b64(`{"exp":${'9'.repeat(5000)}}`)}.sig`],
    [
      '__proto__ keys',
      `${b64('{"alg":"HS256","__proto__":{"polluted":1}}')}.${b64(
        '{"__proto__":{"polluted":1,"alg":"none"},"constructor":{"prototype":{"polluted":1}},"toString":1,"hasOwnProperty":2}',
      )}.sig`,
    ],
    ['HTML and script in every header and claim', makeToken(htmlHeader, htmlClaims)],
    ['HTML as the whole token', HTML.join('')],
    ['HTML payload text', `${b64('{"alg":"HS256"}')}.${b64(HTML.join('\n'))}.sig`],
    ['script in the kid and jku', makeToken({ alg: 'HS256', kid: HTML[0], jku: HTML[3] }, { sub: HTML[1] })],
    ['JWE-shaped garbage', `${b64('{"alg":"<b>x</b>","enc":"<i>y</i>"}')}.%%.!!.@@.##`],
    ['JSON serialization garbage', '{"payload":' + '['.repeat(1000)],
    ['Bearer only', 'Bearer '],
    ['quotes only', '""'],
    ['whitespace only', ' \n\t\r\n '],
  ];
}

/** Inputs that are nothing once paste noise is removed: `empty` is the right message for them. */
const CLEANED_AWAY = new Set(['quotes only', 'whitespace only']);

/** Sets a textarea's value and fires one input event, as a paste does (fast for megabytes). */
async function paste(page: Page, testid: string, text: string): Promise<void> {
  await page.getByTestId(testid).evaluate((el, t) => {
    const ta = el as HTMLTextAreaElement;
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(ta, t);
    ta.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

/** An animation frame's round trip under 2 s (best of two, for a busy CI machine): a frozen tab cannot. */
async function expectResponsive(page: Page): Promise<void> {
  const frame = async () => {
    const t0 = Date.now();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    return Date.now() - t0;
  };
  const first = await frame();
  expect(first < 2000 ? first : await frame()).toBeLessThan(2000);
}

async function expectNothingRan(page: Page, dialogs: string[]): Promise<void> {
  const ran = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    const probe = {} as Record<string, unknown>;
    return {
      xss: w.__xss,
      polluted: probe.polluted ?? Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'),
    };
  });
  expect(ran).toEqual({ xss: undefined, polluted: false });
  expect(dialogs).toEqual([]);
}

async function trackDialogs(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

// JSON nested past 1000 levels is refused by the core before parsing, and never reaches Monaco's JSON worker.
test('each hostile token gets a message; nothing runs and the tab keeps answering', async ({ page }) => {
  const dialogs = await trackDialogs(page);
  const { errors } = await openApp(page);
  // Monaco's first load is not the app's work on the input: let it finish before timing frames.
  await waitForEditors(page);
  const status = page.getByTestId('token-status');
  for (const [name, text] of hostileTokens()) {
    await test.step(name, async () => {
      await paste(page, 'token-input', text);
      await expect(status).toHaveAttribute('data-state', /^(empty|decoded|error)$/);
      await expect(status).not.toHaveText(/^\s*$/);
      if (!CLEANED_AWAY.has(name)) await expect(status).not.toHaveAttribute('data-state', 'empty');
      await expectResponsive(page);
      await expectNothingRan(page, dialogs);
    });
  }
  // The page still works for an ordinary token afterwards.
  await paste(page, 'token-input', valid);
  await expect(status).toHaveAttribute('data-state', 'decoded');
  await page.getByTestId('key-input').fill('secret');
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-state', 'valid');
  await expectNothingRan(page, dialogs);
  expect(errors).toEqual([]);
});

test('HTML in claims is shown as text, not markup', async ({ page }) => {
  const dialogs = await trackDialogs(page);
  const { errors } = await openApp(page);
  await paste(page, 'token-input', makeToken({ alg: 'HS256', kid: HTML[1] }, { iss: HTML[0], sub: HTML[2] }));
  await expect(page.getByTestId('claims-table')).toContainText(HTML[0] ?? '');
  await expect(
    page.locator('[data-testid="claims-table"] script, [data-testid="claims-table"] img'),
  ).toHaveCount(0);
  await expect(page.locator('body svg[onload], body img[onerror], body iframe[srcdoc]')).toHaveCount(0);
  await expectNothingRan(page, dialogs);
  expect(errors).toEqual([]);
});

test('5 MB of garbage gets a message and the tab stays responsive', async ({ page }) => {
  const dialogs = await trackDialogs(page);
  const { errors } = await openApp(page);
  await waitForEditors(page);
  const status = page.getByTestId('token-status');
  const alphabet =
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.<>&"\' \n{}[]:,\u00e9\u4e2d';
  let seed = 1;
  const garbage = Array.from({ length: 5 * 1024 * 1024 }, () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return alphabet[seed % alphabet.length];
  }).join('');
  const huge: [string, string][] = [
    ['5 MB of random characters', garbage],
    ['5 MB in three parts', `${b64('{"alg":"HS256"}')}.${garbage.replace(/[^A-Za-z0-9_-]/g, 'A')}.sig`],
  ];
  for (const [name, text] of huge) {
    await test.step(name, async () => {
      expect(text.length).toBeGreaterThanOrEqual(4_000_000);
      await paste(page, 'token-input', text);
      await expect(status).toHaveAttribute('data-state', /^(decoded|error)$/, { timeout: 30_000 });
      await expect(status).not.toHaveText(/^\s*$/);
      await expectResponsive(page);
      await expectNothingRan(page, dialogs);
    });
  }
  expect(errors).toEqual([]);
});

// The core refuses JSON nested past 1000 levels before JSON.parse (which takes seconds on millions of levels).
test('5 MB payload of nested JSON gets a message and the tab stays responsive', async ({ page }) => {
  const { errors } = await openApp(page);
  await waitForEditors(page);
  const deep = `${b64('{"alg":"HS256"}')}.${b64(`{"x":${'['.repeat(2_000_000)}${']'.repeat(2_000_000)}}`)}.sig`;
  await paste(page, 'token-input', deep);
  await expect(page.getByTestId('token-status')).toHaveAttribute('data-state', /^(decoded|error)$/, {
    timeout: 30_000,
  });
  await expect(page.getByTestId('token-status')).toContainText(/payload nests JSON more than 1000 levels/);
  await expectResponsive(page);
  expect(errors).toEqual([]);
});

test('hostile key text gets a key error in a sentence', async ({ page }) => {
  const dialogs = await trackDialogs(page);
  const { errors } = await openApp(page);
  await paste(page, 'token-input', valid);
  const keyStatus = page.getByTestId('key-status');
  const garbagePem = `-----BEGIN PUBLIC KEY-----\n${Buffer.from('garbage'.repeat(40)).toString('base64')}\n-----END PUBLIC KEY-----`;
  const cases: [string, string][] = [
    ['garbage PEM', garbagePem],
    ['garbage private PEM', garbagePem.replace(/PUBLIC/g, 'PRIVATE')],
    ['garbage EC PEM', garbagePem.replace(/PUBLIC KEY/g, 'EC PRIVATE KEY')],
    ['garbage certificate', garbagePem.replace(/PUBLIC KEY/g, 'CERTIFICATE')],
    ['a 1 MB JSON', JSON.stringify({ data: Array.from({ length: 100_000 }, (_, i) => `v${i}-xxxx`) })],
    ['{"keys":"x"}', '{"keys":"x"}'],
    ['an empty JWKS', '{"keys":[]}'],
    ['a JWKS of junk', '{"keys":[1,"two",null]}'],
    ['HTML in a JWK', JSON.stringify({ kty: HTML[1], k: HTML[0] })],
    ['deeply nested JSON', nested(100_000)],
  ];
  for (const [name, text] of cases) {
    await test.step(name, async () => {
      await paste(page, 'key-input', text);
      await expect(keyStatus).toHaveAttribute('data-state', 'error');
      // A sentence: words and a full stop, never a bare exception name.
      await expect(keyStatus).toHaveText(/^[A-Z“"][a-z]* [^]{15,}$/);
      await expect(keyStatus).not.toContainText(/DOMException|undefined|\[object/);
      await expect(page.getByTestId('signature-status')).toHaveAttribute('data-state', 'key-error');
      await expectResponsive(page);
      await expectNothingRan(page, dialogs);
    });
  }
  expect(errors).toEqual([]);
});

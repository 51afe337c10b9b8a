// Journey: a whole session makes no request to any other origin and leaves no token, secret or key stored.
import { expect, test } from '@playwright/test';
import {
  claimRow,
  editorValue,
  expectSettledState,
  makeToken,
  openApp,
  pasteToken,
  setEditorValue,
  signHs256,
} from './helpers';

test('a whole session stays on this origin and stores nothing secret', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin !== new URL(baseURL!).origin && url.protocol !== 'data:' && url.protocol !== 'blob:') {
      foreign.push(r.url());
    }
  });
  const { errors } = await openApp(page);
  const secret = 'a-very-private-secret-value-0123456789';
  const token = makeToken(
    { alg: 'HS256', typ: 'JWT' },
    { sub: 'private-subject-123', exp: Math.floor(Date.now() / 1000) + 60 },
  );
  await pasteToken(page, token);
  await expect(claimRow(page, 'sub')).toBeVisible();
  await page.getByTestId('key-input').fill(secret);
  await setEditorValue(page, 'payload-editor', '{"sub":"private-subject-123","edited":true}');
  await expect.poll(() => editorValue(page, 'payload-editor')).toContain('edited');
  await page.getByTestId('theme-select').selectOption('dark');
  // Sign with a fresh key pair, and with a fresh secret.
  await page.getByTestId('alg-select').selectOption('ES256');
  await page.getByTestId('generate-key').click();
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-state', 'valid');
  const privateKey = await page.getByTestId('key-input').inputValue();
  await page.getByTestId('alg-select').selectOption('HS256');
  await page.getByTestId('generate-key').click();
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-state', 'valid');
  const generatedSecret = await page.getByTestId('key-input').inputValue();
  // Encrypt the signed token to a fresh ECDH key, then open the JWE with that key.
  await page.getByTestId('jwe-alg-select').selectOption('ECDH-ES+A256KW');
  await page.getByTestId('jwe-enc-select').selectOption('A256GCM');
  await page.getByTestId('generate-encryption-key').click();
  await expect(page.getByTestId('generated-private-key')).not.toHaveValue('');
  const encryptionKey = await page.getByTestId('generated-private-key').inputValue();
  await expectSettledState(page, 'encrypt-status', 'ok');
  const jwe = await page.getByTestId('encrypt-output').inputValue();
  expect(jwe.split('.')).toHaveLength(5);
  await page.getByTestId('use-generated-key').click();
  await pasteToken(page, jwe);
  await expectSettledState(page, 'decryption-status', 'decrypted');
  await expect(claimRow(page, 'sub')).toBeVisible();

  const stored = await page.evaluate(async () => {
    const dump: string[] = [];
    for (const s of [localStorage, sessionStorage]) {
      for (let i = 0; i < s.length; i++) {
        const k = s.key(i)!;
        dump.push(`${k}=${s.getItem(k)}`);
      }
    }
    dump.push(`cookie=${document.cookie}`);
    const dbs = indexedDB.databases ? await indexedDB.databases() : [];
    dump.push(`idb=${dbs.map((d) => d.name).join(',')}`);
    return dump.join('\n');
  });
  expect(stored).not.toContain(secret);
  expect(stored).not.toContain(generatedSecret);
  expect(stored).not.toContain(privateKey.split('\n')[1]!);
  expect(stored).not.toContain((JSON.parse(encryptionKey) as { d: string }).d);
  expect(stored).not.toContain(jwe.split('.')[1]!);
  expect(stored).not.toContain('private-subject-123');
  expect(stored).not.toContain(token.split('.')[1]!);
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});

test('the built page carries a strict Content-Security-Policy', async ({ page }) => {
  await openApp(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  // Scripts from this origin, plus the three inlined head scripts (theme, Trusted Types policy, large link) by
  // hash only.
  expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*'){3};/);
  expect(csp?.match(/script-src[^;]*/)?.[0]).not.toContain('unsafe-inline');
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).toContain("require-trusted-types-for 'script'");
  // The CSP really applies: an inline script is refused (by Trusted Types before the script-src check).
  const ran = await page.evaluate(() => {
    try {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = true';
      document.body.appendChild(s);
    } catch {
      // refused at the sink
    }
    return (window as unknown as { __inline?: boolean }).__inline === true;
  });
  expect(ran).toBe(false);
});

test('Trusted Types: the app runs under them; HTML strings and foreign script URLs are refused', async ({
  page,
}) => {
  const { errors } = await openApp(page);
  // The app's own workers start under the default policy: Monaco's editors and the weak-secret search.
  await pasteToken(page, signHs256({ alg: 'HS256' }, { sub: 'tt' }, 'your-256-bit-secret'));
  await expect.poll(() => editorValue(page, 'payload-editor')).toContain('"tt"');
  await expect(page.locator('[data-testid="finding"][data-code="weak-secret"]')).toContainText(
    'your-256-bit-secret',
    { timeout: 30_000 },
  );
  expect(errors).toEqual([]);
  // Deliberate violations (each also logs a console error, so they come after the check above).
  const refused = await page.evaluate(() => {
    const attempt = (f: () => void) => {
      try {
        f();
        return false;
      } catch (e) {
        return e instanceof TypeError;
      }
    };
    return {
      innerHTML: attempt(() => {
        document.createElement('div').innerHTML = '<img src=x onerror="window.__xss=1">';
      }),
      foreignWorker: attempt(() => new Worker('https://example.com/evil.js')),
      ownWorker: !attempt(() => new Worker('/trusted-types.js').terminate()),
    };
  });
  expect(refused).toEqual({ innerHTML: true, foreignWorker: true, ownWorker: true });
});

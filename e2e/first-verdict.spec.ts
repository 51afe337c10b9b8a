// Journey: a #token= link's verdict is on screen before the React app has loaded (issue 23), and the app then
// shows the same words in place of it.
import { expect, test, type Page } from '@playwright/test';
import { makeToken } from './helpers';

const now = Math.floor(Date.now() / 1000);
const expired = makeToken({ alg: 'HS256', typ: 'JWT' }, { sub: 'first', exp: now - 3 * 3600 });

test('the verdict of a link is painted before the app loads, from the same checks', async ({ page }) => {
  // The app's chunk never arrives: what is on screen is the first verdict alone.
  await page.route('**/assets/app-*.js', (route) => route.abort());
  await page.goto(`/#token=${expired}`);
  const verdict = page.getByTestId('verdict');
  await expect(verdict).toHaveText('Signature not checked (no key) · expired 3 hours ago');
  await expect(verdict).toBeVisible();
  await expect(verdict).toHaveClass(/verdict-bad/);
  const status = page.getByTestId('signature-status');
  await expect(status).toHaveAttribute('data-state', 'no-key');
  await expect(page.locator('textarea')).toHaveValue(expired);
  await expect(page.locator('.payload-box pre')).toContainText('"sub": "first"');
  // Not React's: its token box (with the contract's test id) is not there.
  await expect(page.getByTestId('token-input')).toHaveCount(0);
});

test('the app replaces the first verdict with the same words', async ({ page }) => {
  const seen: string[] = [];
  await page.exposeFunction('sawVerdict', (text: string) => seen.push(text));
  await page.addInitScript(() => {
    const record = () => {
      const el = document.querySelector('[data-testid="verdict"]');
      const win = window as unknown as { sawVerdict(t: string): void; lastVerdict?: string };
      if (el?.textContent && el.textContent !== win.lastVerdict) {
        win.lastVerdict = el.textContent;
        win.sawVerdict(el.textContent);
      }
    };
    new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto(`/#token=${expired}`);
  await expect(page.getByTestId('token-input')).toHaveValue(expired);
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-state', 'no-key');
  await expect(page.getByTestId('verdict')).toHaveText(
    'Signature not checked (no key) · expired 3 hours ago',
  );
  // Every verdict shown on the way said the same thing.
  expect(new Set(seen)).toEqual(new Set(['Signature not checked (no key) · expired 3 hours ago']));
});

test('a token the first verdict does not cover (a JWE) waits for the app', async ({ page }) => {
  await page.route('**/assets/app-*.js', (route) => route.abort());
  const jwe = 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0..aXYxMjM0NTY3ODkw.Y2lwaGVy.dGFnMTIzNDU2Nzg5MDEyMw';
  await page.goto(`/#token=${jwe}`);
  await page.waitForTimeout(500);
  await expect(page.getByTestId('verdict')).toHaveCount(0);
  await expect(page.getByTestId('signature-status')).toHaveCount(0);
});

test('the first frame draws the header and the token pane; the rest of the shell follows without moving', async ({
  page,
}) => {
  const rects = () =>
    page.evaluate(() =>
      Object.fromEntries(
        ['textarea', '.header-box', '.payload-box', '.key-panel'].map((s) => {
          const r = document.querySelector(`.shell ${s}`)!.getBoundingClientRect();
          return [s, [r.x, r.y, r.width, r.height]];
        }),
      ),
    );
  // No script at all: what HTML and CSS paint by themselves.
  await page.route('**/*.js', (route) => route.abort());
  await page.goto('/');
  await expect(page.locator('.shell h1')).toBeVisible();
  await expect(page.locator('.shell textarea')).toBeVisible();
  for (const hidden of ['.verdict-bar', '.key-panel', '.header-box', '.payload-box'])
    await expect(page.locator(`.shell ${hidden}`)).toBeHidden();
  const before = await rects();
  // Laid out all the same, so that drawing it later moves nothing.
  expect(before['.header-box']?.[2]).toBeGreaterThan(100);
  expect(before['.key-panel']?.[3]).toBeGreaterThan(20);

  // The entry runs (the app's chunk does not arrive): the whole shell is drawn, in the same places.
  await page.unroute('**/*.js');
  await page.route('**/assets/app-*.js', (route) => route.abort());
  const entry = page.waitForResponse(/\/assets\/first-[^/]*\.js$/);
  await page.reload();
  await entry;
  for (const shown of ['.verdict-bar', '.key-panel', '.header-box', '.payload-box'])
    await expect(page.locator(`.shell ${shown}`)).toBeVisible();
  expect(await rects()).toEqual(before);
});

async function shellAndAppPlaces(page: Page) {
  const selectors = [
    '.app-header',
    '.verdict-bar',
    '.token-pane',
    '.token-pane textarea',
    '.header-box',
    '.payload-box',
  ];
  // Where each box starts (and the width and height of those whose size the app keeps).
  const places = () =>
    page.evaluate(
      (list) =>
        list.map((s) => {
          const r = document.querySelector(s)!.getBoundingClientRect();
          return [s, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
        }),
      selectors,
    );
  await page.route('**/*.js', (route) => route.abort());
  await page.goto('/');
  await expect(page.locator('.shell textarea')).toBeVisible();
  const shell = await places();
  await page.unroute('**/*.js');
  await page.reload();
  await expect(page.getByTestId('token-input')).toBeVisible();
  await expect(page.locator('.shell')).toHaveCount(0);
  return { shell, app: await places() };
}

test('the app takes the place of the shell without moving what the shell drew', async ({ page }) => {
  const { shell, app } = await shellAndAppPlaces(page);
  expect(app).toEqual(shell);
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });
  test('the app takes the place of the shell without moving what the shell drew', async ({ page }) => {
    const { shell, app } = await shellAndAppPlaces(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(app).toEqual(shell);
  });
});

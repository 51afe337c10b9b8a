// Journey: a keyboard or screen-reader user, or a phone: axe finds no serious or critical problem in the main
// states, every control is reachable by Tab with visible focus, and at 360 px the panes stack without side-scrolling.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { makeToken, openApp, pasteToken, signHs256, waitForEditors } from './helpers';

test.describe.configure({ timeout: 90_000 });

const SECRET = 'a-long-enough-secret-for-hs256-ok!';
const TOKEN = signHs256({ alg: 'HS256', typ: 'JWT' }, { sub: 'ada', iat: 1_700_000_000 }, SECRET);
// RFC 7519 Appendix A.1 (RSA1_5 + A128CBC-HS256).
const JWE =
  'eyJhbGciOiJSU0ExXzUiLCJlbmMiOiJBMTI4Q0JDLUhTMjU2In0.QR1Owv2ug2WyPBnbQrRARTeEk9kDO2w8qDcjiHnSJflSdv1iNqhWXaKH4MqAkQtMoNfABIPJaZm0HaA415sv3aeuBWnD8J-Ui7Ah6cWafs3ZwwFKDFUUsWHSK-IPKxLGTkND09XyjORj_CHAgOPJ-Sd8ONQRnJvWn_hXV1BNMHzUjPyYwEsRhDhzjAD26imasOTsgruobpYGoQcXUwFDn7moXPRfDE8-NoQX7N7ZYMmpUDkR-Cx9obNGwJQ3nM52YCitxoQVPzjbl7WBuB7AohdBoZOdZ24WlN1lVIeh8v1K4krB8xgKvRU8kgFrEn_a1rZgN5TiysnmzTROF869lQ.AxY8DCtDaGlsbGljb3RoZQ.MKOle7UQrG6nSxTLX6Mqwt0orbHvAKeWnDYvpIAeZ72deHxz3roJDXQyhxx0wKaMHDjUEOKIwrtkHthpqEanSBNYHZgmNOV7sln1Eu9g3J8.fiK51VwhsxJ-siBMR-YFiA';

/** Serious and critical axe violations, one line each, so a failure says what and where. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const STATES: { name: string; setUp: (page: Page) => Promise<void> }[] = [
  { name: 'empty', setUp: async () => {} },
  {
    name: 'decoded',
    setUp: async (page) => {
      await pasteToken(page, TOKEN);
      await expect(page.getByTestId('signature-status')).toHaveAttribute('data-state', 'no-key');
    },
  },
  {
    name: 'error',
    setUp: async (page) => {
      await pasteToken(page, 'eyJhbGciOiJIUzI1NiJ9.not*base64.sig');
      await expect(page.getByTestId('token-status')).toHaveAttribute('data-state', 'error');
    },
  },
  {
    name: 'verified',
    setUp: async (page) => {
      await pasteToken(page, TOKEN);
      await page.getByTestId('key-input').fill(SECRET);
      await expect(page.getByTestId('signature-status')).toHaveAttribute('data-state', 'valid');
    },
  },
  {
    name: 'JWE',
    setUp: async (page) => {
      await pasteToken(page, JWE);
      await expect(page.getByTestId('token-status')).toHaveAttribute('data-kind', 'jwe');
    },
  },
  {
    name: 'findings',
    setUp: async (page) => {
      await pasteToken(page, makeToken({ alg: 'none' }, { sub: 'ada', password: 'hunter2' }, ''));
      await expect(page.getByTestId('token-status')).toHaveAttribute('data-kind', 'unsecured');
    },
  },
  {
    name: 'large token, not drawn',
    setUp: async (page) => {
      await pasteToken(page, makeToken({ alg: 'HS256' }, { sub: 'ada', blob: 'x'.repeat(120_000) }));
      await expect(page.getByTestId('token-veil')).toBeVisible();
    },
  },
];

for (const theme of ['light', 'dark'] as const) {
  for (const state of STATES) {
    test(`axe finds no serious or critical violation: ${state.name}, ${theme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await openApp(page);
      await state.setUp(page);
      if (state.name !== 'empty') await waitForEditors(page);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

test('every control is reachable with Tab and shows where focus is', async ({ page }) => {
  await openApp(page);
  await pasteToken(page, TOKEN);
  await waitForEditors(page);
  await page.locator('body').focus();
  const reached = new Set<string>();
  const unmarked: string[] = [];
  // Enough presses to go once round every control of the page (the focus starts in the token box) and back.
  for (let i = 0; i < 160; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return undefined;
      // Monaco's focus sits in a hidden textarea; its box shows focus through :focus-within.
      const shown = el.closest('.editor-box') ?? el;
      const style = getComputedStyle(shown);
      const visible =
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      const id =
        el.dataset.testid ??
        el.closest('[data-testid]')?.getAttribute('data-testid') ??
        el.getAttribute('aria-label') ??
        el.tagName;
      return { id, visible };
    });
    if (!focus) continue;
    reached.add(focus.id);
    if (!focus.visible) unmarked.push(focus.id);
  }
  for (const id of [
    'token-input',
    'example-select',
    'copy-token',
    'clear-token',
    'header-editor',
    'payload-editor',
    'key-input',
    'secret-encoding',
    'theme-select',
    'share-link',
    'expected-audience',
  ]) {
    expect([...reached], `Tab reaches ${id}`).toContain(id);
  }
  expect(unmarked).toEqual([]);
});

/** The page's scroll width, and the outermost elements that stick out past the viewport (clipped ones aside). */
async function sidewaysOverflow(page: Page): Promise<{ scrollWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const culprits: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.getBoundingClientRect().right <= width + 0.5) continue;
      // Skip what an ancestor clips (Monaco's line layer is wider than its editor by design).
      let clipped = false;
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== 'visible') clipped = true;
      }
      if (!clipped)
        culprits.push(
          `${el.tagName.toLowerCase()}.${el.className} ${el.closest('[data-testid]')?.getAttribute('data-testid') ?? ''}`,
        );
    }
    return { scrollWidth: document.documentElement.scrollWidth, culprits: culprits.slice(0, 5) };
  });
}

for (const theme of ['light', 'dark'] as const) {
  for (const state of STATES.filter((s) =>
    ['empty', 'decoded', 'verified', 'JWE', 'findings'].includes(s.name),
  )) {
    test(`at 360 px nothing scrolls sideways: ${state.name}, ${theme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize({ width: 360, height: 800 });
      await openApp(page);
      await state.setUp(page);
      if (state.name !== 'empty') await waitForEditors(page);
      // The learning panel loads lazily; measure once it is there.
      await expect(page.getByTestId('how-it-is-built')).toBeVisible();
      const overflow = await sidewaysOverflow(page);
      expect(overflow.culprits).toEqual([]);
      expect(overflow.scrollWidth).toBeLessThanOrEqual(360);
    });
  }
}

test('at 360 px the panes stack and nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await openApp(page);
  await pasteToken(page, TOKEN);
  await page.getByTestId('key-input').fill(SECRET);
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-state', 'valid');
  await waitForEditors(page);
  const boxes = await page.locator('.columns > .column').evaluateAll((cols) =>
    cols.map((c) => {
      const r = c.getBoundingClientRect();
      return { left: r.left, top: r.top, width: r.width };
    }),
  );
  expect(boxes.length).toBe(2);
  expect(boxes[1]!.left).toBe(boxes[0]!.left);
  expect(boxes[1]!.top).toBeGreaterThan(boxes[0]!.top);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // Wide screens put them side by side.
  await page.setViewportSize({ width: 1400, height: 900 });
  const wide = await page
    .locator('.columns > .column')
    .evaluateAll((cols) => cols.map((c) => c.getBoundingClientRect().left));
  expect(wide[1]!).toBeGreaterThan(wide[0]!);
});

// `--compare <url>`: the same outside measurements of another debugger (jwt.io, say), for a side-by-side table.
// Point the selectors at its token box, key box, "signature valid" and "token decoded" elements.
import { FIRST_VERDICT, coldLoad, newPage, pasteLoop } from './browser.mjs';
import { median, ms, ms1 } from './stats.mjs';

export function compareOptions(option) {
  return {
    input: option('--compare-input') ?? '[data-testid="token-input"], textarea',
    key: option('--compare-key') ?? '[data-testid="key-input"]',
    verdict:
      option('--compare-verdict') ?? '[data-testid="signature-status"]:not([data-busy])[data-state="valid"]',
    // No key in a link: a cold load waits for "decoded", not for "valid".
    loaded: option('--compare-loaded') ?? FIRST_VERDICT,
    link: option('--compare-link') ?? '#token=',
  };
}

export async function measureOther(browser, url, sets, o, runs) {
  const base = url.replace(/#.*$/, '');
  const load = {};
  for (const cpuRate of [1, 4]) {
    load[cpuRate] = await coldLoad(browser, base, sets.HS256.tokens[0], {
      cpuRate,
      runs,
      verdict: o.loaded,
      link: o.link,
    }).catch((e) => ({ error: e.message.split('\n')[0] }));
  }
  const paste = {};
  for (const alg of ['HS256', 'RS256']) {
    const set = sets[alg];
    const { page, context } = await newPage(browser);
    try {
      await page.goto(base);
      const input = page.locator(o.input).first();
      await input.fill(set.tokens[0]);
      await page.locator(o.key).first().fill(set.key, { timeout: 10_000 });
      await page.locator(o.verdict).first().waitFor({ timeout: 10_000 });
      await page.waitForTimeout(1000);
      const { times } = await pasteLoop(page, { tokens: set.tokens.slice(1, 22) }, o.input, o.verdict);
      paste[alg] = { median: median(times) };
    } catch (e) {
      paste[alg] = { error: e.message.split('\n')[0] };
    }
    await context.close();
  }
  return { url, load, paste };
}

export function compareTable(r) {
  const { other } = r;
  const cell = (x, k) => (x.error ? `failed: ${x.error}` : ms(x[k]));
  const L = ['', `Compared with ${other.url} (same measurements):`, '', '| measure | this app | other |'];
  L.push('| --- | --- | --- |');
  L.push(`| \`#token=\` → verdict, CPU 1× | ${ms(r.load1.verdict)} | ${cell(other.load[1], 'verdict')} |`);
  L.push(`| \`#token=\` → verdict, CPU 4× | ${ms(r.load4.verdict)} | ${cell(other.load[4], 'verdict')} |`);
  L.push(`| First Contentful Paint, CPU 1× | ${ms(r.load1.fcp)} | ${cell(other.load[1], 'fcp')} |`);
  for (const alg of ['HS256', 'RS256']) {
    const o = other.paste[alg];
    L.push(
      `| paste → valid ${alg}, input event → DOM | ${ms1(r.paste[alg]?.median)} | ${o.error ?? ms1(o.median)} |`,
    );
  }
  return L.join('\n');
}

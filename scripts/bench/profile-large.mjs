// Profiles the 1 MB payload typed into the token box by fill() (CDP Input.insertText): prints the trace events
// over 30 ms, longest first, and writes the trace to bench-results/large-fill-trace.json (open it in DevTools).
//   node scripts/bench/profile-large.mjs [dist] [fill|type]
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { appServer, chromiumPath } from './serve.mjs';
import { makeTokens } from './core.mjs';
const dist = process.argv[2] ?? 'dist';
const how = process.argv[3] ?? 'fill';
const { largeToken } = await makeTokens(1);
const server = await appServer(undefined, { skipBuild: true, dist });
const browser = await chromium.launch({ executablePath: chromiumPath });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(server.url);
await page.getByTestId('token-input').fill('a.b');
await page.waitForFunction(() => window.monaco !== undefined, null, { timeout: 60000 });
await page.waitForTimeout(1500);
await browser.startTracing(page, {
  categories: ['devtools.timeline', 'v8.execute', 'blink', 'disabled-by-default-devtools.timeline'],
});
const t0 = Date.now();
if (how === 'fill') await page.getByTestId('token-input').fill(largeToken, { timeout: 30000 });
else {
  await page.getByTestId('token-input').focus();
  await page.keyboard.press('End');
  await page.keyboard.type('x');
}
await page.locator('[data-testid="token-status"][data-state="decoded"]').waitFor();
console.log('fill returned + decoded after', Date.now() - t0, 'ms');
await page.waitForTimeout(1500);
const buf = await browser.stopTracing();
const trace = JSON.parse(buf.toString());
const events = (trace.traceEvents ?? trace).filter((e) => e.ph === 'X' && e.dur > 30000);
events.sort((a, b) => b.dur - a.dur);
for (const e of events.slice(0, 40))
  console.log(
    (e.dur / 1000).toFixed(1).padStart(8),
    e.name,
    JSON.stringify(e.args?.data ?? {}).slice(0, 160),
  );
writeFileSync('bench-results/large-fill-trace.json', buf);
await browser.close();
await server.stop();

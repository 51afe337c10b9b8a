// CPU profile (CDP Profiler) of one way in for the 1 MB payload, for a non-minified build:
//   npx vite build --minify false --outDir /tmp/large-nomin
//   node scripts/bench/profile-cpu.mjs /tmp/large-nomin type|fill|drop|link [out.cpuprofile]
// Prints the heaviest functions by self time and the long tasks; open the .cpuprofile in DevTools.
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { appServer, chromiumPath } from './serve.mjs';
import { makeTokens } from './core.mjs';
import { newPage } from './browser.mjs';

const [dist = 'dist', how = 'type', out = 'bench-results/large.cpuprofile'] = process.argv.slice(2);
const { largeToken } = await makeTokens(1);
const server = await appServer(undefined, { skipBuild: true, dist });
const browser = await chromium.launch({ executablePath: chromiumPath });
const { page, cdp } = await newPage(browser);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
const decoded = page.locator('[data-testid="token-status"][data-state="decoded"]');
if (how === 'link') {
  await cdp.send('Profiler.start');
  await page.goto(`${server.url}#token=${largeToken}`);
  await decoded.waitFor({ timeout: 60_000 });
} else {
  await page.goto(server.url);
  const input = page.getByTestId('token-input');
  await input.fill('a.b');
  await page.waitForFunction(() => window.monaco !== undefined, null, { timeout: 60_000 });
  await page.waitForTimeout(1000);
  if (how === 'type') {
    await input.fill('');
    await input.focus();
  }
  if (how === 'drop') await page.evaluate((t) => (window.__largeToken = t), largeToken);
  await cdp.send('Profiler.start');
  if (how === 'fill') await input.fill(largeToken);
  if (how === 'type') await page.keyboard.insertText(largeToken);
  if (how === 'drop')
    await page.evaluate(() => {
      const input = document.querySelector('[data-testid="token-input"]');
      const data = new DataTransfer();
      data.items.add(new File([window.__largeToken], 'token.txt', { type: 'text/plain' }));
      for (const type of ['dragenter', 'dragover', 'drop'])
        input.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    });
  await decoded.waitFor({ timeout: 60_000 });
}
await page.waitForTimeout(1500);
const { profile } = await cdp.send('Profiler.stop');
writeFileSync(out, JSON.stringify(profile));
const tasks = await page.evaluate(() => window.__longTasks);
console.log('long tasks', tasks.map((t) => `${t.start.toFixed(0)}+${t.duration.toFixed(0)}`).join(' '));
// Self time per function (samples × interval).
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const deltas = profile.timeDeltas;
profile.samples.forEach((id, i) => {
  const n = byId.get(id);
  const f = n.callFrame;
  const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
});
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
  console.log(v.toFixed(1).padStart(8), k);
await browser.close();
await server.stop();

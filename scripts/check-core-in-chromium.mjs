// Runs the key/verify/sign core against every fixture in real Chromium (Node's WebCrypto is more lenient:
// e.g. it accepts short P-521 JWK coordinates that Chromium rejects). The bundle is minified like production,
// so it also proves errors are mapped by code, not by mangled class names.
// Run: node scripts/check-core-in-chromium.mjs   (needs /usr/bin/chromium or PW_CHROMIUM=<path>)

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = mkdtempSync(join(tmpdir(), 'core-check-'));
await build({
  configFile: false,
  logLevel: 'warn',
  root,
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    lib: {
      entry: join(root, 'scripts/chromium-core-check.ts'),
      formats: ['iife'],
      name: 'coreCheck',
      fileName: () => 'check.js',
    },
  },
});
const bundle = readFileSync(join(outDir, 'check.js'), 'utf8');
rmSync(outDir, { recursive: true, force: true });

const browser = await chromium.launch({
  executablePath: process.env.PW_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--disable-quic', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  // WebCrypto needs a secure context; http://localhost counts as one.
  await page.route('http://localhost/', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>core check</title>' }),
  );
  await page.goto('http://localhost/');
  await page.addScriptTag({ content: bundle });
  const { checked, failures } = await page.evaluate(() => globalThis.runCoreCheck());
  console.log(
    `Chromium ${browser.version()}: ${checked - failures.length} passed, ${failures.length} failed`,
  );
  for (const f of failures) console.log(`  ✗ ${f}`);
  process.exitCode = failures.length === 0 ? 0 : 1;
} finally {
  await browser.close();
}

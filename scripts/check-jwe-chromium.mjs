// Runs the JWE core in real Chromium: decrypts every committed fixture and round-trips every supported alg × enc.
//
// Usage: node scripts/check-jwe-chromium.mjs   (needs /usr/bin/chromium, or CHROMIUM=/path/to/chrome)
// Unit tests run in Node, where 192-bit AES works; this checks the browser's answer (Chromium has none).
// Exits 1 when a fixture or round trip does not end as expected.

import { build } from 'vite';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const outDir = '/tmp/jwt-debugger-jwe-bundle';
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    lib: { entry: 'src/core/jwe/jwe.ts', formats: ['es'], fileName: 'jwe' },
    outDir,
    emptyOutDir: true,
    // Minified like production, so errors must be mapped by err.code rather than class names.
    minify: true,
  },
});
const fixtures = ['jwe-jwcrypto.json', 'jwe-jose-node.json'].flatMap(
  (name) => JSON.parse(readFileSync(`src/core/fixtures/${name}`, 'utf8')).fixtures,
);

const server = createServer((req, res) => {
  if (req.url === '/jwe.js') {
    res.setHeader('content-type', 'text/javascript');
    res.end(readFileSync(`${outDir}/jwe.js`));
  } else {
    res.setHeader('content-type', 'text/html');
    res.end('<!doctype html><title>jwe check</title>');
  }
});
// 127.0.0.1 is a secure context, so crypto.subtle exists (it does not on about:blank).
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--disable-quic', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  await page.goto(`${base}/`);
  const result = await page.evaluate(
    async ({ base, fixtures }) => {
      const jwe = await import(`${base}/jwe.js`);
      const support = await jwe.probeJweSupport();
      const counts = {};
      const unexpected = [];
      for (const f of fixtures) {
        const report = await jwe.decryptToken(f.token, f.keyText, { encoding: f.encoding });
        counts[report.state] = (counts[report.state] ?? 0) + 1;
        const missing = !support.aes192 && /192/.test(f.alg + f.enc);
        const expected = missing ? 'unsupported' : 'decrypted';
        if (report.state !== expected)
          unexpected.push({ id: f.id, state: report.state, problem: report.problem });
      }
      const { algs, encs } = await jwe.supportedJweAlgs();
      let roundTrips = 0;
      for (const alg of algs) {
        for (const enc of encs) {
          const key = await jwe.generateJweKey(alg, enc);
          const made = await jwe.encryptPayload({
            plaintext: '{"a":1}',
            alg,
            enc,
            keyText: key.publicText,
            zip: true,
          });
          const report = made.ok
            ? await jwe.decryptToken(made.value, key.privateText)
            : { state: 'not-encrypted' };
          if (report.state === 'decrypted') roundTrips++;
          else
            unexpected.push({
              id: `round trip ${alg} ${enc}`,
              state: report.state,
              problem: report.problem ?? made,
            });
        }
      }
      return { support, fixtureStates: counts, roundTrips, unexpected };
    },
    { base, fixtures },
  );
  console.log(JSON.stringify({ browser: browser.version(), ...result }, null, 1));
  process.exitCode = result.unexpected.length === 0 ? 0 : 1;
} finally {
  await browser.close();
  server.close();
}

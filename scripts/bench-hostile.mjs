// The "hostile inputs" bench row: times every core entry point that user text reaches (decode, key reading,
// advisor, discovery planning, snippets, PEM and base64 reading) on 1–2 MB adversarial strings, each against
// a 100 ms budget. Runs alone, in Node, in a few seconds:  npm run bench:hostile  (exit code 1 when over).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const BUDGET_MS = 100;
const out = 'bench-results/ssr-hostile';
const build = spawnSync(
  'npx',
  [
    'vite',
    'build',
    '--ssr',
    'scripts/bench-hostile-entry.ts',
    '--outDir',
    out,
    '--emptyOutDir',
    '--logLevel',
    'error',
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
if (build.status !== 0) throw new Error('ssr build of the core failed');
const core = await import(
  join(
    process.cwd(),
    out,
    readdirSync(out).find((f) => /^bench-hostile-entry\.m?js$/.test(f)),
  )
);

const b64 = (s) => Buffer.from(s).toString('base64url');
const token = (header, payload) => `${b64(JSON.stringify(header))}.${b64(payload)}.c2ln`;
const MB = 1_000_000;

// Each case: the text that once froze the tab (issue 16), at 1–2 MB.
const cases = {
  'iss of 1 MB of slashes': token({ alg: 'HS256' }, JSON.stringify({ iss: `https://a${'/'.repeat(MB)}` })),
  'claims of a.a.a… (password-in-URL)': token(
    { alg: 'HS256' },
    JSON.stringify(Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`c${i}`, 'a.'.repeat(8000)]))),
  ),
  'a 40,000-character claim name': token(
    { alg: 'HS256' },
    JSON.stringify({ ['A'.repeat(40_000)]: 'x'.repeat(MB) }),
  ),
  'duplicate members, 60,000 of them': token(
    { alg: 'HS256', alg2: 1 },
    `{${Array.from({ length: 60_000 }, (_, i) => `"k${i % 30_000}":"${'v'.repeat(10)}"`).join(',')}}`,
  ),
  'payload of long lines': token({ alg: 'HS256' }, JSON.stringify({ a: 'x'.repeat(2 * MB) })),
  'numbers JSON.parse cannot keep (1e400, -0, 1.0, 20 digits)': token(
    { alg: 'HS256' },
    `{"exp":1e400,"n":[${Array.from({ length: 110_000 }, (_, i) => ['1e400', '-0', '1.0', '12345678901234567890'][i % 4]).join(',')}]}`,
  ),
  'header with crit of 100,000 names': token(
    { alg: 'HS256', crit: Array.from({ length: 100_000 }, (_, i) => `e${i}`) },
    '{}',
  ),
};
const keys = {
  'BEGIN lines with no END': '-----BEGIN A-----\n'.repeat(60_000),
  '80,000 "=" then "A" as base64 secret': `${'='.repeat(80_000)}A`.repeat(12),
  'JWKS of 20,000 hostile entries': JSON.stringify({
    keys: Array.from({ length: 20_000 }, (_, i) => ({
      kty: ['__proto__', 'constructor', 'toString'][i % 3],
    })),
  }),
  'x5u-style response, BEGIN CERTIFICATE only': '-----BEGIN CERTIFICATE-----\nAAAA\n'.repeat(40_000),
};

// Discovery answers (issue 16): the response body a server sends, read through a fake streaming fetch.
const responses = {
  'JWKS response of 1.5 MB (over the cap)': `{"keys":[${'{"kty":"RSA","n":"AQAB","e":"AQAB"},'.repeat(43_000)}{"kty":"RSA"}]}`,
  'JWKS response of 0.9 MB of hostile entries': JSON.stringify({
    keys: Array.from({ length: 30_000 }, (_, i) => ({
      kty: ['__proto__', 'constructor', 'RSA'][i % 3],
      kid: `k${i}`,
    })),
  }),
  'x5u response of 0.9 MB, BEGIN CERTIFICATE only': '-----BEGIN CERTIFICATE-----\nAAAA\n'.repeat(27_000),
};

function streamingFetch(text) {
  const bytes = new TextEncoder().encode(text);
  return async () => ({
    ok: true,
    status: 200,
    text: async () => text,
    body: new ReadableStream({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 65_536) controller.enqueue(bytes.subarray(i, i + 65_536));
        controller.close();
      },
    }),
  });
}

async function timeAsync(fn) {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

function time(fn) {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const rows = [];
const now = 1_700_000_000;
for (const [name, text] of Object.entries(cases)) {
  const decodeMs = time(() => core.decodeToken(text));
  const decoded = core.decodeToken(text);
  const header = decoded.header?.value;
  const claims = decoded.payload?.view?.type === 'claims' ? decoded.payload.view.claims : undefined;
  rows.push([name, 'decode', decodeMs, text.length]);
  rows.push([
    name,
    'advisor',
    time(() => core.adviseToken({ decoded, now, keyText: text.slice(0, 200_000) })),
    text.length,
  ]);
  rows.push([name, 'discovery plan', time(() => core.planDiscovery(header, claims)), text.length]);
  const view = decoded.payload?.view;
  rows.push([
    name,
    'editor text',
    time(() =>
      core.formatJsonKeepingNumbers(claims, view?.type === 'claims' ? view.text : undefined, core.formatJson),
    ),
    text.length,
  ]);
  rows.push([
    name,
    'snippets',
    time(() =>
      core.makeSnippets({
        token: decoded.token,
        alg: 'HS256',
        keyKind: 'secret',
        keyText: 'k',
        includeKey: true,
        clockTolerance: 0,
        requireExp: true,
      }),
    ),
    text.length,
  ]);
}
for (const [name, text] of Object.entries(keys)) {
  rows.push([name, 'key reading', time(() => core.parseKeyInput(text, 'utf8')), text.length]);
  rows.push([name, 'key reading (base64)', time(() => core.parseKeyInput(text, 'base64')), text.length]);
  rows.push([
    name,
    'PEM blocks',
    time(() => {
      try {
        core.readPemBlocks(text);
      } catch {
        /* a message, not a freeze */
      }
    }),
    text.length,
  ]);
}

for (const [name, body] of Object.entries(responses)) {
  const header = name.startsWith('x5u')
    ? { alg: 'RS256', x5u: 'https://keys.example/cert.pem' }
    : { alg: 'RS256', kid: 'k1', jku: 'https://keys.example/jwks.json' };
  const ms = await timeAsync(() => core.discoverKeys({ header }, { fetch: streamingFetch(body) }));
  rows.push([name, 'discovery fetch', ms, body.length]);
}

let over = 0;
console.log(`hostile inputs (budget ${BUDGET_MS} ms each)`);
for (const [name, entry, ms, length] of rows) {
  const flag = ms > BUDGET_MS ? '  OVER' : '';
  if (flag) over++;
  console.log(
    `${ms.toFixed(1).padStart(8)} ms  ${entry.padEnd(22)} ${name} (${(length / MB).toFixed(2)} MB)${flag}`,
  );
}
const worst = Math.max(...rows.map((r) => r[2]));
console.log(
  `worst ${worst.toFixed(1)} ms; ${over === 0 ? 'every entry point within budget' : `${over} over budget`}`,
);
process.exitCode = over === 0 ? 0 : 1;

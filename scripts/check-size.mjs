// Size budget (issue: performance): compressed JS+CSS that index.html loads before the first verdict ≤ 100 KB.
// Bytes are deterministic, so this runs in `npm test`; timings belong only in `npm run bench`.
import { readFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET = 100 * 1024;
const dist = 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/index.html is missing: run `npm run build` first.');
  process.exit(1);
}
const html = readFileSync(join(dist, 'index.html'), 'utf8');
// Everything index.html pulls in eagerly: module scripts, modulepreloads, stylesheets, and the small classic
// scripts from public/ (Trusted Types policy, theme) that run before them.
const refs = [...html.matchAll(/(?:src|href)="\/?([^":]+\.(?:js|css))"/g)].map((m) => m[1]);
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
let initial = 0;
for (const ref of new Set(refs)) initial += gz(ref);
let total = 0;
for (const f of readdirSync(join(dist, 'assets'))) {
  if (/\.(js|css)$/.test(f) && statSync(join(dist, 'assets', f)).isFile()) total += gz(join('assets', f));
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `initial JS+CSS (gzip): ${kb(initial)} of ${kb(BUDGET)} budget; everything incl. lazy Monaco: ${kb(total)}`,
);
if (initial > BUDGET) {
  console.error(`Over budget by ${kb(initial - BUDGET)}: move something behind a dynamic import.`);
  process.exit(1);
}

// Size budget (issue: performance): compressed JS+CSS that index.html loads before the first verdict ≤ 100 KB.
// Bytes are deterministic, so this runs in `npm test`; timings belong only in `npm run bench`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { measureBytes } from './bundle-bytes.mjs';

const BUDGET = 100 * 1024;
const dist = 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/index.html is missing: run `npm run build` first.');
  process.exit(1);
}
const { initial, total } = measureBytes(dist);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `initial JS+CSS (gzip): ${kb(initial)} of ${kb(BUDGET)} budget; everything incl. lazy Monaco: ${kb(total)}`,
);
if (initial > BUDGET) {
  console.error(`Over budget by ${kb(initial - BUDGET)}: move something behind a dynamic import.`);
  process.exit(1);
}

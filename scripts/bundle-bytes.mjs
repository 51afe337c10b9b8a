// Compressed bytes of the built site: what index.html loads before the first verdict, and everything.
// Shared by the size budget in `npm test` (check-size.mjs) and the benchmark (scripts/bench/).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

/** gzip -9 sizes in bytes: `initial` (what the page loads at startup) and `total` (every built JS and CSS file). */
export function measureBytes(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  // Module scripts, modulepreloads and stylesheets it refers to, and what it carries inline: the entry's CSS and
  // the small classic head scripts (Trusted Types policy, theme), inlined by the build (scripts/vite-plugins.ts).
  const refs = [...html.matchAll(/(?:src|href)="\/?([^":]+\.(?:js|css))"/g)].map((m) => m[1]);
  const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  let initial = 0;
  for (const ref of new Set(refs)) initial += gz(ref);
  // The React app's chunk (`app-*`, scripts/vite-plugins.ts startupChunks): the entry imports it right after a
  // link's first verdict is painted, so it belongs to the startup bytes though index.html does not name it.
  for (const f of readdirSync(join(dist, 'assets'))) {
    if (/^app-[\w-]+\.(js|css)$/.test(f)) initial += gz(join('assets', f));
  }
  const inline = [...html.matchAll(/<(style|script)>([^<]*)<\/\1>/g)].map((m) => m[2]).join('\n');
  if (inline) initial += gzipSync(inline, { level: 9 }).length;
  let total = 0;
  for (const f of readdirSync(join(dist, 'assets'))) {
    if (/\.(js|css)$/.test(f) && statSync(join(dist, 'assets', f)).isFile()) total += gz(join('assets', f));
  }
  return { initial, total };
}

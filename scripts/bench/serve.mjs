// Builds the app and serves dist/ the way a static host does: gzip'd, no cache headers that would let a cold
// load skip the network. Shared by the bench (scripts/bench/) and the screenshot scripts.
// Why not `vite preview`: it does not compress, so bytes and timings would differ from a real host's.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.ttf']);

export function build() {
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) throw new Error('vite build failed');
}

/** Serves `dist` on 127.0.0.1 (a free port unless given); gzip at level 6 as most hosts do, cached in memory. */
export function serveDist({ dist = 'dist', port = 0 } = {}) {
  const root = resolve(dist);
  const cache = new Map();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    const ext = extname(file);
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const key = `${file}|${gzip}`;
    if (!cache.has(key)) {
      const body = readFileSync(file);
      cache.set(key, gzip ? gzipSync(body, { level: 6 }) : body);
    }
    const body = cache.get(key);
    res.writeHead(200, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolvePromise, reject) => {
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}/`;
      resolvePromise({ url, stop: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

/** `--url` given: use that app; otherwise build (unless skipped) and serve `dist`. */
export async function appServer(givenUrl, { skipBuild = false, dist = 'dist' } = {}) {
  if (givenUrl) return { url: givenUrl.endsWith('/') ? givenUrl : `${givenUrl}/`, stop: async () => {} };
  if (!skipBuild) build();
  return serveDist({ dist });
}

export const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
